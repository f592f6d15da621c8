using System.Diagnostics;
using CastingAgency.Infrastructure.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CastingAgency.Infrastructure.Persistence;

/// <summary>The database could not be made ready at start-up; the message is the one line the operator reads.</summary>
public sealed class DatabaseStartupException(string message, Exception innerException) : Exception(message, innerException);

/// <summary>
/// Applies the provider's migrations and, when asked, seeds demo data once. Never EnsureCreated. An unreachable
/// database is retried with backoff (1, 2, 4 … 10 s) for <see cref="DatabaseOptions.StartupTimeoutSeconds"/>,
/// logging each try; any other failure (wrong password, a migration that fails) stops at once.
/// </summary>
public sealed class DatabaseInitializer(
    CastingAgencyDbContext context, DemoDataSeeder seeder, IOptions<DatabaseOptions> options, ILogger<DatabaseInitializer> logger)
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(10);

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var budget = TimeSpan.FromSeconds(Math.Max(0, options.Value.StartupTimeoutSeconds));
        var clock = Stopwatch.StartNew();
        var backoff = TimeSpan.FromSeconds(1);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await MigrateOnceAsync(cancellationToken);
                return;
            }
            catch (Exception ex) when (DatabaseErrors.IsUnavailable(ex) && !cancellationToken.IsCancellationRequested)
            {
                var reason = DatabaseErrors.Describe(ex);
                var left = budget - clock.Elapsed;
                if (left <= TimeSpan.Zero)
                {
                    throw new DatabaseStartupException(
                        $"the database ({options.Value.Provider}) was not reachable within Database:StartupTimeoutSeconds={budget.TotalSeconds:0} " +
                        $"after {attempt} attempts; last error: {reason}. Check ConnectionStrings:CastingAgency and that the server is up.",
                        ex);
                }

                var wait = backoff < left ? backoff : left;
                logger.LogWarning(
                    "Database not reachable (attempt {Attempt}, {Elapsed:0} s of {Budget:0} s): {Reason}; retrying in {Wait:0.#} s",
                    attempt, clock.Elapsed.TotalSeconds, budget.TotalSeconds, reason, wait.TotalSeconds);
                await Task.Delay(wait, cancellationToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not DatabaseStartupException)
            {
                throw new DatabaseStartupException($"applying the {options.Value.Provider} migrations failed: {DatabaseErrors.Describe(ex)}", ex);
            }
        }
    }

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await seeder.SeedAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new DatabaseStartupException($"seeding the demo data failed: {DatabaseErrors.Describe(ex)}", ex);
        }
    }

    private async Task MigrateOnceAsync(CancellationToken cancellationToken)
    {
        context.Database.SetCommandTimeout(TimeSpan.FromSeconds(Math.Max(1, options.Value.MigrationCommandTimeoutSeconds)));
        try
        {
            if (context.Database.IsSqlite())
            {
                // WAL lets readers proceed while one writer commits.
                await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
                await context.Database.MigrateAsync(cancellationToken);
            }
        }
        finally
        {
            context.Database.SetCommandTimeout(TimeSpan.FromSeconds(Math.Max(1, options.Value.CommandTimeoutSeconds)));
        }
    }
}
