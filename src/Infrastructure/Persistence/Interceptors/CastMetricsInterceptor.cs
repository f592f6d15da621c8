using System.Diagnostics.Metrics;
using CastingAgency.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CastingAgency.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Counts roles cast (<c>casting_agency.casts</c>, meter <see cref="MeterName"/>): a role whose actor is set or
/// changed to another, counted once its SaveChanges succeeded, whichever use case cast it.
/// </summary>
public sealed class CastMetricsInterceptor : SaveChangesInterceptor, IDisposable
{
    public const string MeterName = "CastingAgency.Api";

    private readonly Meter _meter;
    private readonly Counter<long> _casts;
    private readonly AsyncLocal<int> _pending = new();

    public CastMetricsInterceptor(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _casts = _meter.CreateCounter<long>("casting_agency.casts", "{role}", "Roles cast (an actor set on a role)");
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        _pending.Value = eventData.Context is null ? 0 : eventData.Context.ChangeTracker.Entries<Role>().Count(e =>
            e.Property(r => r.ActorId) is var actor && actor.CurrentValue is not null
            && (e.State == EntityState.Added || (e.State == EntityState.Modified && actor.IsModified && !Equals(actor.OriginalValue, actor.CurrentValue))));
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (_pending.Value > 0)
        {
            _casts.Add(_pending.Value);
            _pending.Value = 0;
        }

        return ValueTask.FromResult(result);
    }

    public void Dispose() => _meter.Dispose();
}
