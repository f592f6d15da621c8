namespace CastingAgency.IntegrationTests.Infrastructure;

/// <summary>
/// Which database the suite runs on. SQLite (a temp file) by default; PostgreSQL or SQL Server when
/// <c>TEST_DATABASE_PROVIDER</c> is <c>Postgres</c>/<c>SqlServer</c> and <c>TEST_DATABASE_CONNECTION</c>
/// holds the connection string of a database the tests may wipe.
/// </summary>
public static class TestDatabase
{
    public static readonly string Provider = Environment.GetEnvironmentVariable("TEST_DATABASE_PROVIDER") is { Length: > 0 } p ? p : "Sqlite";

    public static readonly string ConnectionString = Environment.GetEnvironmentVariable("TEST_DATABASE_CONNECTION") is { Length: > 0 } c
        ? c
        : $"Data Source={Path.Combine(Path.GetTempPath(), $"casting-agency-tests-{Environment.ProcessId}.db")}";

    public static bool IsSqlite => Provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase);

    public static bool IsPostgres => Provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase);
}
