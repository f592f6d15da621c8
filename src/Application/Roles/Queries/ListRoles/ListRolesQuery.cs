using AutoMapper;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Roles.Dtos;
using CastingAgency.Domain.Entities;
using MediatR;

namespace CastingAgency.Application.Roles.Queries.ListRoles;

public sealed record ListRolesQuery(RoleFilter Filter, PageRequest Paging) : IRequest<PagedList<RoleDto>>;

public sealed class ListRolesQueryHandler(IRoleRepository roles, IQueryRunner runner, IMapper mapper, ListReader? lists = null)
    : IRequestHandler<ListRolesQuery, PagedList<RoleDto>>
{
    public Task<PagedList<RoleDto>> Handle(ListRolesQuery request, CancellationToken cancellationToken) =>
        (lists ?? ListReader.Ephemeral).ReadAsync<Role, RoleDto>(
            runner, mapper.ConfigurationProvider, "roles", request.Filter, request.Filter.Apply(roles.Query()), RoleFilter.Sorting,
            request.Paging, countable: true, cancellationToken);
}
