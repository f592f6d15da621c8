using CastingAgency.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.Infrastructure.Persistence;

internal sealed class QueryRunner : IQueryRunner
{
    public Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        query.ToListAsync(cancellationToken);

    public Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        query.CountAsync(cancellationToken);
}
