namespace CastingAgency.IntegrationTests.Infrastructure;

/// <summary>
/// Which database the suite runs on. SQLite (a temp file) by default; PostgreSQL or SQL Server when
/// <c>TEST_DATABASE_PROVIDER</c> is <c>Postgres</c>/<c>SqlServer</c> and <c>TEST_DATABASE_CONNECTION</c>
/// holds the connection string of a database the tests may wipe.
/// </summary>
public static class TestDatabase
{
    public static readonly string Provider = Environment.GetEnvironmentVariable("TEST_DATABASE_PROVIDER") is { Length: > 0 } p ? p : "Sqlite";

    /// <summary>The configured database (the first lane's; on SQLite the file the others are copied from).</summary>
    public static readonly string BaseConnectionString = Environment.GetEnvironmentVariable("TEST_DATABASE_CONNECTION") is { Length: > 0 } c
        ? c
        : $"Data Source={Path.Combine(Path.GetTempPath(), $"casting-agency-tests-{Environment.ProcessId}.db")}";

    /// <summary>The database of the running fixture's lane (<see cref="DatabaseLanes"/>).</summary>
    public static string ConnectionString => DatabaseLanes.Current.ConnectionString;

    public static bool IsSqlite => Provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase);

    public static bool IsPostgres => Provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file of a SQLite connection string.</summary>
    public static string SqliteFile(string connectionString) => new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
}
