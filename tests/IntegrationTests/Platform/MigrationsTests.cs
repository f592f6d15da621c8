using CastingAgency.Infrastructure.Persistence;
using CastingAgency.Infrastructure.Persistence.DesignTime;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CastingAgency.IntegrationTests.Platform;

/// <summary>
/// ADR-003: each provider's migrations are kept in step with the one model. Built through the design-time
/// factories (placeholder connection strings, never opened), so this runs on every machine, SQL Server included.
/// </summary>
public sealed class MigrationsTests
{
    private static IEnumerable<TestCaseData> Contexts()
    {
        yield return new TestCaseData(new Func<CastingAgencyDbContext>(() => new SqliteDesignTimeDbContextFactory().CreateDbContext([])))
            .SetArgDisplayNames("Sqlite");
        yield return new TestCaseData(new Func<CastingAgencyDbContext>(() => new PostgresDesignTimeDbContextFactory().CreateDbContext([])))
            .SetArgDisplayNames("Postgres");
        yield return new TestCaseData(new Func<CastingAgencyDbContext>(() => new SqlServerDesignTimeDbContextFactory().CreateDbContext([])))
            .SetArgDisplayNames("SqlServer");
    }

    [TestCaseSource(nameof(Contexts))]
    public void MigrationsShouldMatchTheModel(Func<CastingAgencyDbContext> create)
    {
        using var context = create();

        Assert.Multiple(() =>
        {
            Assert.That(context.Database.GetMigrations(), Is.Not.Empty, "the provider has migrations");
            Assert.That(context.Database.HasPendingModelChanges(), Is.False, "the model has changes no migration captures");
        });
    }

    [TestCaseSource(nameof(Contexts))]
    public void EachProviderShouldUseItsOwnMigrations(Func<CastingAgencyDbContext> create)
    {
        using var context = create();
        var provider = context.Database.ProviderName!;
        var others = new[] { "Sqlite", "Npgsql", "SqlServer" }.Where(p => !provider.Contains(p, StringComparison.Ordinal)).ToList();

        var migrations = context.GetService<IMigrationsAssembly>().Migrations;

        Assert.That(migrations, Is.Not.Empty);
        foreach (var (_, type) in migrations)
        {
            var folder = type.Namespace!;
            Assert.That(others.Any(o => folder.Contains(o == "Npgsql" ? "Postgres" : o, StringComparison.Ordinal)), Is.False,
                $"{type.FullName} belongs to another provider than {provider}");
        }
    }
}
