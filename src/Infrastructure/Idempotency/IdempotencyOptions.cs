namespace CastingAgency.Infrastructure.Idempotency;

/// <summary>The <c>Idempotency</c> configuration section (docs/api.md §8; docs/configuration.md).</summary>
public sealed class IdempotencyOptions
{
    public const string SectionName = "Idempotency";

    /// <summary>How long a key is remembered (default 24 h); after that the same key is a new request.</summary>
    public int RetentionHours { get; set; } = 24;

    /// <summary>How often expired records are deleted (default every 60 minutes).</summary>
    public int CleanupIntervalMinutes { get; set; } = 60;

    /// <summary>
    /// How long an in-progress claim is presumed alive (default 60 s: the 30 s request timeout plus a margin).
    /// A repeat within it is 409; after it the attempt is presumed dead (e.g. the instance was killed) and a repeat
    /// takes the key over.
    /// </summary>
    public int LeaseSeconds { get; set; } = 60;

    public TimeSpan Retention => TimeSpan.FromHours(Math.Max(1, RetentionHours));

    public TimeSpan CleanupInterval => TimeSpan.FromMinutes(Math.Max(1, CleanupIntervalMinutes));

    public TimeSpan Lease => TimeSpan.FromSeconds(Math.Max(1, LeaseSeconds));
}
