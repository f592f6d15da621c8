namespace CastingAgency.Infrastructure.Persistence;

/// <summary>The <c>Database</c> configuration section (contract §9).</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><c>Sqlite</c> (default), <c>Postgres</c> or <c>SqlServer</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations at start. Always on in Development.</summary>
    public bool MigrateOnStartup { get; set; }

    /// <summary>Seed demo data into an empty database at start. Development only.</summary>
    public bool SeedDemoData { get; set; }
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}
