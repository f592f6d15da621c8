using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CastingAgency.Infrastructure.Persistence;

/// <summary>What a database error means for the caller, decided from provider error codes, never message text.</summary>
public enum DatabaseErrorKind
{
    /// <summary>Not a database refusal we know: a bug, answered 500.</summary>
    Unknown,

    /// <summary>A unique index refused the row (a lost race with another writer): 409.</summary>
    UniqueViolation,

    /// <summary>A foreign key refused the row (the referenced row was deleted meanwhile): 409.</summary>
    ForeignKeyViolation,

    /// <summary>The database is down, refused the connection, is locked or busy, or deadlocked us: 503, retryable.</summary>
    Unavailable,

    /// <summary>A command or connection attempt outlived its timeout: 503. Not retried (the budget is spent).</summary>
    Timeout,
}

/// <summary>
/// The one place that reads provider error codes: PostgreSQL SqlState, SQL Server error numbers, SQLite
/// (extended) result codes. Everything that must tell a lost race from an outage asks here.
/// </summary>
public static class DatabaseErrors
{
    // SQLite result codes (https://sqlite.org/rescode.html).
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteIoErr = 10;
    private const int SqliteCantOpen = 14;
    private const int SqliteConstraintForeignKey = 787;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    // SQL Server error numbers.
    private static readonly HashSet<int> SqlServerUnique = [2601, 2627];
    private const int SqlServerForeignKey = 547;
    private const int SqlServerTimeout = -2;

    // Deadlock, lock timeout, database/server unavailable, login failures during failover, Azure throttling.
    private static readonly HashSet<int> SqlServerUnavailable =
        [1205, 1222, 233, 4060, 4221, 10053, 10054, 10060, 10928, 10929, 40143, 40197, 40501, 40613, 49918, 49919, 49920, 64];

    /// <summary>Classifies <paramref name="exception"/> or the first database exception among its inner exceptions.</summary>
    public static DatabaseErrorKind Classify(Exception? exception)
    {
        // A timeout anywhere in the chain decides (drivers wrap it in one or more transient-looking exceptions):
        // the budget is spent, so it must not be retried.
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is TimeoutException)
            {
                return DatabaseErrorKind.Timeout;
            }
        }

        for (var e = exception; e is not null; e = e.InnerException)
        {
            var kind = ClassifyOne(e);
            if (kind != DatabaseErrorKind.Unknown)
            {
                return kind;
            }
        }

        return DatabaseErrorKind.Unknown;
    }

    /// <summary>True for the kinds that mean "the database is not answering": the request gets 503 + Retry-After.</summary>
    public static bool IsUnavailable(Exception? exception) =>
        Classify(exception) is DatabaseErrorKind.Unavailable or DatabaseErrorKind.Timeout;

    /// <summary>Safe to retry the whole operation: the failure happened before (or instead of) any change being kept.</summary>
    public static bool IsTransient(Exception? exception) => Classify(exception) == DatabaseErrorKind.Unavailable;

    /// <summary>
    /// The server refused the statement and rolled the transaction back itself (deadlock victim, serialization
    /// failure): nothing of it was kept, even if writes had been sent, so the whole unit of work may run again.
    /// </summary>
    public static bool IsRolledBackByServer(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException p when p.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected:
                case SqlException q when q.Number == 1205:
                    return true;
            }
        }

        return false;
    }

    /// <summary>The earliest retry a <see cref="DatabaseUnavailableException"/> in the chain names, if any.</summary>
    public static TimeSpan? RetryAfter(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DatabaseUnavailableException { RetryAfter: { } after })
            {
                return after;
            }
        }

        return null;
    }

    /// <summary>One line for a log: the kind and the innermost message (driver messages carry no SQL text).</summary>
    public static string Describe(Exception exception) =>
        $"{Classify(exception)}: {exception.GetBaseException().Message}";

    private static DatabaseErrorKind ClassifyOne(Exception e) => e switch
    {
        SqliteException s => s.SqliteExtendedErrorCode switch
        {
            SqliteConstraintUnique or SqliteConstraintPrimaryKey => DatabaseErrorKind.UniqueViolation,
            SqliteConstraintForeignKey => DatabaseErrorKind.ForeignKeyViolation,
            // Busy/locked is reported only after the busy timeout (the command timeout) ran out: a timeout.
            _ when s.SqliteErrorCode is SqliteBusy or SqliteLocked => DatabaseErrorKind.Timeout,
            _ when s.SqliteErrorCode is SqliteIoErr or SqliteCantOpen => DatabaseErrorKind.Unavailable,
            _ => DatabaseErrorKind.Unknown,
        },
        PostgresException p => p.SqlState switch
        {
            PostgresErrorCodes.UniqueViolation => DatabaseErrorKind.UniqueViolation,
            PostgresErrorCodes.ForeignKeyViolation => DatabaseErrorKind.ForeignKeyViolation,
            PostgresErrorCodes.QueryCanceled => DatabaseErrorKind.Timeout,
            PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected
                or PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.TooManyConnections
                or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.AdminShutdown
                or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.ReadOnlySqlTransaction => DatabaseErrorKind.Unavailable,
            _ when p.SqlState.StartsWith("08", StringComparison.Ordinal) => DatabaseErrorKind.Unavailable, // connection exception class
            _ => DatabaseErrorKind.Unknown,
        },
        // Npgsql: a network failure below the protocol level (no SqlState; timeouts were decided above).
        NpgsqlException { IsTransient: true } => DatabaseErrorKind.Unavailable,
        SqlException q when SqlServerUnique.Contains(q.Number) => DatabaseErrorKind.UniqueViolation,
        SqlException q when q.Number == SqlServerForeignKey => DatabaseErrorKind.ForeignKeyViolation,
        SqlException q when q.Number == SqlServerTimeout => DatabaseErrorKind.Timeout,
        SqlException q when SqlServerUnavailable.Contains(q.Number) || q.Class >= 20 => DatabaseErrorKind.Unavailable,
        // SqlClient reports an exhausted pool (no connection within Connect Timeout) as an InvalidOperationException.
        InvalidOperationException { Source: "Microsoft.Data.SqlClient" } => DatabaseErrorKind.Timeout,
        DatabaseUnavailableException => DatabaseErrorKind.Unavailable,
        // A socket error counts only inside a driver's exception (handled above): on its own it may be the client's
        // connection (a reset upload), which is not a database outage.
        _ => DatabaseErrorKind.Unknown,
    };
}

/// <summary>
/// The database connection was lost while a unit of work was under way, found from the connection's state rather
/// than from the driver's exception (e.g. "transaction is already completed" after the server closed the
/// connection). Nothing of the unit was committed. <see cref="RetryAfter"/>, when set, is the earliest time a retry
/// with the same Idempotency-Key can run (the claim's lease).
/// </summary>
public sealed class DatabaseUnavailableException(string message, Exception? innerException, TimeSpan? retryAfter = null)
    : Exception(message, innerException)
{
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
