using System.Data.Common;
using Npgsql;

namespace CastingAgency.Infrastructure.Persistence;

/// <summary>
/// Defaults the API applies to a PostgreSQL connection string, each one only where the string does not set it.
/// </summary>
public static class PostgresConnectionString
{
    /// <summary>
    /// Statements prepared per physical connection. Every read and write the API sends is one of a few dozen
    /// parameterised shapes, so preparing them lets PostgreSQL skip parsing and planning on each execution, most of
    /// its work for a short read (docs/performance.md, "Settings").
    /// Npgsql's own default is 0 (off). Set <c>Max Auto Prepare=0</c> to turn it off, e.g. behind a pooler that
    /// cannot keep prepared statements.
    /// </summary>
    public const int DefaultMaxAutoPrepare = 64;


    /// <summary>
    /// Returns <paramref name="connectionString"/> with the API's defaults added where it leaves them unset:
    /// <c>Max Auto Prepare</c>, <c>Cancellation Timeout</c> (-1: no wait after a cancel request), <c>No Reset On Close</c>, and <c>Timeout</c> (opening a connection or waiting for a pooled one) set to
    /// <paramref name="connectTimeoutSeconds"/> so that an unreachable server is reported quickly.
    /// </summary>
    public static string WithDefaults(string connectionString, int connectTimeoutSeconds = 15)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Sets(connectionString, nameof(NpgsqlConnectionStringBuilder.MaxAutoPrepare)))
        {
            builder.MaxAutoPrepare = DefaultMaxAutoPrepare;
        }

        if (!Sets(connectionString, nameof(NpgsqlConnectionStringBuilder.Timeout)))
        {
            builder.Timeout = connectTimeoutSeconds;
        }

        // After a timed-out command's cancel request, drop the connection at once instead of waiting (2 s by default)
        // for the server to confirm: a server that let the command time out may not answer at all, and the request
        // must be answered within its bound.
        if (!Sets(connectionString, nameof(NpgsqlConnectionStringBuilder.CancellationTimeout)))
        {
            builder.CancellationTimeout = -1;
        }

        // The API keeps no session state (no SET, no temporary tables, no LISTEN), so a pooled connection needs no
        // reset. The reset is sent ahead of the next command, and while its answer is outstanding Npgsql ignores a
        // cancellation: a frozen server would then hold the command until the driver's own timeout.
        // GSS encryption (Kerberos) must be asked for: "prefer" asks the server first on every physical connection,
        // the cancel request's included, and a server that does not answer then costs that wait twice.
        if (!Sets(connectionString, nameof(NpgsqlConnectionStringBuilder.GssEncryptionMode)))
        {
            builder.GssEncryptionMode = GssEncryptionMode.Disable;
        }

        if (!Sets(connectionString, nameof(NpgsqlConnectionStringBuilder.NoResetOnClose)))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    // Npgsql accepts a keyword with or without its spaces ("Max Auto Prepare", "MaxAutoPrepare"), in any case.
    private static bool Sets(string connectionString, string propertyName)
    {
        var raw = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return raw.Keys.Cast<string>().Any(key =>
            string.Equals(key.Replace(" ", string.Empty, StringComparison.Ordinal), propertyName, StringComparison.OrdinalIgnoreCase));
    }
}
