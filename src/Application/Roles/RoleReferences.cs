using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Domain.Entities;

namespace CastingAgency.Application.Roles;

/// <summary>The movie and actor a role points at must exist; a dangling id is a validation error naming the field (422).</summary>
internal static class RoleReferences
{
    public static async Task EnsureMovieExistsAsync(IMovieRepository movies, int movieId, CancellationToken cancellationToken)
    {
        if (!await movies.ExistsAsync(movieId, cancellationToken))
        {
            throw new ValidationException("movie_id", $"movie {movieId} does not exist");
        }
    }

    /// <summary>Loads the actor tracked (the role will reference it), or refuses the write.</summary>
    public static async Task<Actor> LoadActorAsync(IActorRepository actors, int actorId, CancellationToken cancellationToken) =>
        await actors.FindAsync(actorId, cancellationToken)
        ?? throw new ValidationException("actor_id", $"actor {actorId} does not exist");
}
