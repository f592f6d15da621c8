using CastingAgency.Domain.Common;

namespace CastingAgency.Application.Common.Interfaces;

/// <summary>What every aggregate's repository offers.</summary>
public interface IRepository<T>
    where T : AuditableEntity
{
    /// <summary>A no-tracking query for reads and projections.</summary>
    IQueryable<T> Query();

    /// <summary>
    /// Reads one entity projected to <typeparamref name="TResult"/> by the mapping profiles (as <c>ProjectTo</c> does),
    /// without tracking, or null. One read, prepared once per entity and result type.
    /// </summary>
    Task<TResult?> GetAsync<TResult>(int id, CancellationToken cancellationToken);

    /// <summary>Whether an entity with this id exists (reads no columns).</summary>
    Task<bool> ExistsAsync(int id, CancellationToken cancellationToken);

    /// <summary>Loads one entity, tracked for a write, or null.</summary>
    Task<T?> FindAsync(int id, CancellationToken cancellationToken);

    void Add(T entity);

    void Remove(T entity);
}
