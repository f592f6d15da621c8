namespace CastingAgency.Infrastructure.Auditing;

/// <summary>The <c>Audit</c> configuration section (docs/configuration.md).</summary>
public sealed class AuditOptions
{
    public const string SectionName = "Audit";

    /// <summary>
    /// Whether writes are audited (default true). Off only to measure what the trail costs (docs/performance.md): the
    /// contract requires it, and the API logs a warning at start when it is off.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many days a record is kept; unset (the default) keeps every record forever.</summary>
    public int? RetentionDays { get; set; }

    /// <summary>How often records older than the retention are deleted (default every 60 minutes).</summary>
    public int CleanupIntervalMinutes { get; set; } = 60;

    public TimeSpan? Retention => RetentionDays is { } days ? TimeSpan.FromDays(Math.Max(1, days)) : null;

    public TimeSpan CleanupInterval => TimeSpan.FromMinutes(Math.Max(1, CleanupIntervalMinutes));
}
