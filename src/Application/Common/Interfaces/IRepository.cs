using CastingAgency.Domain.Common;

namespace CastingAgency.Application.Common.Interfaces;

/// <summary>What every aggregate's repository offers.</summary>
public interface IRepository<T>
    where T : AuditableEntity
{
    /// <summary>A no-tracking query for reads and projections.</summary>
    IQueryable<T> Query();

    /// <summary>Loads one entity, tracked for a write, or null.</summary>
    Task<T?> FindAsync(int id, CancellationToken cancellationToken);

    void Add(T entity);

    void Remove(T entity);
}
