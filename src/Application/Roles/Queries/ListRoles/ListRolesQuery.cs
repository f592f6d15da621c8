using AutoMapper;
using AutoMapper.QueryableExtensions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Roles.Dtos;
using MediatR;

namespace CastingAgency.Application.Roles.Queries.ListRoles;

public sealed record ListRolesQuery(RoleFilter Filter, PageRequest Paging) : IRequest<PagedList<RoleDto>>;

public sealed class ListRolesQueryHandler(IRoleRepository roles, IQueryRunner runner, IMapper mapper)
    : IRequestHandler<ListRolesQuery, PagedList<RoleDto>>
{
    public Task<PagedList<RoleDto>> Handle(ListRolesQuery request, CancellationToken cancellationToken) =>
        runner.ToPageAsync(
            request.Filter.Apply(roles.Query()),
            q => RoleSorting.Map.Apply(q, request.Paging.Sort).ProjectTo<RoleDto>(mapper.ConfigurationProvider),
            request.Paging,
            cancellationToken);
}
