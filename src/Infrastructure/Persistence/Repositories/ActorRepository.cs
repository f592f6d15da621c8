using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using CastingAgency.Infrastructure.Persistence.Visibility;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.Infrastructure.Persistence.Repositories;

internal sealed class ActorRepository(CastingAgencyDbContext context, ProjectionQueries projections)
    : Repository<Actor>(context, projections), IActorRepository
{
    /// <summary>
    /// The actor with every role they hold, in every production: a new age or gender must fit them all, and deleting
    /// the actor uncasts them all (ADR-015). A caller who does not see one is not told which (UpdateActorCommand).
    /// </summary>
    public Task<Actor?> FindWithRolesAsync(int id, CancellationToken cancellationToken) =>
        Set.IgnoreQueryFilters(ProductionVisibility.Filters).Include(a => a.Roles).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    public Task<Actor?> FindOnRosterWithRolesAsync(int id, string agency, CancellationToken cancellationToken) =>
        Set.OnRosterOf(agency).IgnoreQueryFilters(ProductionVisibility.Filters).Include(a => a.Roles).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    public Task<bool> EmailTakenAsync(string email, int? exceptId, CancellationToken cancellationToken)
    {
        var normalized = Guard.Normalize(email);
        return Set.AnyAsync(a => a.EmailNormalized == normalized && (exceptId == null || a.Id != exceptId), cancellationToken);
    }
}
