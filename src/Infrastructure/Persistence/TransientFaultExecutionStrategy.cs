using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace CastingAgency.Infrastructure.Persistence;

/// <summary>
/// The one execution strategy of every provider: it retries an operation (a query, or a whole SaveChanges,
/// which runs in its own transaction) when the database refused it for a transient reason that left nothing
/// written — a dropped or refused connection before any write was sent, a deadlock, a serialization failure, a
/// server restarting (<see cref="DatabaseErrors.IsTransient"/>, <see cref="ShouldRetryOn"/>). Timeouts are not retried: they have already spent the request's
/// budget, and the answer (503 + Retry-After) tells the client to retry later.
/// </summary>
/// <remarks>
/// Inside a transaction the caller opened (an idempotent POST commits its write and its stored response together)
/// retrying a single statement would be wrong, so the strategy then does not retry; the client's retry with the
/// same Idempotency-Key is the retry.
/// </remarks>
public sealed class TransientFaultExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : ExecutionStrategy(dependencies, MaxRetries, MaxDelay)
{
    /// <summary>Two retries, at most half a second apart: the whole operation stays well inside the 10 s answer budget.</summary>
    public const int MaxRetries = 2;

    public static readonly TimeSpan MaxDelay = TimeSpan.FromMilliseconds(500);

    // Whether the attempt under way has sent a write (a SaveChanges command); set by WriteCommandInterceptor, which runs
    // in the same async flow as the operation, and read back here when the attempt fails.
    private static readonly AsyncLocal<StrongBox<bool>?> WriteSentInAttempt = new();

    private bool InCallersTransaction => Dependencies.CurrentContext.Context.Database.CurrentTransaction is not null;

    /// <summary>Called by <see cref="Interceptors.WriteCommandInterceptor"/> before a SaveChanges command goes to the server.</summary>
    internal static void NoteWriteSent()
    {
        if (WriteSentInAttempt.Value is { } box)
        {
            box.Value = true;
        }
    }

    /// <summary>EF refuses to start inside a caller's transaction when it might retry; this strategy then runs once.</summary>
    protected override void OnFirstExecution()
    {
        WriteSentInAttempt.Value = new StrongBox<bool>();
        if (InCallersTransaction)
        {
            ExceptionsEncountered.Clear();
            return;
        }

        base.OnFirstExecution();
    }

    protected override void OnRetry()
    {
        WriteSentInAttempt.Value = new StrongBox<bool>();
        base.OnRetry();
    }

    /// <summary>
    /// A retried operation logs one line: a Warning without the exception when a retry succeeded; when every attempt
    /// failed, the failure reaches the exception handler, whose one 503 line is the record. EF's own per-retry event
    /// (with the whole exception) is logged at Debug.
    /// </summary>
    public override async Task<TResult> ExecuteAsync<TState, TResult>(
        TState state,
        Func<DbContext, TState, CancellationToken, Task<TResult>> operation,
        Func<DbContext, TState, CancellationToken, Task<ExecutionResult<TResult>>>? verifySucceeded,
        CancellationToken cancellationToken = default)
    {
        var result = await base.ExecuteAsync(state, operation, verifySucceeded, cancellationToken);
        if (ExceptionsEncountered.Count > 0)
        {
            Dependencies.Logger.Logger.LogWarning(
                "A database operation succeeded after {Retries} retries ({Reason})",
                ExceptionsEncountered.Count, DatabaseErrors.Describe(ExceptionsEncountered[^1]));
        }

        return result;
    }

    /// <summary>
    /// A failure before any write was sent (opening the connection, a query) is safe to retry. Once a write was sent, a
    /// lost connection leaves its fate unknown — the COMMIT may have happened — so only a refusal the server reports
    /// with a rollback (deadlock, serialization failure) is retried; anything else is answered 503 and the client
    /// retries, safely with an Idempotency-Key.
    /// </summary>
    protected override bool ShouldRetryOn(Exception exception) =>
        !InCallersTransaction
        && DatabaseErrors.IsTransient(exception)
        && (WriteSentInAttempt.Value is not { Value: true } || DatabaseErrors.IsRolledBackByServer(exception));

    protected override TimeSpan? GetNextDelay(Exception lastException)
    {
        var delay = base.GetNextDelay(lastException);
        return delay is null ? null : TimeSpan.FromMilliseconds(Math.Min(delay.Value.TotalMilliseconds, MaxDelay.TotalMilliseconds) + 100);
    }
}
