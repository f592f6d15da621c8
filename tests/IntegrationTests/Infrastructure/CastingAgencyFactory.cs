using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CastingAgency.IntegrationTests.Infrastructure;

/// <summary>
/// The API in-process on the suite's database, in the "Testing" environment (no demo data, no dev token),
/// validating real JWTs signed by <see cref="TestTokens"/>. A dedicated factory may pass setting overrides and
/// another environment (e.g. "Development", to reach <c>POST /dev/token</c>).
/// </summary>
public sealed class CastingAgencyFactory(IReadOnlyDictionary<string, string?>? overrides = null, string environment = "Testing")
    : WebApplicationFactory<Program>
{
    // The database of the lane that creates the factory (read now: the host may start from another context).
    private readonly string? _connectionString =
        overrides?.ContainsKey("ConnectionStrings:CastingAgency") == true ? null : TestDatabase.ConnectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = TestDatabase.Provider,
            ["Database:MigrateOnStartup"] = "false",
            ["ConnectionStrings:CastingAgency"] = _connectionString,
            ["Authentication:Schemes:Bearer:ValidIssuer"] = TestTokens.Issuer,
            ["Authentication:Schemes:Bearer:ValidAudiences:0"] = TestTokens.Audience,
            ["Authentication:Schemes:Bearer:SigningKeys:0:Issuer"] = TestTokens.Issuer,
            ["Authentication:Schemes:Bearer:SigningKeys:0:Value"] = TestTokens.KeyBase64,
            ["RateLimiting:Enabled"] = "false",
            // A test host stops at once: no drain window (the shutdown tests run the real process).
            ["Shutdown:DrainSeconds"] = "0",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:CastingAgency.Requests"] = "Warning",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            // A null override removes the suite's setting (e.g. the local signing key, for an authority).
            if (value is null)
            {
                settings.Remove(key);
            }
            else
            {
                settings[key] = value;
            }
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
