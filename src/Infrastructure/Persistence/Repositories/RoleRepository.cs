using System.Runtime.CompilerServices;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CastingAgency.Infrastructure.Persistence.Repositories;

internal sealed class RoleRepository(CastingAgencyDbContext context, ProjectionQueries projections)
    : Repository<Role>(context, projections), IRoleRepository
{
    public Task<Role?> FindWithActorAsync(int id, CancellationToken cancellationToken) =>
        Set.Include(r => r.Actor).Include(r => r.Shortlist).ThenInclude(e => e.Appointments)
            .FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    public Task<Role?> FindWithShortlistAsync(int id, CancellationToken cancellationToken) =>
        Set.Include(r => r.Shortlist).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    public Task<RoleCasting?> FindCastingAsync(int id, CancellationToken cancellationToken) =>
        CastingReads.GetValue(Context.Model, static _ => CompileCasting())(Context, id, cancellationToken);

    /// <summary>One compiled read per model: a compiled query refuses a context of another model (another provider).</summary>
    private static readonly ConditionalWeakTable<IModel, Func<CastingAgencyDbContext, int, CancellationToken, Task<RoleCasting?>>> CastingReads = new();

    private static Func<CastingAgencyDbContext, int, CancellationToken, Task<RoleCasting?>> CompileCasting() =>
        EF.CompileAsyncQuery((CastingAgencyDbContext c, int id, CancellationToken _) =>
            c.Set<Role>().AsNoTracking().Where(r => r.Id == id)
                .Select(r => new RoleCasting(
                    r.Gender, r.MinAge, r.MaxAge, r.ActorId, r.Actor != null ? r.Actor.Gender : null, r.Actor != null ? r.Actor.Age : null))
                .FirstOrDefault());
}
