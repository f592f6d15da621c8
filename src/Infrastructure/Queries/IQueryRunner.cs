namespace CastingAgency.Infrastructure.Queries;

/// <summary>
/// Executes a composed query asynchronously against the store: the query services build one SQL statement with
/// filters, sorting and projection, and unit tests run the same queries with LINQ to Objects.
/// </summary>
public interface IQueryRunner
{
    Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);

    Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);
}
