using System.Globalization;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CastingAgency.WebApi.Telemetry;

/// <summary>
/// OpenTelemetry traces and metrics (docs/operations.md, "Telemetry"). Metrics are always collected and served for
/// Prometheus at <c>/metrics</c> on the management port (<c>Management:Port</c>; never on the public one), and exported
/// by OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set. Traces are recorded only when there is somewhere to send them
/// (OTLP): a span per request named by its route template, with child spans for SQL (statement text, no parameter
/// values), Redis and outgoing HTTP (the identity provider's keys).
/// </summary>
public static class TelemetrySetup
{
    public const string ServiceName = "casting-agency-api";
    public const string MetricsPath = "/metrics";

    /// <summary><c>Telemetry:Enabled</c> (default true): false turns every signal off (the benchmark's A/B, or an emergency).</summary>
    public static bool Enabled(IConfiguration configuration) => configuration.GetValue("Telemetry:Enabled", true);

    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ApiMetrics>();
        if (!Enabled(configuration))
        {
            return services;
        }

        var otlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var redis = !string.IsNullOrWhiteSpace(configuration.GetConnectionString("Redis"));
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithMetrics(metrics =>
            {
                metrics
                    .AddAspNetCoreInstrumentation() // http.server.request.duration by route and status, rate limiting, Kestrel
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()     // GC, thread pool, exceptions
                    .AddMeter("Npgsql")              // connection pool and command duration (PostgreSQL)
                    .AddMeter("Microsoft.EntityFrameworkCore")
                    .AddMeter(ApiMetrics.MeterName)
                    .AddPrometheusExporter();
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
        if (otlp)
        {
            telemetry.WithTracing(tracing =>
            {
                tracing
                    .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsProbeOrScrape(context.Request.Path))
                    .AddHttpClientInstrumentation()
                    .AddEntityFrameworkCoreInstrumentation()
                    .AddOtlpExporter();
                if (redis)
                {
                    tracing.AddRedisInstrumentation();
                }
            });
        }

        return services;
    }

    /// <summary>The management port from <c>Management:Port</c>, or null when metrics are not served for scraping.</summary>
    public static int? ManagementPort(IConfiguration configuration) =>
        Enabled(configuration) && int.TryParse(configuration["Management:Port"], NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
            ? port
            : null;

    /// <summary>
    /// Adds the management port to the addresses the server listens on (the public ones stay as configured), on
    /// <c>Management:Host</c> (default: every interface, so that Prometheus can reach it; keep the port off the load
    /// balancer and the public network).
    /// </summary>
    public static void ListenOnManagementPort(this ConfigureWebHostBuilder webHost, IConfiguration configuration)
    {
        if (ManagementPort(configuration) is not { } port)
        {
            return;
        }

        var host = configuration["Management:Host"] is { Length: > 0 } h ? h : "*";
        var urls = (configuration["urls"] ?? "http://localhost:5000").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        webHost.UseUrls([.. urls, $"http://{host}:{port.ToString(CultureInfo.InvariantCulture)}"]);
    }

    /// <summary>
    /// On the management port: <c>/metrics</c> and nothing else (404), before any other middleware (no request log line,
    /// rate limit or authentication for a scrape). On the public port <c>/metrics</c> is an unknown route.
    /// </summary>
    public static IApplicationBuilder UseManagementPort(this WebApplication app)
    {
        if (ManagementPort(app.Configuration) is not { } port)
        {
            return app;
        }

        app.UseOpenTelemetryPrometheusScrapingEndpoint(context =>
            context.Connection.LocalPort == port && context.Request.Path == MetricsPath);
        return app.Use(async (context, next) =>
        {
            if (context.Connection.LocalPort == port)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            await next(context);
        });
    }

    private static bool IsProbeOrScrape(PathString path) =>
        path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments(MetricsPath, StringComparison.OrdinalIgnoreCase);
}
