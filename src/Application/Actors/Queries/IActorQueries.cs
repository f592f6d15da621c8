using CastingAgency.Application.Actors.Dtos;
using CastingAgency.Application.Actors.Queries.ListActors;
using CastingAgency.Application.Common.Models;

namespace CastingAgency.Application.Actors.Queries;

/// <summary>The actors' reads; implemented in Infrastructure (ADR-013).</summary>
public interface IActorQueries
{
    /// <summary>A page of the actors that match <paramref name="filter"/> (<c>GET /actors</c>).</summary>
    Task<PagedList<ActorDto>> ListAsync(ActorFilter filter, PageRequest paging, CancellationToken cancellationToken);

    /// <summary>A page of one agency's actors that match <paramref name="filter"/> (<c>GET /roster</c>).</summary>
    Task<PagedList<ActorDto>> ListRosterAsync(string agency, ActorFilter filter, PageRequest paging, CancellationToken cancellationToken);

    /// <summary>One actor of the agency's roster (<c>GET /roster/{id}</c>); null for any other id.</summary>
    Task<ActorDto?> GetOnRosterAsync(string agency, int id, CancellationToken cancellationToken);
}
