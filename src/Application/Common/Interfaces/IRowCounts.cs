using CastingAgency.Domain.Enums;

namespace CastingAgency.Application.Common.Interfaces;

/// <summary>
/// Row counts kept in the same transaction as every write that adds or removes rows (ADR-011), so an unfiltered
/// total costs one primary-key read instead of a scan.
/// </summary>
public interface IRowCounts
{
    /// <summary>
    /// The number of <typeparamref name="TEntity"/> rows (a maintained count, not a count of the rows), or null when
    /// that entity is not counted (then nothing is read).
    /// </summary>
    Task<long?> CountAsync<TEntity>(CancellationToken cancellationToken);

    /// <summary>
    /// The number of actors of any of <paramref name="genders"/> aged <paramref name="minAge"/> to
    /// <paramref name="maxAge"/>, and of all actors, from the maintained counts per gender and age (one read of at
    /// most a few hundred primary-key rows), or null when a group is not maintained.
    /// </summary>
    Task<ActorCounts?> CountActorsAsync(IReadOnlyCollection<Gender> genders, int minAge, int maxAge, CancellationToken cancellationToken);
}

/// <summary>How many actors fit a gender-and-age constraint, of how many actors in all.</summary>
public readonly record struct ActorCounts(long Fitting, long All);
