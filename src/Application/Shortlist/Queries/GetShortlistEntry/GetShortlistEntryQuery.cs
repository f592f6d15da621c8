using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Shortlist.Dtos;
using MediatR;

namespace CastingAgency.Application.Shortlist.Queries.GetShortlistEntry;

public sealed record GetShortlistEntryQuery(int Id) : IRequest<ShortlistEntryDetailDto>;

public sealed class GetShortlistEntryQueryHandler(IShortlistRepository entries)
    : IRequestHandler<GetShortlistEntryQuery, ShortlistEntryDetailDto>
{
    public async Task<ShortlistEntryDetailDto> Handle(GetShortlistEntryQuery request, CancellationToken cancellationToken) =>
        await entries.GetAsync<ShortlistEntryDetailDto>(request.Id, cancellationToken)
        ?? throw new NotFoundException("shortlist entry", request.Id);
}
