using System.Net.Sockets;
using CastingAgency.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CastingAgency.UnitTests.Infrastructure;

/// <summary>Database errors are told apart by provider error codes, never message text (ADR-008).</summary>
public sealed class DatabaseErrorsTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData(new SqliteException("x", 19, 2067), DatabaseErrorKind.UniqueViolation).SetName("SQLite UNIQUE");
        yield return new TestCaseData(new SqliteException("x", 19, 1555), DatabaseErrorKind.UniqueViolation).SetName("SQLite PRIMARY KEY");
        yield return new TestCaseData(new SqliteException("x", 19, 787), DatabaseErrorKind.ForeignKeyViolation).SetName("SQLite FOREIGN KEY");
        yield return new TestCaseData(new SqliteException("x", 19, 275), DatabaseErrorKind.Unknown).SetName("SQLite CHECK is a bug, not a race");
        yield return new TestCaseData(new SqliteException("database is locked", 5, 5), DatabaseErrorKind.Timeout).SetName("SQLite BUSY after the busy timeout");
        yield return new TestCaseData(new SqliteException("x", 6, 6), DatabaseErrorKind.Timeout).SetName("SQLite LOCKED");
        yield return new TestCaseData(new SqliteException("x", 1, 1), DatabaseErrorKind.Unknown).SetName("SQLite generic error");
        yield return new TestCaseData(Postgres(PostgresErrorCodes.UniqueViolation), DatabaseErrorKind.UniqueViolation).SetName("PostgreSQL 23505");
        yield return new TestCaseData(Postgres(PostgresErrorCodes.ForeignKeyViolation), DatabaseErrorKind.ForeignKeyViolation).SetName("PostgreSQL 23503");
        yield return new TestCaseData(Postgres(PostgresErrorCodes.SerializationFailure), DatabaseErrorKind.Unavailable).SetName("PostgreSQL 40001");
        yield return new TestCaseData(Postgres(PostgresErrorCodes.DeadlockDetected), DatabaseErrorKind.Unavailable).SetName("PostgreSQL 40P01");
        yield return new TestCaseData(Postgres(PostgresErrorCodes.AdminShutdown), DatabaseErrorKind.Unavailable).SetName("PostgreSQL 57P01");
        yield return new TestCaseData(Postgres("08006"), DatabaseErrorKind.Unavailable).SetName("PostgreSQL connection failure class 08");
        yield return new TestCaseData(Postgres(PostgresErrorCodes.QueryCanceled), DatabaseErrorKind.Timeout).SetName("PostgreSQL 57014");
        yield return new TestCaseData(Postgres(PostgresErrorCodes.SyntaxError), DatabaseErrorKind.Unknown).SetName("PostgreSQL syntax error is a bug");
        yield return new TestCaseData(new NpgsqlException("read", new TimeoutException()), DatabaseErrorKind.Timeout).SetName("Npgsql read timeout");
        yield return new TestCaseData(new NpgsqlException("outer", new NpgsqlException("inner", new TimeoutException())), DatabaseErrorKind.Timeout)
            .SetName("Npgsql timeout wrapped twice is still a timeout");
        yield return new TestCaseData(new NpgsqlException("connect", new SocketException((int)SocketError.ConnectionRefused)), DatabaseErrorKind.Unavailable)
            .SetName("Npgsql connection refused");
        yield return new TestCaseData(new DbUpdateException("save", Postgres(PostgresErrorCodes.UniqueViolation)), DatabaseErrorKind.UniqueViolation)
            .SetName("wrapped by EF");
        yield return new TestCaseData(new InvalidOperationException("bug"), DatabaseErrorKind.Unknown).SetName("not a database error");
        yield return new TestCaseData(new IOException("reset", new SocketException((int)SocketError.ConnectionReset)), DatabaseErrorKind.Unknown)
            .SetName("a socket error outside a driver's exception is not the database's (a client's upload)");
        yield return new TestCaseData(
                new DatabaseUnavailableException("lost", new InvalidOperationException("Transaction is already completed")),
                DatabaseErrorKind.Unavailable)
            .SetName("a connection lost inside a transaction");
    }

    private static PostgresException Postgres(string sqlState) => new("message", "ERROR", "ERROR", sqlState);

    [TestCaseSource(nameof(Cases))]
    public void ShouldClassifyByErrorCode(Exception exception, DatabaseErrorKind expected) =>
        Assert.That(DatabaseErrors.Classify(exception), Is.EqualTo(expected));

    [Test]
    public void ShouldRetryOnlyFailuresThatLeftNothingWritten() => Assert.Multiple(() =>
    {
        Assert.That(DatabaseErrors.IsTransient(Postgres(PostgresErrorCodes.DeadlockDetected)), Is.True);
        Assert.That(DatabaseErrors.IsTransient(new NpgsqlException("read", new TimeoutException())), Is.False, "a timeout already spent the budget");
        Assert.That(DatabaseErrors.IsTransient(Postgres(PostgresErrorCodes.UniqueViolation)), Is.False);
        Assert.That(DatabaseErrors.IsUnavailable(new NpgsqlException("read", new TimeoutException())), Is.True);
        Assert.That(DatabaseErrors.IsUnavailable(Postgres(PostgresErrorCodes.UniqueViolation)), Is.False);
    });

    [Test]
    public void ShouldCarryTheRetryTimeOfAHeldClaim() => Assert.Multiple(() =>
    {
        var held = new DbUpdateException("save", new DatabaseUnavailableException("lost", null, TimeSpan.FromSeconds(42)));
        Assert.That(DatabaseErrors.RetryAfter(held), Is.EqualTo(TimeSpan.FromSeconds(42)));
        Assert.That(DatabaseErrors.RetryAfter(Postgres(PostgresErrorCodes.AdminShutdown)), Is.Null);
    });
}
