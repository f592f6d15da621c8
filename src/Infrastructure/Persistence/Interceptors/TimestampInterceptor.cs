using CastingAgency.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CastingAgency.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Stamps <c>created_at</c>/<c>updated_at</c> and bumps the concurrency version on every write, and on every
/// entity that a cross-row rule was checked against (<see cref="AuditableEntity.MustBeUnchanged"/>, ADR-007).
/// The version's original value stays the one that was read, so the UPDATE only matches an unchanged row.
/// </summary>
public sealed class TimestampInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        // Whole microseconds, the finest precision PostgreSQL stores (SQLite and SQL Server keep more): a POST or PATCH
        // then answers the very timestamps the next GET reads back, on every provider.
        var utc = clock.GetUtcNow().UtcDateTime;
        var now = new DateTime(utc.Ticks - (utc.Ticks % TicksPerMicrosecond), DateTimeKind.Utc);
        foreach (var entry in context.ChangeTracker.Entries<AuditableEntity>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    entry.Entity.StampCreated(now);
                    break;
                case EntityState.Modified:
                    entry.Entity.StampUpdated(now);
                    break;
                case EntityState.Unchanged when entry.Entity.MustBeUnchanged:
                    // A rule spanning rows was checked against this entity: bump its version in the same transaction.
                    // The UPDATE matches only the version that was read, so a concurrent change or delete of this
                    // row makes the whole SaveChanges fail (DbUpdateConcurrencyException → 409), on every provider.
                    entry.Entity.StampUpdated(now);
                    entry.Property(e => e.Version).IsModified = true;
                    entry.Property(e => e.UpdatedAt).IsModified = true;
                    break;
            }
        }
    }
}
