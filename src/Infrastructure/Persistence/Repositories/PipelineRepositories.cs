using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.Infrastructure.Persistence.Visibility;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.Infrastructure.Persistence.Repositories;

internal sealed class ShortlistRepository(CastingAgencyDbContext context, ProjectionQueries projections)
    : Repository<ShortlistEntry>(context, projections), IShortlistRepository
{
    public async Task<ShortlistEntry?> FindForMoveAsync(int id, CancellationToken cancellationToken)
    {
        var entry = await Set.Include(e => e.Actor).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null)
        {
            return null;
        }

        // Loads the role into the same context: the entry's Role and the role's Shortlist are fixed up.
        await Context.Roles.Include(r => r.Actor).Include(r => r.Shortlist).ThenInclude(e => e.Appointments)
            .FirstAsync(r => r.Id == entry.RoleId, cancellationToken);
        return entry;
    }

    public Task<ShortlistEntry?> FindWithActorAsync(int id, CancellationToken cancellationToken) =>
        Set.Include(e => e.Actor).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

    /// <summary>Every entry of the actor, in every production: deleting an actor removes them all (ADR-015).</summary>
    public Task<List<ShortlistEntry>> ForActorAsync(int actorId, CancellationToken cancellationToken) =>
        Set.IgnoreQueryFilters(ProductionVisibility.Filters).Where(e => e.ActorId == actorId).ToListAsync(cancellationToken);

    public Task<List<ShortlistStatusChange>> HistoryAsync(int id, CancellationToken cancellationToken) =>
        Context.Set<ShortlistStatusChange>().AsNoTracking().Where(h => h.ShortlistEntryId == id).OrderBy(h => h.Id).ToListAsync(cancellationToken);
}

internal sealed class AppointmentRepository(CastingAgencyDbContext context, ProjectionQueries projections)
    : Repository<Appointment>(context, projections), IAppointmentRepository
{
    /// <summary>
    /// The actor's live appointments in the window, in every production: an actor is never booked twice, whoever
    /// books (ADR-015). Those of productions the caller does not see are marked unseen, so a conflict with one does
    /// not name it; the second read runs only when the window holds any.
    /// </summary>
    public async Task<List<Appointment>> LiveOverlappingAsync(int actorId, DateTime from, DateTime to, CancellationToken cancellationToken)
    {
        var live = await Set.IgnoreQueryFilters(ProductionVisibility.Filters).AsNoTracking()
            .Where(a => a.ActorId == actorId && a.StartsAt < to && a.EndsAt > from
                && a.Status != AppointmentStatus.Declined && a.Status != AppointmentStatus.Canceled)
            .OrderBy(a => a.StartsAt)
            .ToListAsync(cancellationToken);
        if (live.Count == 0)
        {
            return live;
        }

        var ids = live.Select(a => a.Id).ToList();
        var seen = (await Set.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken)).ToHashSet();
        return live.Select(a => seen.Contains(a.Id) ? a : a.MarkUnseen()).ToList();
    }
}
