using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Roles.Dtos;
using MediatR;

namespace CastingAgency.Application.Roles.Queries.ListActorRoles;

/// <summary><c>GET /actors/{id}/roles</c>: the roles the actor holds, ordered by id; 404 when the actor does not exist.</summary>
public sealed record ListActorRolesQuery(int ActorId) : IRequest<IReadOnlyList<RoleDto>>;

public sealed class ListActorRolesQueryHandler(IActorRepository actors, IRoleQueries queries)
    : IRequestHandler<ListActorRolesQuery, IReadOnlyList<RoleDto>>
{
    public async Task<IReadOnlyList<RoleDto>> Handle(ListActorRolesQuery request, CancellationToken cancellationToken) =>
        await actors.ExistsAsync(request.ActorId, cancellationToken)
            ? await queries.ListOfActorAsync(request.ActorId, cancellationToken)
            : throw new NotFoundException("actor", request.ActorId);
}
