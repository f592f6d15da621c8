using System.Net;
using System.Threading.RateLimiting;
using RedisRateLimiting;
using StackExchange.Redis;

namespace CastingAgency.WebApi.Infrastructure;

/// <summary>
/// One caller's limiter when <c>ConnectionStrings:Redis</c> is set: the shared Redis fixed window
/// (RedisRateLimiting's <see cref="RedisFixedWindowRateLimiter{TKey}"/>) first; when Redis cannot answer, this
/// instance's own <see cref="FixedWindowLimiter"/> instead (fail open to per-instance limits, never a 500), with a
/// warning at most once per interval (<see cref="RedisOutageLog"/>). A Redis refusal is translated into a
/// <see cref="WindowLease"/> whose Retry-After is the time until the shared window really resets.
/// </summary>
/// <remarks>
/// <paramref name="answerBudget"/> bounds how long a request waits for Redis. StackExchange.Redis notices an async
/// timeout only on its heartbeat (once a second), so its own <c>asyncTimeout</c> lets a frozen Redis hold a request for
/// up to twice as long; the budget here is kept exactly.
/// </remarks>
internal sealed class FailOpenRedisLimiter(
    RateLimiter shared, RateLimiter fallback, RedisOutageLog outage, TimeProvider time, TimeSpan answerBudget)
    : RateLimiter
{
    private long _lastAcquireTicks = time.GetUtcNow().UtcTicks;

    /// <summary>
    /// How long this caller has been quiet. The Redis limiter always reports zero (it keeps no local state), so it is
    /// not asked: the partitioned limiter drops a caller idle for 10 s, and the shared count stays in Redis. While the
    /// fallback window is in use (Redis was down), the fallback decides.
    /// </summary>
    public override TimeSpan? IdleDuration =>
        fallback.IdleDuration is null ? null : TimeSpan.FromTicks(Math.Max(0, time.GetUtcNow().UtcTicks - Interlocked.Read(ref _lastAcquireTicks)));

    public override RateLimiterStatistics? GetStatistics() => null; // the Redis limiter keeps none (it throws)

    // The Redis limiter has no synchronous path (it always refuses here); the middleware then calls AcquireAsync.
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => WindowLease.Refused;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastAcquireTicks, time.GetUtcNow().UtcTicks);
        RateLimitLease lease;
        Task<RateLimitLease>? pending = null;
        try
        {
            pending = shared.AcquireAsync(permitCount, cancellationToken).AsTask();
            lease = await pending.WaitAsync(answerBudget, time, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
// Any failure of the shared store (connection, timeout, server error) must not fail the request.
        catch (Exception exception)
        {
            if (pending is { IsCompleted: false })
            {
                // Redis may still answer later: release what it grants, observe what it throws.
                _ = pending.ContinueWith(
                    static t =>
                    {
                        if (t.IsCompletedSuccessfully)
                        {
                            t.Result.Dispose();
                        }
                        else
                        {
                            _ = t.Exception;
                        }
                    },
                    CancellationToken.None,
                    TaskContinuationOptions.ExecuteSynchronously,
                    TaskScheduler.Default);
            }

            outage.ReportFailure(exception);
            return await fallback.AcquireAsync(permitCount, cancellationToken);
        }

        outage.ReportSuccess();
        using (lease)
        {
            return lease.IsAcquired ? WindowLease.Acquired : WindowLease.Rejected(RedisRetryAfter(lease, time.GetUtcNow()));
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            shared.Dispose();
            fallback.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>
    /// The time until a RedisRateLimiting fixed window resets. Its <c>RATELIMIT_RESET</c> metadata is the window's
    /// expiry in Unix seconds, and its script opens a new window only once the current second is past that
    /// (<c>expires_at &lt; now</c>): the window really resets at <c>expiry + 1 s</c>. Its <c>RATELIMIT_RETRYAFTER</c>
    /// (<c>expiry - now</c> in truncated seconds) is up to a second short and can be 0, so it is not used.
    /// </summary>
    internal static TimeSpan? RedisRetryAfter(RateLimitLease lease, DateTimeOffset now) =>
        lease.TryGetMetadata(RateLimitMetadataName.Reset, out var expiresAt)
            ? DateTimeOffset.FromUnixTimeSeconds(expiresAt + 1) - now
            : null;

    /// <summary>
    /// The window to give RedisRateLimiting so that its windows last at most <paramref name="window"/>: it ends a
    /// window opened at <c>t</c> at <c>floor(t + w) + 1 s</c> (whole Unix seconds), so <c>w = window - 1 s</c> ends it
    /// at <c>floor(t + window)</c>, between <c>window - 1 s</c> and <c>window</c> after its first request.
    /// </summary>
    internal static TimeSpan RedisWindowFor(TimeSpan window) =>
        window > TimeSpan.FromSeconds(1) ? window - TimeSpan.FromSeconds(1) : TimeSpan.FromTicks(1);
}

/// <summary>
/// Logs Redis outages for rate limiting without flooding: the first failure is a warning, further failures at most
/// one warning per <see cref="Interval"/> (with how many were not logged), and the first success after a failure an
/// information line.
/// </summary>
internal sealed class RedisOutageLog(ILogger logger, TimeProvider time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private volatile bool _down;
    private DateTimeOffset _lastWarning;
    private long _unlogged;

    public void ReportFailure(Exception exception)
    {
        var now = time.GetUtcNow();
        long unlogged;
        lock (_gate)
        {
            if (_down && now - _lastWarning < Interval)
            {
                _unlogged++;
                return;
            }

            _down = true;
            _lastWarning = now;
            unlogged = _unlogged;
            _unlogged = 0;
        }

        logger.LogWarning(
            "Redis does not answer for rate limiting ({Error}: {Message}); until it does, each instance limits its callers alone (fail open). {Unlogged} more failures since the last warning",
            exception.GetType().Name, exception.Message, unlogged);
    }

    public void ReportSuccess()
    {
        if (!_down)
        {
            return;
        }

        lock (_gate)
        {
            if (!_down)
            {
                return;
            }

            _down = false;
            _unlogged = 0;
        }

        logger.LogInformation("Redis answers again: rate limits are shared across instances again");
    }
}

/// <summary>The Redis connection for shared rate limits: options from <c>ConnectionStrings:Redis</c>, and how to name it in logs.</summary>
internal static class RedisRateLimitConnection
{
    public const string ConnectionStringName = "Redis";

    /// <summary>
    /// StackExchange.Redis options from the connection string, made safe for a per-request check: never abort at
    /// start when Redis is down (<c>abortConnect=false</c>; it keeps reconnecting in the background), fail fast
    /// instead of queueing while disconnected, and, unless the string says otherwise, 2 s to connect and 1 s per
    /// command, so an unresponsive Redis delays a request by at most a second before the API falls back.
    /// </summary>
    public static ConfigurationOptions CreateOptions(string connectionString)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        if (!Mentions(connectionString, "connectTimeout"))
        {
            options.ConnectTimeout = 2000;
        }

        if (!Mentions(connectionString, "syncTimeout"))
        {
            options.SyncTimeout = 1000;
        }

        if (!Mentions(connectionString, "asyncTimeout"))
        {
            options.AsyncTimeout = 1000;
        }

        return options;
    }

    /// <summary>The endpoints only (never the password or other settings), e.g. <c>127.0.0.1:6390</c>.</summary>
    public static string Describe(ConfigurationOptions options) =>
        string.Join(", ", options.EndPoints.Select(endpoint => endpoint switch
        {
            DnsEndPoint dns => $"{dns.Host}:{dns.Port}",
            _ => endpoint.ToString() ?? "?",
        }));

    private static bool Mentions(string connectionString, string key) =>
        connectionString.Contains(key + "=", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Says once at start whether rate limits are shared via Redis or per instance (docs/api.md §8).</summary>
internal sealed class RateLimitingStartupLog(
    RateLimitingOptions options, ConfigurationOptions? redis, IServiceProvider services, IHostEnvironment environment, ILoggerFactory loggers)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name == "GetDocument.Insider")
        {
            return Task.CompletedTask; // the build-time OpenAPI generator serves no request
        }

        var logger = loggers.CreateLogger(RateLimitingSetup.LogCategory);
        if (!options.Enabled)
        {
            logger.LogInformation("Rate limiting is off (RateLimiting:Enabled=false)");
        }
        else if (redis is null)
        {
            logger.Log(
                environment.IsDevelopment() ? LogLevel.Information : LogLevel.Warning,
                "Rate limits are per instance: ConnectionStrings:Redis is not set, so each instance counts {Permits} requests per caller per {Window} s alone",
                options.PermitsPerMinute, options.WindowSeconds);
        }
        else
        {
            var endpoints = RedisRateLimitConnection.Describe(redis);
            var multiplexer = services.GetRequiredService<IConnectionMultiplexer>();
            logger.LogInformation(
                "Rate limits are shared across instances via Redis at {Endpoints} (key prefix {Prefix}): {Permits} requests per caller per {Window} s",
                endpoints, options.RedisKeyPrefix, options.PermitsPerMinute, options.WindowSeconds);
            if (!multiplexer.IsConnected)
            {
                logger.LogWarning(
                    "Redis at {Endpoints} does not answer yet; until it does, each instance limits its callers alone (fail open)", endpoints);
            }
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
