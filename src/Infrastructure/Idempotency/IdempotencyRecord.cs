namespace CastingAgency.Infrastructure.Idempotency;

/// <summary>
/// One <c>Idempotency-Key</c> of one caller (table <c>idempotency_records</c>, unique on caller + key). Inserted
/// <see cref="IdempotencyState.InProgress"/> when a request claims the key; set <see cref="IdempotencyState.Completed"/>
/// with the response in the transaction of that request's writes; deleted when the request fails and, by the
/// clean-up service, after <see cref="ExpiresAt"/>.
/// </summary>
public sealed class IdempotencyRecord
{
    public const int KeyMaxLength = 255;
    public const int CallerMaxLength = 255;
    public const int FingerprintLength = 64;
    public const int TokenLength = 32;
    public const int HeaderMaxLength = 2048;

    public long Id { get; set; }

    /// <summary>The token's <c>sub</c> (a SHA-256 of it when longer than <see cref="CallerMaxLength"/>).</summary>
    public string Caller { get; set; } = string.Empty;

    public string IdempotencyKey { get; set; } = string.Empty;

    /// <summary>SHA-256 (hex) of method, path, query and body of the request that first used the key.</summary>
    public string Fingerprint { get; set; } = string.Empty;

    public IdempotencyState State { get; set; }

    /// <summary>Random id of the attempt holding the claim, so a taker of an expired lease never completes or
    /// releases someone else's claim.</summary>
    public string ClaimToken { get; set; } = string.Empty;

    /// <summary>While in progress: the claim is live until then; after it, the attempt is presumed dead.</summary>
    public DateTime LockedUntil { get; set; }

    public int? ResponseStatus { get; set; }

    public byte[]? ResponseBody { get; set; }

    public string? ResponseContentType { get; set; }

    public string? ResponseLocation { get; set; }

    public string? ResponseETag { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>After it the record counts as absent and the clean-up service deletes it.</summary>
    public DateTime ExpiresAt { get; set; }
}

public enum IdempotencyState
{
    InProgress,
    Completed,
}
