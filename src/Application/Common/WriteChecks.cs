using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;

namespace CastingAgency.Application.Common;

/// <summary>
/// The <c>If-Match</c> check: the client's version against the stored one (412). The same version is the
/// concurrency token of the UPDATE/DELETE, so the unit of work backs this up under a race (409).
/// </summary>
public static class Concurrency
{
    /// <summary>
    /// Refuses the write when the client's <c>If-Match</c> version is stale. The same version is then
    /// the concurrency token of the UPDATE/DELETE, so a writer that slips in between still loses.
    /// </summary>
    public static void EnsureVersion(AuditableEntity entity, int? expectedVersion)
    {
        if (expectedVersion is { } expected && expected != entity.Version)
        {
            throw new PreconditionFailedException(
                $"If-Match does not match the current version of {entity.GetType().Name.ToLowerInvariant()} {entity.Id}");
        }
    }
}

/// <summary>
/// The unique keys of the resources (docs/api.md §3) and their one 409 message each. A handler checks the key
/// before writing; the store's unique key backs it up under a race, and the unit of work then answers with
/// <see cref="MessageFor"/> — the same message, whichever check caught the duplicate.
/// </summary>
public static class UniqueKeys
{
    /// <summary>An actor's email is unique, case-insensitively.</summary>
    public static async Task EnsureActorEmailFreeAsync(IActorRepository actors, string? email, int? exceptId, CancellationToken cancellationToken)
    {
        if (email is not null && await actors.EmailTakenAsync(email, exceptId, cancellationToken))
        {
            throw new ConflictException(ActorEmail(email));
        }
    }

    /// <summary>A movie's title (case-insensitively) and release date are unique together.</summary>
    public static async Task EnsureMovieTitleFreeAsync(IMovieRepository movies, string title, DateOnly releaseDate, int? exceptId, CancellationToken cancellationToken)
    {
        if (await movies.TitleTakenAsync(title, releaseDate, exceptId, cancellationToken))
        {
            throw new ConflictException(MovieTitle(title, releaseDate));
        }
    }

    /// <summary>The message for an entity the store refused as a duplicate; null when it has no unique key of ours.</summary>
    public static string? MessageFor(object? entity) => entity switch
    {
        Actor { Email: { } email } => ActorEmail(email),
        Movie movie => MovieTitle(movie.Title, movie.ReleaseDate),
        TeamMember member => $"sub '{member.Subject}' was added to the team of movie {member.MovieId} by another request; send the PUT again to change it",
        _ => null,
    };

    private static string ActorEmail(string email) => $"an actor with email '{email}' already exists";

    private static string MovieTitle(string title, DateOnly releaseDate) =>
        $"a movie titled '{title}' released on {releaseDate:yyyy-MM-dd} already exists";
}
