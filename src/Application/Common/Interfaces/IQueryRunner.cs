namespace CastingAgency.Application.Common.Interfaces;

/// <summary>
/// Executes a composed query asynchronously against the store. Keeps the Application layer free of
/// the ORM while handlers still compose one query with filters, sorting and projection.
/// </summary>
public interface IQueryRunner
{
    Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);

    Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);

    Task<T?> FirstOrDefaultAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);
}
