using CastingAgency.Application.Common.Interfaces;

namespace CastingAgency.UnitTests.TestSupport;

/// <summary>Runs composed queries with LINQ to Objects, so handlers' filters, sorting and projections execute for real.</summary>
public sealed class InMemoryQueryRunner : IQueryRunner
{
    public Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) => Task.FromResult(query.ToList());

    public Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) => Task.FromResult(query.Count());

    public Task<T?> FirstOrDefaultAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) => Task.FromResult(query.FirstOrDefault());

    public Task<bool> AnyAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) => Task.FromResult(query.Any());
}
