using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Net.Http.Headers;

namespace CastingAgency.WebApi.Infrastructure;

/// <summary>The <c>RateLimiting</c> configuration section (contract §8).</summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    public bool Enabled { get; set; } = true;

    public int PermitsPerMinute { get; set; } = 1200;

    /// <summary>Length of the fixed window in seconds (default 60); <see cref="PermitsPerMinute"/> permits per window.</summary>
    public int WindowSeconds { get; set; } = 60;
}

/// <summary>
/// A fixed window (one minute unless <c>RateLimiting:WindowSeconds</c> says otherwise) per caller: the token's <c>sub</c> when authenticated, else the client address.
/// Health endpoints are exempt. Over the limit: a 429 problem with <c>Retry-After</c>.
/// </summary>
public static class RateLimitingSetup
{
    public static IServiceCollection AddCallerRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitingOptions.SectionName).Get<RateLimitingOptions>() ?? new RateLimitingOptions();
        var window = TimeSpan.FromSeconds(Math.Max(1, options.WindowSeconds));
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!options.Enabled || context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
                {
                    return RateLimitPartition.GetNoLimiter("exempt");
                }

                var caller = context.User.FindFirst("sub")?.Value is { Length: > 0 } sub
                    ? $"sub:{sub}"
                    : $"ip:{context.Connection.RemoteIpAddress}";
                return RateLimitPartition.GetFixedWindowLimiter(caller, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, options.PermitsPerMinute),
                    Window = window,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            limiter.OnRejected = async (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                    ? (int)Math.Ceiling(wait.TotalSeconds)
                    : (int)Math.Ceiling(window.TotalSeconds);
                context.HttpContext.Response.Headers[HeaderNames.RetryAfter] = Math.Max(1, retryAfter).ToString(CultureInfo.InvariantCulture);
                await ProblemDetailsSetup.WriteAsync(
                    context.HttpContext, StatusCodes.Status429TooManyRequests,
                    $"more than {options.PermitsPerMinute} requests in {window.TotalSeconds:0} s; retry after {Math.Max(1, retryAfter)} s");
            };
        });
        return services;
    }
}
