using CastingAgency.Application.Common.Idempotency;

namespace CastingAgency.Application.Common.Interfaces;

/// <summary>
/// Durable <c>Idempotency-Key</c> records (docs/api.md §8), shared by every instance through the database.
/// A request first <see cref="ClaimAsync">claims</see> its (caller, key); the claimant then
/// <see cref="ExecuteAsync">executes</see> inside one database transaction that also stores the response, so the
/// write and the stored response commit together or not at all.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>
    /// Claims (caller, key) with an in-progress record committed on its own, or reports what is stored: a completed
    /// response to replay, a different request under the same key, or a live claim of a request still running.
    /// Expired records count as absent; an in-progress claim whose lease ran out (its request died) is taken over.
    /// </summary>
    Task<IdempotencyClaimResult> ClaimAsync(IdempotencyRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in a database transaction of the request's unit of work. When it returns a
    /// response, the claim is completed with it in the same transaction and committed; when it returns null or
    /// throws, everything is rolled back and the claim is released so that a retry runs again. Exceptions of
    /// <paramref name="work"/> are rethrown after the clean-up. Never retried.
    /// </summary>
    Task<IdempotencyExecution> ExecuteAsync(
        IdempotencyClaim claim, Func<CancellationToken, Task<StoredResponse?>> work, CancellationToken cancellationToken);
}
