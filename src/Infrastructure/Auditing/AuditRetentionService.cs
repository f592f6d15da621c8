using CastingAgency.Domain.Entities;
using CastingAgency.Infrastructure.Persistence;
using CastingAgency.Infrastructure.Persistence.Visibility;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CastingAgency.Infrastructure.Auditing;

/// <summary>
/// Deletes audit records older than <c>Audit:RetentionDays</c> every <c>Audit:CleanupIntervalMinutes</c> (the first run
/// one interval after start); without the setting it does nothing and every record is kept. A failing run logs one
/// warning and the next interval tries again; it never stops the host. The only path that removes a record.
/// </summary>
public sealed class AuditRetentionService(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<AuditOptions> options,
    ILogger<AuditRetentionService> logger) : BackgroundService
{
    /// <summary>Rows one DELETE removes: each batch stays far inside the command timeout however large the backlog.</summary>
    public const int BatchSize = 1000;

    /// <summary>One run: deletes every record older than the retention, a batch at a time; returns how many.</summary>
    public async Task<int> CleanupOnceAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Retention is not { } retention)
        {
            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<CastingAgencyDbContext>();
        var cutoff = time.GetUtcNow().UtcDateTime - retention;
        // Every record, whichever production it belongs to: retention is not the caller's view.
        var records = context.Set<AuditRecord>().IgnoreQueryFilters(ProductionVisibility.Filters);
        var deleted = 0;
        int batch;
        do
        {
            batch = await context.Database.CreateExecutionStrategy().ExecuteAsync(
                ct => records
                    .Where(r => records
                        .Where(e => e.At < cutoff)
                        .OrderBy(e => e.Id)
                        .Take(BatchSize)
                        .Select(e => e.Id)
                        .Contains(r.Id))
                    .ExecuteDeleteAsync(ct),
                cancellationToken);
            deleted += batch;
        }
        while (batch == BatchSize);

        if (deleted > 0)
        {
            logger.LogInformation("Deleted {Count} audit record(s) older than {Days} days", deleted, options.Value.RetentionDays);
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogWarning("Audit:Enabled is false: writes are not audited");
        }

        if (options.Value.Retention is null)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.CleanupInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await CleanupOnceAsync(stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(
                        "Audit retention run failed ({Kind}: {Error}); trying again in {Interval}",
                        DatabaseErrors.Classify(ex), ex.GetType().Name, options.Value.CleanupInterval);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping.
        }
    }
}
