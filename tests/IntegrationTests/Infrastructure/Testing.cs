using System.Data.Common;
using CastingAgency.Infrastructure.Persistence;
using CastingAgency.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Respawn;
using Respawn.Graph;

namespace CastingAgency.IntegrationTests;

/// <summary>
/// Builds one factory for the whole run, applies the provider's migrations once (never EnsureCreated) and
/// prepares Respawn, which empties every table but the migrations history and the row counts (zeroed) before each test.
/// </summary>
[SetUpFixture]
public sealed class Testing
{
    private static CastingAgencyFactory? _factory;
    private static Respawner? _respawner;

    public static CastingAgencyFactory Factory => _factory ?? throw new InvalidOperationException("The test fixture did not start.");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _factory = new CastingAgencyFactory();
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
            await initializer.MigrateAsync(CancellationToken.None);
        }

        await using var connection = await OpenConnectionAsync();
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
        await using var connection = await OpenConnectionAsync();
        await _respawner!.ResetAsync(connection);
        await using var zero = connection.CreateCommand();
        zero.CommandText = "UPDATE row_counts SET n = 0";
        await zero.ExecuteNonQueryAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (TestDatabase.IsSqlite)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var file = TestDatabase.ConnectionString["Data Source=".Length..];
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }
        }
    }

    private static async Task<DbConnection> OpenConnectionAsync()
    {
        DbConnection connection = TestDatabase.IsSqlite
            ? new Microsoft.Data.Sqlite.SqliteConnection(TestDatabase.ConnectionString)
            : TestDatabase.IsPostgres
                ? new Npgsql.NpgsqlConnection(TestDatabase.ConnectionString)
                : new Microsoft.Data.SqlClient.SqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
