using Microsoft.EntityFrameworkCore.Storage;

namespace CastingAgency.Infrastructure.Persistence;

/// <summary>
/// The one execution strategy of every provider: it retries an operation (a query, or a whole SaveChanges,
/// which runs in its own transaction) when the database refused it for a transient reason that left nothing
/// written — a dropped or refused connection, a deadlock, a serialization failure, a server restarting
/// (<see cref="DatabaseErrors.IsTransient"/>). Timeouts are not retried: they have already spent the request's
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

    private bool InCallersTransaction => Dependencies.CurrentContext.Context.Database.CurrentTransaction is not null;

    /// <summary>EF refuses to start inside a caller's transaction when it might retry; this strategy then runs once.</summary>
    protected override void OnFirstExecution()
    {
        if (InCallersTransaction)
        {
            ExceptionsEncountered.Clear();
            return;
        }

        base.OnFirstExecution();
    }

    protected override bool ShouldRetryOn(Exception exception) => !InCallersTransaction && DatabaseErrors.IsTransient(exception);

    protected override TimeSpan? GetNextDelay(Exception lastException)
    {
        var delay = base.GetNextDelay(lastException);
        return delay is null ? null : TimeSpan.FromMilliseconds(Math.Min(delay.Value.TotalMilliseconds, MaxDelay.TotalMilliseconds) + 100);
    }
}
