using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Net.Http.Headers;
using RedisRateLimiting;
using StackExchange.Redis;

namespace CastingAgency.WebApi.Infrastructure;

/// <summary>The <c>RateLimiting</c> configuration section (docs/api.md §8).</summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    public bool Enabled { get; set; } = true;

    public int PermitsPerMinute { get; set; } = 1200;

    /// <summary>Length of the fixed window in seconds (default 60); <see cref="PermitsPerMinute"/> permits per window.</summary>
    public int WindowSeconds { get; set; } = 60;

    /// <summary>Prefix of the Redis keys (<c>rl:fw:{prefix:caller}</c>), so that deployments sharing one Redis count apart.</summary>
    public string RedisKeyPrefix { get; set; } = "casting-agency";
}

/// <summary>
/// A fixed window (one minute unless <c>RateLimiting:WindowSeconds</c> says otherwise) per caller: the token's <c>sub</c> when authenticated, else the client address.
/// Health endpoints are exempt. Over the limit: a 429 problem with <c>Retry-After</c> = the whole seconds until that caller's window really resets.
/// With <c>ConnectionStrings:Redis</c> every instance counts against one budget per caller in Redis (RedisRateLimiting), falling back to this
/// instance's own window while Redis does not answer; without it each instance counts alone (ADR-006).
/// </summary>
public static class RateLimitingSetup
{
    /// <summary>The log category of the start-up line and of Redis outages.</summary>
    public const string LogCategory = "CastingAgency.RateLimiting";

    public static IServiceCollection AddCallerRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitingOptions.SectionName).Get<RateLimitingOptions>() ?? new RateLimitingOptions();
        var window = TimeSpan.FromSeconds(Math.Max(1, options.WindowSeconds));
        var permits = Math.Max(1, options.PermitsPerMinute);
        var redisConnection = configuration.GetConnectionString(RedisRateLimitConnection.ConnectionStringName);
        // Parsed here, so a malformed string stops the start with a clear error; an unreachable Redis does not.
        var redis = options.Enabled && !string.IsNullOrWhiteSpace(redisConnection)
            ? RedisRateLimitConnection.CreateOptions(redisConnection)
            : null;
        if (redis is not null)
        {
            services.TryAddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(redis));
        }

        services.AddHostedService(provider => new RateLimitingStartupLog(
            options, redis, provider, provider.GetRequiredService<IHostEnvironment>(), provider.GetRequiredService<ILoggerFactory>()));
        services.AddRateLimiter(_ => { });
        services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>().Configure<IServiceProvider>((limiter, provider) =>
        {
            var time = TimeProvider.System;
            Func<string, RateLimiter> create = _ => new FixedWindowLimiter(permits, window, time);
            if (redis is not null)
            {
                var outage = new RedisOutageLog(provider.GetRequiredService<ILoggerFactory>().CreateLogger(LogCategory), time);
                var redisOptions = new RedisFixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = FailOpenRedisLimiter.RedisWindowFor(window),
                    ConnectionMultiplexerFactory = provider.GetRequiredService<IConnectionMultiplexer>,
                };
                // What RedisRateLimitPartition.GetFixedWindowRateLimiter builds per partition, wrapped to fail open.
                create = caller => new FailOpenRedisLimiter(
                    new RedisFixedWindowRateLimiter<string>($"{options.RedisKeyPrefix}:{caller}", redisOptions),
                    new FixedWindowLimiter(permits, window, time),
                    outage,
                    time,
                    TimeSpan.FromMilliseconds(redis.AsyncTimeout));
            }

            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!options.Enabled || context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
                {
                    return RateLimitPartition.GetNoLimiter("exempt");
                }

                var caller = context.User.FindFirst("sub")?.Value is { Length: > 0 } sub
                    ? $"sub:{sub}"
                    : $"ip:{context.Connection.RemoteIpAddress}";
                return RateLimitPartition.Get(caller, create);
            });
            limiter.OnRejected = async (context, _) =>
            {
                // Both limiters put the time until the caller's window resets on a refused lease.
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                    ? (int)Math.Ceiling(wait.TotalSeconds)
                    : (int)Math.Ceiling(window.TotalSeconds);
                retryAfter = Math.Max(1, retryAfter);
                context.HttpContext.Response.Headers[HeaderNames.RetryAfter] = retryAfter.ToString(CultureInfo.InvariantCulture);
                await ProblemDetailsSetup.WriteAsync(
                    context.HttpContext, StatusCodes.Status429TooManyRequests,
                    $"more than {permits} requests in {window.TotalSeconds:0} s; retry after {retryAfter} s");
            };
        });
        return services;
    }
}
