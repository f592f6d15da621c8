using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CastingAgency.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Tells the execution strategy when a SaveChanges command is about to reach the server: from then on a lost
/// connection may have committed, and the strategy no longer retries it (<see cref="TransientFaultExecutionStrategy"/>).
/// </summary>
public sealed class WriteCommandInterceptor : DbCommandInterceptor
{
    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Note(eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Note(eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData);
        return ValueTask.FromResult(result);
    }

    private static void Note(CommandEventData eventData)
    {
        if (eventData.CommandSource is CommandSource.SaveChanges or CommandSource.ExecuteUpdate or CommandSource.ExecuteDelete)
        {
            TransientFaultExecutionStrategy.NoteWriteSent();
        }
    }
}
