using System.Threading.RateLimiting;

namespace CastingAgency.WebApi.Infrastructure;

/// <summary>
/// One caller's fixed window in this process: the first request after a window has ended opens the next one, which
/// lasts exactly <c>window</c>; at most <c>permitLimit</c> permits per window, no queue. Unlike
/// <see cref="FixedWindowRateLimiter"/> it knows when its window ends, so a rejected lease carries
/// <see cref="MetadataName.RetryAfter"/> = the time until that moment (not a whole window).
/// </summary>
internal sealed class FixedWindowLimiter : RateLimiter
{
    private readonly int _permitLimit;
    private readonly TimeSpan _window;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly DateTimeOffset _createdAt;
    private DateTimeOffset? _windowEnd;
    private int _used;
    private long _successful;
    private long _failed;

    public FixedWindowLimiter(int permitLimit, TimeSpan window, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permitLimit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        _permitLimit = permitLimit;
        _window = window;
        _time = time;
        _createdAt = time.GetUtcNow();
    }

    /// <summary>Null while a window is open (its count matters); else how long since the last window ended.</summary>
    public override TimeSpan? IdleDuration
    {
        get
        {
            var now = _time.GetUtcNow();
            lock (_gate)
            {
                return _windowEnd is { } end ? (now >= end ? now - end : null) : now - _createdAt;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            var open = _windowEnd is { } end && now < end;
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = open ? _permitLimit - _used : _permitLimit,
                CurrentQueuedCount = 0,
                TotalSuccessfulLeases = _successful,
                TotalFailedLeases = _failed,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, _permitLimit);
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            if (_windowEnd is not { } end || now >= end)
            {
                if (permitCount == 0)
                {
                    return WindowLease.Acquired; // a probe: permits are available, and it opens no window
                }

                end = now + _window;
                _windowEnd = end;
                _used = 0;
            }

            if (_used + permitCount <= _permitLimit)
            {
                _used += permitCount;
                _successful++;
                return WindowLease.Acquired;
            }

            _failed++;
            return WindowLease.Rejected(end - now);
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount)); // no queue: the answer is immediate
}

/// <summary>A lease that knows how long until its window resets (only when rejected).</summary>
internal sealed class WindowLease : RateLimitLease
{
    private static readonly string[] RetryAfterOnly = [MetadataName.RetryAfter.Name];
    private readonly TimeSpan? _retryAfter;

    private WindowLease(bool isAcquired, TimeSpan? retryAfter)
    {
        IsAcquired = isAcquired;
        _retryAfter = retryAfter;
    }

    public static WindowLease Acquired { get; } = new(true, null);

    /// <summary>A refusal without a known reset (the caller falls back to a whole window).</summary>
    public static WindowLease Refused { get; } = new(false, null);

    public static WindowLease Rejected(TimeSpan? retryAfter) => new(false, retryAfter);

    public override bool IsAcquired { get; }

    public override IEnumerable<string> MetadataNames => _retryAfter is null ? [] : RetryAfterOnly;

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (_retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name)
        {
            metadata = wait;
            return true;
        }

        metadata = null;
        return false;
    }
}
