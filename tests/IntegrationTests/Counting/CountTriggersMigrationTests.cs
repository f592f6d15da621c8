using CastingAgency.Infrastructure.Persistence;
using CastingAgency.Infrastructure.Persistence.Counting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CastingAgency.IntegrationTests.Counting;

/// <summary>
/// Upgrading recounts: a database whose counts drifted before the triggers existed (rows written around the old
/// SaveChanges path) is exact once migration CountRowsByTriggers has run. On a SQLite file of its own.
/// </summary>
public sealed class CountTriggersMigrationTests
{
    [Test]
    public async Task ShouldRecountWhenTheTriggersAreAdded()
    {
        var file = Path.Combine(Path.GetTempPath(), $"casting-agency-upgrade-{Guid.NewGuid():N}.db");
        try
        {
            await using (var context = new SqliteCastingAgencyDbContext(
                new DbContextOptionsBuilder<SqliteCastingAgencyDbContext>().UseSqlite($"Data Source={file}").Options))
            {
                var migrator = context.GetService<IMigrator>();
                await migrator.MigrateAsync("CandidatesPageIndexByGenderThenId");
                await context.Database.ExecuteSqlRawAsync("""
                    INSERT INTO movies ("Title", "TitleNormalized", "ReleaseDate", "CreatedAt", "UpdatedAt", "Version")
                    VALUES ('Old', 'old', '2001-01-01', '2020-01-01 00:00:00', '2020-01-01 00:00:00', 0);
                    INSERT INTO actors ("Name", "NameNormalized", "Gender", "Age", "CreatedAt", "UpdatedAt", "Version", "DriverLicense", "Passport", "UnionMember")
                    VALUES ('A', 'a', 'non-binary', 34, '2020-01-01 00:00:00', '2020-01-01 00:00:00', 0, 0, 0, 0),
                           ('B', 'b', 'female', 20, '2020-01-01 00:00:00', '2020-01-01 00:00:00', 0, 0, 0, 0);
                    UPDATE row_counts SET n = 5 WHERE name IN ('roles', 'actors:male:40');
                    """);

                await migrator.MigrateAsync();

                var stored = await context.Set<RowCount>().AsNoTracking().Where(r => r.N != 0).ToDictionaryAsync(r => r.Name, r => r.N);
                Assert.That(stored, Is.EquivalentTo(new Dictionary<string, long>
                {
                    ["movies"] = 1, ["actors"] = 2, ["actors:non-binary:34"] = 1, ["actors:female:20"] = 1,
                }));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
