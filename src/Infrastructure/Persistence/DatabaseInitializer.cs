using CastingAgency.Infrastructure.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CastingAgency.Infrastructure.Persistence;

/// <summary>Applies the provider's migrations and, when asked, seeds demo data once. Never EnsureCreated.</summary>
public sealed class DatabaseInitializer(CastingAgencyDbContext context, DemoDataSeeder seeder, ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
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

    public Task SeedAsync(CancellationToken cancellationToken) => seeder.SeedAsync(cancellationToken);
}
