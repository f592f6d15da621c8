using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CastingAgency.Infrastructure.Persistence;

/// <summary>
/// One SaveChanges per use case (EF wraps it in a transaction). Database refusals become application
/// exceptions so that the API answers 409/412, never 500.
/// </summary>
internal sealed class UnitOfWork(CastingAgencyDbContext context) : IUnitOfWork
{
    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            context.ChangeTracker.Clear();
            throw new ConcurrencyException("the resource was changed or deleted by another request; read it again and retry", ex);
        }
        catch (DbUpdateException ex) when (IsConstraintViolation(ex.InnerException))
        {
            context.ChangeTracker.Clear();
            throw new ConflictException(Describe(ex.InnerException!), ex);
        }
    }

    private static bool IsConstraintViolation(Exception? inner) => inner switch
    {
        SqliteException s => s.SqliteErrorCode == 19, // SQLITE_CONSTRAINT
        PostgresException p => p.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ForeignKeyViolation,
        SqlException q => q.Number is 2601 or 2627 or 547,
        _ => false,
    };

    private static string Describe(Exception inner)
    {
        var message = inner.Message;
        if (message.Contains("EmailNormalized", StringComparison.OrdinalIgnoreCase))
        {
            return "an actor with this email already exists";
        }

        if (message.Contains("TitleNormalized", StringComparison.OrdinalIgnoreCase))
        {
            return "a movie with this title and release date already exists";
        }

        return message.Contains("FOREIGN KEY", StringComparison.OrdinalIgnoreCase)
            ? "a referenced movie or actor no longer exists"
            : "the write conflicts with stored data";
    }
}
