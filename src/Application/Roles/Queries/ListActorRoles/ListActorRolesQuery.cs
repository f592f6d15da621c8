using AutoMapper;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Roles.Dtos;
using MediatR;

namespace CastingAgency.Application.Roles.Queries.ListActorRoles;

/// <summary><c>GET /actors/{id}/roles</c>: the roles the actor holds, ordered by id.</summary>
public sealed record ListActorRolesQuery(int ActorId) : IRequest<IReadOnlyList<RoleDto>>;

public sealed class ListActorRolesQueryHandler(IActorRepository actors, IRoleRepository roles, IQueryRunner runner, IMapper mapper)
    : IRequestHandler<ListActorRolesQuery, IReadOnlyList<RoleDto>>
{
    public Task<IReadOnlyList<RoleDto>> Handle(ListActorRolesQuery request, CancellationToken cancellationToken) =>
        RolesOfOwner.ListAsync(
            actors, "actor", request.ActorId, roles.Query(), r => r.ActorId == request.ActorId, runner, mapper, cancellationToken);
}
