using CastingAgency.Application;
using CastingAgency.Infrastructure;
using CastingAgency.Infrastructure.Persistence;
using CastingAgency.Infrastructure.Persistence.Counting;
using CastingAgency.WebApi;
using CastingAgency.WebApi.Authorization;
using CastingAgency.WebApi.Infrastructure;
using CastingAgency.WebApi.OpenApi;
using CastingAgency.WebApi.Telemetry;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

// In every environment: a registration that cannot be built (a missing list reader or cursor key) fails at start.
builder.Host.UseDefaultServiceProvider(provider => provider.ValidateOnBuild = provider.ValidateScopes = true);

builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
    kestrel.Limits.MaxRequestBodySize = RequestLimits.MaxBodyBytes;
});

if (!BuildTimeDocument.IsGenerating)
{
    // The generator never serves a request, so it needs no signing key; everywhere else this check stands.
    AuthenticationSetup.EnsureSigningConfiguration(builder.Configuration, builder.Environment);
}

builder.Services
    .AddApplication(builder.Configuration["AutoMapper:LicenseKey"])
    .AddInfrastructure(builder.Configuration)
    .AddWebApi(builder.Configuration)
    .AddTelemetry(builder.Configuration);
builder.WebHost.ListenOnManagementPort(builder.Configuration);
builder.Logging.Configure(options => options.ActivityTrackingOptions =
    ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);

var app = builder.Build();

if (args is [RowCountsRecount.Command, ..])
{
    var exitCode = await RowCountsRecount.RunCommandAsync(app.Services); // an operator's repair (docs/operations.md), no server
    await app.DisposeAsync(); // flushes the console logger's queue, so the recount's lines are never lost
    return exitCode;
}

// The management port serves /metrics only, ahead of everything else.
app.UseManagementPort();
// Outermost, so that the request log sees the final status written by the exception handler (404, 409, 412, 500 ...).
app.UseRequestLogging();
app.UseApiMetrics();
app.UseExceptionHandler();
app.UseStatusCodePages();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseSecurityHeaders();
app.UseCors();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
// After authorization: an unauthenticated request is 401 whatever its body (docs/api.md §6).
// The request timeout covers everything after it, reading the body included (a trickling upload ends at 30 s).
app.UseRequestTimeouts();
app.UseRequestBodyLimit();
app.UseIdempotency(); // Idempotency-Key on POST (docs/api.md §8): after auth, body limit and timeout; before the endpoints.

app.MapControllers();
// Health probes are GET (and HEAD) only: any other method is a 405 with Allow, like every other route.
app.MapHealthChecks("/health/live", Availability.Liveness())
    .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
app.MapHealthChecks("/health/ready", Availability.Readiness())
    .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
app.MapContractDocument();
// Scalar, on NSwag's document, serves its own scripts from the package; no fonts, telemetry or agent from the
// internet, so the page works offline. Authorize with the Bearer scheme (a token from POST /dev/token in Development) and try any operation.
app.MapScalarApiReference("/docs", options => options
    .WithTitle("Casting Agency API")
    .WithOpenApiRoutePattern(OpenApiSetup.RoutePattern)
    .DisableDefaultFonts()
    .DisableTelemetry()
    .DisableAgent()
    .DisableMcp()
    .AddPreferredSecuritySchemes("Bearer")
    .ShowOperationId()
    .HideDeveloperTools() // no Configure / Share / Generate SDK / Deploy toolbar: a reference for callers, not a Scalar workspace
    .HideClientButton());
if (app.Environment.IsDevelopment())
{
    app.MapDevTokenEndpoint();
}

// The build-time OpenAPI generator starts the app only to read its endpoints: no database work then.
if (!BuildTimeDocument.IsGenerating && !await InitializeDatabaseAsync(app))
{
    return 1;
}

app.Lifetime.ApplicationStarted.Register(() =>
{
    if (BuildTimeDocument.IsGenerating)
    {
        return; // No server, so no addresses to log.
    }

    var addresses = app.Urls.Count > 0 ? app.Urls : ["http://localhost:5000"];
    foreach (var address in addresses)
    {
        app.Logger.LogInformation("Docs page: {Address}/docs   OpenAPI: {Address}/openapi/v1.json", address, address);
    }

    if (app.Environment.IsDevelopment())
    {
        app.Logger.LogInformation(
            "Get a token: curl -s -X POST {Address}/dev/token -H 'Content-Type: application/json' -d '{{\"role\":\"casting_director\"}}'",
            addresses.First());
    }
});

await app.RunAsync();
return 0;

// Migrates (and in Development seeds) before serving. An unreachable database is retried with backoff for
// Database:StartupTimeoutSeconds; then one clear line and exit code 1, never an abort.
static async Task<bool> InitializeDatabaseAsync(WebApplication app)
{
    var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
    var development = app.Environment.IsDevelopment();
    if (!development && !options.MigrateOnStartup)
    {
        return true;
    }

    try
    {
        await using var scope = app.Services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        await initializer.MigrateAsync(app.Lifetime.ApplicationStopping);
        if (development && options.SeedDemoData)
        {
            await initializer.SeedAsync(app.Lifetime.ApplicationStopping);
        }

        return true;
    }
    catch (DatabaseStartupException ex)
    {
        app.Logger.LogCritical("Start-up failed: {Reason}", ex.Message);
        await app.DisposeAsync(); // flushes the console logger's queue, so the line is never lost
        return false;
    }
}

/// <summary>Entry point; public so that the integration tests' WebApplicationFactory can reach it.</summary>
public partial class Program;
