using CastingAgency.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CastingAgency.Infrastructure.Idempotency;

/// <summary>
/// Deletes expired <c>Idempotency-Key</c> records every <c>Idempotency:CleanupIntervalMinutes</c> (the first run one
/// interval after start). A failing run (database down) logs one warning and the next interval tries again; it
/// never stops the host. Expired records are already ignored by the claim, so a late clean-up only costs space.
/// </summary>
public sealed class IdempotencyCleanupService(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<IdempotencyOptions> options,
    ILogger<IdempotencyCleanupService> logger) : BackgroundService
{
    /// <summary>Rows one DELETE removes: each batch stays far inside the command timeout however large the backlog.</summary>
    public const int BatchSize = 1000;

    /// <summary>One clean-up: deletes every record whose retention has passed, a batch at a time; returns how many.</summary>
    public async Task<int> CleanupOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<CastingAgencyDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var deleted = 0;
        int batch;
        do
        {
            batch = await context.Database.CreateExecutionStrategy().ExecuteAsync(
                ct => context.Set<IdempotencyRecord>()
                    .Where(r => context.Set<IdempotencyRecord>()
                        .Where(e => e.ExpiresAt <= now)
                        .OrderBy(e => e.ExpiresAt)
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
            logger.LogInformation("Deleted {Count} expired idempotency key record(s)", deleted);
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
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
                        "Idempotency key clean-up failed ({Kind}: {Error}); trying again in {Interval}",
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
