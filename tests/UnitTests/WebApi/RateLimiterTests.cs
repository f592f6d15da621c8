using System.Threading.RateLimiting;
using CastingAgency.WebApi.Infrastructure;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace CastingAgency.UnitTests.WebApi;

/// <summary>The per-instance fixed window, the fail-open Redis wrapper and the Redis options, on a hand-driven clock.</summary>
public class RateLimiterTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 12, 0, 0, 250, TimeSpan.Zero);

    private static TimeSpan? RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : null;

    [Test]
    public void FixedWindowShouldAdmitTheLimitThenRefuseUntilItsWindowEnds()
    {
        var clock = new ManualClock(Start);
        using var limiter = new FixedWindowLimiter(3, TimeSpan.FromSeconds(10), clock);

        Assert.That(Enumerable.Range(0, 3).Select(_ => limiter.AttemptAcquire().IsAcquired), Has.All.True);
        clock.Advance(TimeSpan.FromSeconds(2.5));
        var refused = limiter.AttemptAcquire();

        Assert.That(refused.IsAcquired, Is.False);
        Assert.That(RetryAfter(refused), Is.EqualTo(TimeSpan.FromSeconds(7.5)), "until the window that opened at the first request ends");
    }

    [Test]
    public void FixedWindowRetryAfterShouldCountDownAndTheNextWindowOpenAtTheNextRequest()
    {
        var clock = new ManualClock(Start);
        using var limiter = new FixedWindowLimiter(1, TimeSpan.FromSeconds(10), clock);
        Assert.That(limiter.AttemptAcquire().IsAcquired, Is.True);

        clock.Advance(TimeSpan.FromSeconds(3));
        Assert.That(RetryAfter(limiter.AttemptAcquire()), Is.EqualTo(TimeSpan.FromSeconds(7)));
        clock.Advance(TimeSpan.FromSeconds(6.9));
        Assert.That(RetryAfter(limiter.AttemptAcquire()), Is.EqualTo(TimeSpan.FromSeconds(0.1)));

        clock.Advance(TimeSpan.FromSeconds(0.1));
        Assert.That(limiter.AttemptAcquire().IsAcquired, Is.True, "exactly at the reset a new window opens");

        // Idle for a while: the next window starts at the next request, not on a grid.
        clock.Advance(TimeSpan.FromSeconds(25.3));
        Assert.That(limiter.AttemptAcquire().IsAcquired, Is.True);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.That(RetryAfter(limiter.AttemptAcquire()), Is.EqualTo(TimeSpan.FromSeconds(9)));
    }

    [Test]
    public async Task FixedWindowAcquireAsyncShouldAnswerAtOnceWithoutQueueing()
    {
        var clock = new ManualClock(Start);
        using var limiter = new FixedWindowLimiter(1, TimeSpan.FromSeconds(5), clock);

        Assert.That((await limiter.AcquireAsync()).IsAcquired, Is.True);
        var refused = await limiter.AcquireAsync();

        Assert.That(refused.IsAcquired, Is.False);
        Assert.That(RetryAfter(refused), Is.EqualTo(TimeSpan.FromSeconds(5)));
        Assert.That(limiter.GetStatistics(), Has.Property(nameof(RateLimiterStatistics.TotalFailedLeases)).EqualTo(1));
    }

    [Test]
    public void FixedWindowShouldBeIdleOnlyWhenNoWindowIsOpen()
    {
        var clock = new ManualClock(Start);
        using var limiter = new FixedWindowLimiter(2, TimeSpan.FromSeconds(10), clock);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.That(limiter.IdleDuration, Is.EqualTo(TimeSpan.FromSeconds(1)));

        limiter.AttemptAcquire();
        clock.Advance(TimeSpan.FromSeconds(9));
        Assert.That(limiter.IdleDuration, Is.Null, "an open window's count must not be thrown away");

        clock.Advance(TimeSpan.FromSeconds(4));
        Assert.That(limiter.IdleDuration, Is.EqualTo(TimeSpan.FromSeconds(3)));
    }

    [Test]
    public void FixedWindowProbeShouldOpenNoWindowAndTooManyPermitsShouldThrow()
    {
        var clock = new ManualClock(Start);
        using var limiter = new FixedWindowLimiter(2, TimeSpan.FromSeconds(10), clock);

        Assert.That(limiter.AttemptAcquire(0).IsAcquired, Is.True);
        Assert.That(limiter.IdleDuration, Is.Not.Null);
        Assert.Throws<ArgumentOutOfRangeException>(() => limiter.AttemptAcquire(3));
    }

    [Test]
    public async Task RedisRefusalShouldCarryTheTimeUntilTheSharedWindowReallyResets()
    {
        // RedisRateLimiting: RATELIMIT_RESET is the window's last Unix second; the next window opens one second later.
        var clock = new ManualClock(Start);
        var expiresAt = Start.ToUnixTimeSeconds() + 4;
        using var limiter = Wrap(new StubLimiter(_ => new RedisLikeLease(false, expiresAt)), clock, out _);

        var lease = await limiter.AcquireAsync();

        Assert.That(lease.IsAcquired, Is.False);
        Assert.That(RetryAfter(lease), Is.EqualTo(TimeSpan.FromSeconds(4.75)), "12:00:05.000 - 12:00:00.250");
    }

    [Test]
    public async Task RedisAdmissionShouldBeAdmitted()
    {
        var clock = new ManualClock(Start);
        using var limiter = Wrap(new StubLimiter(_ => new RedisLikeLease(true, 0)), clock, out _);

        Assert.That((await limiter.AcquireAsync()).IsAcquired, Is.True);
        Assert.That(limiter.AttemptAcquire().IsAcquired, Is.False, "no synchronous path: the middleware goes on to AcquireAsync");
    }

    [Test]
    public async Task ACallerQuietForAWhileShouldBeIdleSoItsLimiterIsDropped()
    {
        // The partitioned limiter frees a caller's limiter once IdleDuration passes 10 s; the Redis limiter reports 0
        // forever, which would keep one limiter per caller ever seen.
        var clock = new ManualClock(Start);
        using var limiter = Wrap(new StubLimiter(_ => new RedisLikeLease(true, 0)), clock, out _);
        Assert.That((await limiter.AcquireAsync()).IsAcquired, Is.True);

        clock.Advance(TimeSpan.FromSeconds(11));

        Assert.That(limiter.IdleDuration, Is.EqualTo(TimeSpan.FromSeconds(11)));
    }

    [Test]
    public async Task RedisFailureShouldFallBackToThisInstancesWindowAndWarnOncePerInterval()
    {
        var clock = new ManualClock(Start);
        using var limiter = Wrap(new StubLimiter(_ => throw new RedisConnectionException(ConnectionFailureType.UnableToConnect, "No connection is active")), clock, out var logs, permits: 2);

        var leases = new List<RateLimitLease>();
        for (var i = 0; i < 5; i++)
        {
            leases.Add(await limiter.AcquireAsync());
        }

        Assert.That(leases.Select(l => l.IsAcquired), Is.EqualTo(new[] { true, true, false, false, false }), "the per-instance limit still holds");
        Assert.That(RetryAfter(leases[^1]), Is.EqualTo(TimeSpan.FromSeconds(10)));
        Assert.That(logs.Entries, Has.Count.EqualTo(1));
        Assert.That(logs.Entries[0].Level, Is.EqualTo(LogLevel.Warning));
        Assert.That(logs.Entries[0].Message, Does.Contain("fail open").And.Contain("No connection is active"));

        clock.Advance(RedisOutageLog.Interval);
        await limiter.AcquireAsync();
        Assert.That(logs.Entries, Has.Count.EqualTo(2), "one more warning after the interval");
        Assert.That(logs.Entries[1].Message, Does.Contain("4 more failures"));
    }

    [Test]
    public async Task RedisRecoveryShouldBeLoggedOnceAndUseRedisAgain()
    {
        var clock = new ManualClock(Start);
        var down = true;
        using var limiter = Wrap(new StubLimiter(_ => down ? throw new RedisTimeoutException("Timeout awaiting response", CommandStatus.Sent) : new RedisLikeLease(true, 0)), clock, out var logs);

        await limiter.AcquireAsync();
        down = false;
        await limiter.AcquireAsync();
        await limiter.AcquireAsync();

        Assert.That(logs.Entries.Select(e => e.Level), Is.EqualTo(new[] { LogLevel.Warning, LogLevel.Information }));
        Assert.That(logs.Entries[1].Message, Does.Contain("shared across instances again"));
    }

    [Test]
    public void CallerCancellationShouldNotBeTakenForAnOutage()
    {
        var clock = new ManualClock(Start);
        using var cancelled = new CancellationTokenSource();
        // The caller goes away while the shared limiter is being asked.
        using var limiter = Wrap(new StubLimiter(token =>
        {
            cancelled.Cancel();
            throw new OperationCanceledException(token);
        }), clock, out var logs);

        Assert.CatchAsync<OperationCanceledException>(async () => await limiter.AcquireAsync(1, cancelled.Token));
        Assert.That(logs.Entries, Is.Empty);
    }

    [TestCase(60, 59)]
    [TestCase(10, 9)]
    [TestCase(2, 1)]
    public void RedisWindowShouldEndAtMostTheConfiguredWindowAfterItsFirstRequest(int configured, double given)
    {
        Assert.That(FailOpenRedisLimiter.RedisWindowFor(TimeSpan.FromSeconds(configured)), Is.EqualTo(TimeSpan.FromSeconds(given)));
        Assert.That(FailOpenRedisLimiter.RedisWindowFor(TimeSpan.FromSeconds(1)), Is.EqualTo(TimeSpan.FromTicks(1)));
    }

    [Test]
    public void RedisOptionsShouldNeverAbortAndFailFastWithShortTimeouts()
    {
        var options = RedisRateLimitConnection.CreateOptions("127.0.0.1:6390,password=s3cret-value");

        Assert.Multiple(() =>
        {
            Assert.That(options.AbortOnConnectFail, Is.False);
            Assert.That(options.BacklogPolicy, Is.SameAs(BacklogPolicy.FailFast));
            Assert.That(options.ConnectTimeout, Is.EqualTo(2000));
            Assert.That(options.AsyncTimeout, Is.EqualTo(1000));
            Assert.That(options.SyncTimeout, Is.EqualTo(1000));
            Assert.That(RedisRateLimitConnection.Describe(options), Is.EqualTo("127.0.0.1:6390"), "endpoints only, never the password");
        });
    }

    [Test]
    public void RedisOptionsShouldKeepTimeoutsTheConnectionStringSets()
    {
        var options = RedisRateLimitConnection.CreateOptions("redis.internal:6380,abortConnect=true,connectTimeout=7000,asyncTimeout=3000,syncTimeout=4000");

        Assert.Multiple(() =>
        {
            Assert.That(options.AbortOnConnectFail, Is.False, "never aborts, whatever the string says");
            Assert.That(options.ConnectTimeout, Is.EqualTo(7000));
            Assert.That(options.AsyncTimeout, Is.EqualTo(3000));
            Assert.That(options.SyncTimeout, Is.EqualTo(4000));
            Assert.That(RedisRateLimitConnection.Describe(options), Is.EqualTo("redis.internal:6380"));
        });
    }

    private static FailOpenRedisLimiter Wrap(RateLimiter shared, ManualClock clock, out ListLogger logs, int permits = 3)
    {
        logs = new ListLogger();
        return new FailOpenRedisLimiter(shared, new FixedWindowLimiter(permits, TimeSpan.FromSeconds(10), clock), new RedisOutageLog(logs, clock), clock, TimeSpan.FromSeconds(1));
    }

    /// <summary>A shared limiter whose answer (or failure) the test decides.</summary>
    private sealed class StubLimiter(Func<CancellationToken, RateLimitLease> acquire) : RateLimiter
    {
        public override TimeSpan? IdleDuration => TimeSpan.Zero;

        public override RateLimiterStatistics? GetStatistics() => null;

        protected override RateLimitLease AttemptAcquireCore(int permitCount) => throw new NotSupportedException();

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
            ValueTask.FromResult(acquire(cancellationToken));
    }

    /// <summary>The metadata RedisRateLimiting's fixed-window lease carries.</summary>
    private sealed class RedisLikeLease(bool acquired, long expiresAt) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => ["RATELIMIT_RESET", "RATELIMIT_RETRYAFTER"];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName switch
            {
                "RATELIMIT_RESET" => expiresAt,
                "RATELIMIT_RETRYAFTER" => 4, // truncated; must not be what the API reports
                _ => null,
            };
            return metadata is not null;
        }
    }

    private sealed class ListLogger : ILogger
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
