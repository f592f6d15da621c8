using System.Linq.Expressions;
using CastingAgency.Infrastructure.Queries;

namespace CastingAgency.UnitTests.TestSupport;

/// <summary>
/// Runs composed queries with LINQ to Objects, so handlers' filters, sorting and projections execute for
/// real, and counts the statements a real store would have received.
/// </summary>
public sealed class InMemoryQueryRunner : IQueryRunner
{
    public int Counts { get; private set; }

    public int Lists { get; private set; }

    public List<Expression> Executed { get; } = [];

    public Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        Lists++;
        Executed.Add(query.Expression);
        return Task.FromResult(query.ToList());
    }

    public Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        Counts++;
        Executed.Add(query.Expression);
        return Task.FromResult(query.Count());
    }
}
