using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Shortlist.Dtos;
using MediatR;

namespace CastingAgency.Application.Shortlist.Queries.ListShortlist;

public sealed record ListShortlistQuery(int RoleId, ShortlistFilter Filter, PageRequest Paging) : IRequest<PagedList<ShortlistEntryDto>>;

public sealed class ListShortlistQueryHandler(IRoleRepository roles, IShortlistQueries queries)
    : IRequestHandler<ListShortlistQuery, PagedList<ShortlistEntryDto>>
{
    public async Task<PagedList<ShortlistEntryDto>> Handle(ListShortlistQuery request, CancellationToken cancellationToken)
    {
        if (!await roles.ExistsAsync(request.RoleId, cancellationToken))
        {
            throw new NotFoundException("role", request.RoleId);
        }

        return await queries.ListAsync(request.RoleId, request.Filter, request.Paging, cancellationToken);
    }
}
