using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Roles.Dtos;
using MediatR;

namespace CastingAgency.Application.Roles.Queries.ListRoles;

public sealed record ListRolesQuery(RoleFilter Filter, PageRequest Paging) : IRequest<PagedList<RoleDto>>;

public sealed class ListRolesQueryHandler(IRoleQueries queries) : IRequestHandler<ListRolesQuery, PagedList<RoleDto>>
{
    public Task<PagedList<RoleDto>> Handle(ListRolesQuery request, CancellationToken cancellationToken) =>
        queries.ListAsync(request.Filter, request.Paging, cancellationToken);
}
