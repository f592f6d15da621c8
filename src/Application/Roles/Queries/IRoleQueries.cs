using CastingAgency.Application.Actors.Dtos;
using CastingAgency.Application.Actors.Queries.ListActors;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Roles.Dtos;
using CastingAgency.Application.Roles.Queries.ListRoles;

namespace CastingAgency.Application.Roles.Queries;

/// <summary>The roles' reads; implemented in Infrastructure (ADR-013).</summary>
public interface IRoleQueries
{
    /// <summary>A page of the roles that match <paramref name="filter"/> (<c>GET /roles</c>).</summary>
    Task<PagedList<RoleDto>> ListAsync(RoleFilter filter, PageRequest paging, CancellationToken cancellationToken);

    /// <summary>Every role of the movie, ordered by id.</summary>
    Task<IReadOnlyList<RoleDto>> ListOfMovieAsync(int movieId, CancellationToken cancellationToken);

    /// <summary>Every role the actor holds, ordered by id.</summary>
    Task<IReadOnlyList<RoleDto>> ListOfActorAsync(int actorId, CancellationToken cancellationToken);

    /// <summary>A page of the actors who fit <paramref name="role"/>, except the one cast, that match <paramref name="filter"/>.</summary>
    Task<PagedList<ActorDto>> ListCandidatesAsync(int roleId, RoleCasting role, ActorFilter filter, PageRequest paging, CancellationToken cancellationToken);
}
