namespace CastingAgency.Infrastructure.Persistence;

/// <summary>The <c>Database</c> configuration section (docs/configuration.md).</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><c>Sqlite</c> (default), <c>Postgres</c> or <c>SqlServer</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations at start. Always on in Development.</summary>
    public bool MigrateOnStartup { get; set; }

    /// <summary>Seed demo data into an empty database at start. Development only.</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>
    /// How long one SQL command may run (and, on SQLite, wait for another writer's lock) before the request is
    /// answered 503. Kept well below the request timeout so that a database that stops answering is reported
    /// within 10 s (docs/operations.md). Migrations at start-up get <see cref="MigrationCommandTimeoutSeconds"/>.
    /// </summary>
    public int CommandTimeoutSeconds { get; set; } = 4;

    /// <summary>
    /// How long opening a connection (or waiting for a pooled one) may take; PostgreSQL and SQL Server. Against a server
    /// that stopped answering, a timed-out command costs the command timeout plus about twice this (Npgsql opens a
    /// connection to send the cancel request and waits for it): with the defaults 4 + 2 × 2 = 8 s, inside the 10 s bound.
    /// </summary>
    public int ConnectTimeoutSeconds { get; set; } = 2;

    /// <summary>Command timeout while applying migrations at start-up (an index build on a large table takes a while).</summary>
    public int MigrationCommandTimeoutSeconds { get; set; } = 600;

    /// <summary>With <see cref="MigrateOnStartup"/>: how long start-up keeps retrying an unreachable database before it gives up.</summary>
    public int StartupTimeoutSeconds { get; set; } = 60;
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}
