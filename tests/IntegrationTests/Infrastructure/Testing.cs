using System.Data.Common;
using CastingAgency.Infrastructure.Persistence;
using CastingAgency.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Respawn;
using Respawn.Graph;

namespace CastingAgency.IntegrationTests;

/// <summary>
/// Applies the provider's migrations once (never EnsureCreated) to the first database lane, keeps the result as the
/// template of further SQLite lanes (<see cref="DatabaseLanes"/>), and prepares Respawn, which empties every table but
/// the migrations history and the row counts (zeroed) of the running fixture's lane before each test.
/// </summary>
[SetUpFixture]
public sealed class Testing
{
    private static Respawner? _respawner;

    /// <summary>The API on the running fixture's lane.</summary>
    public static CastingAgencyFactory Factory => DatabaseLanes.Current.Factory;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var first = DatabaseLanes.Start();
        await using (var scope = first.Factory.Services.CreateAsyncScope())
        {
            var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
            await initializer.MigrateAsync(CancellationToken.None);
        }

        DatabaseLanes.KeepTemplate(first);
        await using var connection = await OpenConnectionAsync(first.ConnectionString);
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = TestDatabase.IsSqlite ? DbAdapter.Sqlite : TestDatabase.IsPostgres ? DbAdapter.Postgres : DbAdapter.SqlServer,
            // The maintained counts' rows are seeded by a migration: kept, and zeroed with the tables they count.
            TablesToIgnore = [new Table("__EFMigrationsHistory"), new Table("row_counts")],
            SchemasToInclude = TestDatabase.IsPostgres ? ["public"] : [],
        });
    }

    public static async Task ResetDatabaseAsync()
    {
        await using var connection = await OpenConnectionAsync(TestDatabase.ConnectionString);
        await _respawner!.ResetAsync(connection);
        await using var zero = connection.CreateCommand();
        zero.CommandText = "UPDATE row_counts SET n = 0";
        await zero.ExecuteNonQueryAsync();
    }

    [OneTimeTearDown]
    public Task StopAsync() => DatabaseLanes.StopAsync();

    private static async Task<DbConnection> OpenConnectionAsync(string connectionString)
    {
        DbConnection connection = TestDatabase.IsSqlite
            ? new Microsoft.Data.Sqlite.SqliteConnection(connectionString)
            : TestDatabase.IsPostgres
                ? new Npgsql.NpgsqlConnection(connectionString)
                : new Microsoft.Data.SqlClient.SqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }
}
