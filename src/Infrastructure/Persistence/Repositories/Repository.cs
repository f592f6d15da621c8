using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Domain.Common;
using CastingAgency.Infrastructure.Persistence.Visibility;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.Infrastructure.Persistence.Repositories;

internal abstract class Repository<T>(CastingAgencyDbContext context, ProjectionQueries projections) : IRepository<T>
    where T : AuditableEntity
{
    protected CastingAgencyDbContext Context { get; } = context;

    protected DbSet<T> Set => Context.Set<T>();

    public IQueryable<T> Query() => Set.Visible(Context);

    public Task<bool> ExistsAsync(int id, CancellationToken cancellationToken) =>
        Set.AnyAsync(e => e.Id == id, cancellationToken);

    public Task<T?> FindAsync(int id, CancellationToken cancellationToken) =>
        Set.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

    public Task<TResult?> GetAsync<TResult>(int id, CancellationToken cancellationToken) =>
        projections.ByIdAsync<T, TResult>(Context, id, cancellationToken);

    public void Add(T entity) => Set.Add(entity);

    public void Remove(T entity) => Set.Remove(entity);
}
