using System.Globalization;
using System.Text.Json;
using CastingAgency.Infrastructure.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CastingAgency.WebApi.Infrastructure;

/// <summary>The <c>Shutdown</c> configuration section (docs/operations.md).</summary>
public sealed class ShutdownOptions
{
    public const string SectionName = "Shutdown";

    /// <summary>After SIGTERM: seconds the instance reports unready but keeps serving, so the load balancer can take it out.</summary>
    public int DrainSeconds { get; set; } = 5;

    /// <summary>Then: seconds in-flight requests (uploads included) get to finish before the process stops.</summary>
    public int GraceSeconds { get; set; } = 30;
}

/// <summary>
/// How the API answers when a dependency cannot: 503 + <c>Retry-After</c>, readiness in JSON, and the drain window
/// between SIGTERM and the server closing its listeners.
/// </summary>
public static class Availability
{
    /// <summary>The request timeout (docs/operations.md): every request ends by then.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>What <c>Retry-After</c> says when the database did not answer: a short outage or lock is usually over by then.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>Writes the 503 problem with <c>Retry-After</c>.</summary>
    public static Task WriteUnavailableAsync(HttpContext http, string detail, string cause, int retryAfterSeconds = RetryAfterSeconds)
    {
        Telemetry.UnavailableCause.Set(http, cause);
        http.Response.Headers[HeaderNames.RetryAfter] = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return ProblemDetailsSetup.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, detail);
    }

    public static IServiceCollection AddAvailability(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ShutdownOptions>(configuration.GetSection(ShutdownOptions.SectionName));
        var shutdown = configuration.GetSection(ShutdownOptions.SectionName).Get<ShutdownOptions>() ?? new ShutdownOptions();
        // The host's stop budget covers the drain window and then the in-flight requests' grace period.
        services.Configure<HostOptions>(o => o.ShutdownTimeout =
            TimeSpan.FromSeconds(Math.Max(0, shutdown.DrainSeconds) + Math.Max(1, shutdown.GraceSeconds)));
        services.AddSingleton<DrainState>();
        services.AddHostedService<ShutdownDrain>();
        services.AddHealthChecks().AddCheck<DrainHealthCheck>("shutdown", tags: ["ready"]);

        services.AddRequestTimeouts(options => options.DefaultPolicy = new Microsoft.AspNetCore.Http.Timeouts.RequestTimeoutPolicy
        {
            Timeout = RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            WriteTimeoutResponse = http => WriteUnavailableAsync(
                http, $"the request did not finish within {RequestTimeout.TotalSeconds:0} s; retry after {RetryAfterSeconds} s",
                Telemetry.UnavailableCause.RequestTimeout),
        });
        return services;
    }

    /// <summary>Readiness and liveness answer JSON: the overall status and each check's status, description and duration.</summary>
    public static Task WriteHealthAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        if (report.Status == HealthStatus.Unhealthy)
        {
            http.Response.Headers[HeaderNames.RetryAfter] = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }

        var body = new
        {
            success = report.Status != HealthStatus.Unhealthy,
            status = report.Status.ToString().ToLowerInvariant(),
            duration_ms = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new
                {
                    status = e.Value.Status.ToString().ToLowerInvariant(),
                    description = e.Value.Description,
                    duration_ms = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
                }),
        };
        return JsonSerializer.SerializeAsync(http.Response.Body, body, cancellationToken: http.RequestAborted);
    }

    /// <summary>The health check options of <c>/health/ready</c>: the checks tagged "ready", answered in JSON within 5 s.</summary>
    public static Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions Readiness() => new()
    {
        Predicate = check => check.Tags.Contains("ready"),
        ResponseWriter = WriteHealthAsync,
    };

    /// <summary><c>/health/live</c>: the process runs; no dependency is asked.</summary>
    public static Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions Liveness() => new()
    {
        Predicate = _ => false,
        ResponseWriter = WriteHealthAsync,
    };
}

/// <summary>Set once SIGTERM arrived: readiness then reports 503 while the instance keeps serving.</summary>
public sealed class DrainState
{
    private volatile bool _draining;

    public bool IsDraining => _draining;

    public void BeginDraining() => _draining = true;
}

internal sealed class DrainHealthCheck(DrainState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.IsDraining
            ? HealthCheckResult.Unhealthy("the instance is shutting down")
            : HealthCheckResult.Healthy("accepting requests"));
}

/// <summary>
/// Runs when the host begins to stop (SIGTERM), before the server closes its listeners: reports unready at once and
/// keeps serving for <see cref="ShutdownOptions.DrainSeconds"/>. The server then stops accepting connections and
/// lets in-flight requests finish within <see cref="ShutdownOptions.GraceSeconds"/>.
/// </summary>
internal sealed class ShutdownDrain(DrainState state, IOptions<ShutdownOptions> options, ILogger<ShutdownDrain> logger)
    : IHostedLifecycleService
{
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        state.BeginDraining();
        var drain = TimeSpan.FromSeconds(Math.Max(0, options.Value.DrainSeconds));
        logger.LogInformation(
            "Shutdown: readiness now reports 503; serving for {DrainSeconds} s more, then in-flight requests get {GraceSeconds} s to finish",
            drain.TotalSeconds, options.Value.GraceSeconds);
        if (drain > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(drain, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // The host's stop budget ran out: stop now.
            }
        }

        logger.LogInformation("Shutdown: closing listeners; waiting for in-flight requests");
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
