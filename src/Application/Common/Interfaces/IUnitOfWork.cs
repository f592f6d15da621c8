namespace CastingAgency.Application.Common.Interfaces;

/// <summary>
/// Commits the tracked changes of one use case atomically. Throws
/// <see cref="Exceptions.ConflictException"/> on a unique-key clash and
/// <see cref="Exceptions.ConcurrencyException"/> when a row's version moved under us.
/// </summary>
public interface IUnitOfWork
{
    Task SaveChangesAsync(CancellationToken cancellationToken);
}
