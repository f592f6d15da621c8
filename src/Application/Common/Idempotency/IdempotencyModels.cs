namespace CastingAgency.Application.Common.Idempotency;

/// <summary>One keyed request: who sent it, the key, and the SHA-256 fingerprint (hex) of method, target and body.</summary>
public sealed record IdempotencyRequest(string Caller, string Key, string Fingerprint);

/// <summary>The parts of a successful response that a replay gives back.</summary>
public sealed record StoredResponse(int StatusCode, byte[] Body, string? ContentType, string? Location, string? ETag);

/// <summary>A claim this request holds; <see cref="Token"/> tells it apart from a later taker of the same key.</summary>
public sealed record IdempotencyClaim(IdempotencyRequest Request, string Token);

public enum IdempotencyClaimOutcome
{
    /// <summary>This request holds the key now (new, expired and replaced, or taken over from a dead attempt): run it.</summary>
    Claimed,

    /// <summary>The same request already completed: replay <see cref="IdempotencyClaimResult.Response"/>.</summary>
    Replay,

    /// <summary>The key was first used with a different method, target or body: 422.</summary>
    FingerprintMismatch,

    /// <summary>The first request with this key is still running (its lease is live): 409.</summary>
    InProgress,
}

public sealed record IdempotencyClaimResult(IdempotencyClaimOutcome Outcome, IdempotencyClaim? Claim = null, StoredResponse? Response = null);

public enum IdempotencyExecution
{
    /// <summary>The work's writes and its response were committed together.</summary>
    Completed,

    /// <summary>The work produced no response to keep (a failure): rolled back, claim released.</summary>
    RolledBack,

    /// <summary>Our lease ran out and another request took the key over: rolled back, nothing kept (409).</summary>
    ClaimLost,
}
