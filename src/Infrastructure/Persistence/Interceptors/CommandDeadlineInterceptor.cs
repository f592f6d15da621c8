using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CastingAgency.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Ends a command that the database does not answer, without blocking a thread-pool thread. A driver's own command
/// timeout fires on a thread-pool thread, and Npgsql then sends PostgreSQL's cancel request synchronously (it opens a
/// connection and waits for the server to close it): when the server is frozen, every pooled connection's timeout
/// holds a pool thread for that long, and under load the waits queue behind each other. Here each command runs with a
/// token that a timer cancels just before the driver's timeout, and the cancellation itself (where the driver's
/// callbacks run) happens on a thread of its own. Only commands that outlive their deadline pay for that thread.
/// </summary>
/// <remarks>
/// The deadline covers a command until its first result (for a query, until the reader is open): that is where a frozen
/// server holds a request. The driver's own timeout stays in force behind it. A cancelled command becomes a
/// <see cref="TimeoutException"/>, which <see cref="DatabaseErrors"/> classifies as a timeout (503).
/// </remarks>
public sealed class CommandDeadlineInterceptor : DbCommandInterceptor
{
    /// <summary>How much earlier than the driver's command timeout the deadline ends a command.</summary>
    public static readonly TimeSpan Lead = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// A command's deadline: its own timeout (the request's 4 s, a migration's 600 s) less <see cref="Lead"/>; none when
    /// the command has no timeout.
    /// </summary>
    public static TimeSpan? DeadlineOf(DbCommand command) =>
        command.CommandTimeout > 0 ? TimeSpan.FromSeconds(command.CommandTimeout) - Lead : null;

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        result.HasResult
            ? result
            : InterceptionResult<DbDataReader>.SuppressWithResult(
                await RunAsync(command, static (c, ct) => c.ExecuteReaderAsync(ct), cancellationToken));

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        result.HasResult
            ? result
            : InterceptionResult<int>.SuppressWithResult(
                await RunAsync(command, static (c, ct) => c.ExecuteNonQueryAsync(ct), cancellationToken));

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        result.HasResult
            ? result
            : InterceptionResult<object>.SuppressWithResult(
                (await RunAsync(command, static (c, ct) => c.ExecuteScalarAsync(ct), cancellationToken))!);

    private static async Task<T> RunAsync<T>(DbCommand command, Func<DbCommand, CancellationToken, Task<T>> execute, CancellationToken cancellationToken)
    {
        if (DeadlineOf(command) is not { } deadline)
        {
            return await execute(command, cancellationToken);
        }

        using var watch = new Deadline(deadline, cancellationToken);
        try
        {
            return await execute(command, watch.Token);
        }
        catch (Exception ex) when (watch.Expired && !cancellationToken.IsCancellationRequested && ex is not TimeoutException)
        {
            throw new TimeoutException($"the database did not answer within {deadline.TotalSeconds:0.##} s", ex);
        }
    }

    /// <summary>A linked token cancelled at the deadline, on a new thread, so that blocking callbacks never hold a pool thread.</summary>
    private sealed class Deadline : IDisposable
    {
        private const int Running = 0;
        private const int ExpiredState = 1;
        private const int Disposed = 2;

        private readonly CancellationTokenSource _source;
        private readonly Timer _timer;
        private int _state;

        public Deadline(TimeSpan after, CancellationToken caller)
        {
            _source = CancellationTokenSource.CreateLinkedTokenSource(caller);
            _timer = new Timer(static state => ((Deadline)state!).Expire(), this, after, Timeout.InfiniteTimeSpan);
        }

        public CancellationToken Token => _source.Token;

        public bool Expired => Volatile.Read(ref _state) == ExpiredState;

        public void Dispose()
        {
            _timer.Dispose();
            if (Interlocked.CompareExchange(ref _state, Disposed, Running) == Running)
            {
                _source.Dispose();
            }

            // An expired deadline's source is disposed by its cancelling thread once the callbacks have run.
        }

        private void Expire()
        {
            if (Interlocked.CompareExchange(ref _state, ExpiredState, Running) != Running)
            {
                return; // the command finished first
            }

            var thread = new Thread(static state =>
            {
                var source = (CancellationTokenSource)state!;
                try
                {
                    source.Cancel();
                }
                catch (AggregateException)
                {
                    // A driver's cancellation callback failed; the command ends on the driver's own timeout instead.
                }
                finally
                {
                    source.Dispose();
                }
            })
            {
                IsBackground = true,
                Name = "Database command deadline",
            };
            thread.Start(_source);
        }
    }
}
