using System.Security.Cryptography;
using CastingAgency.IntegrationTests.Infrastructure;

namespace CastingAgency.IntegrationTests.Security;

/// <summary>
/// CORS for developers (docs/api.md §10): in Development any http(s) origin on localhost / 127.0.0.1, on any port, is
/// allowed (and nothing that only looks like one); in other environments only <c>Cors:AllowedOrigins</c>.
/// <c>X-Request-Id</c> is an allowed and exposed header, echoed on every answer, problems included.
/// </summary>
public sealed class DevelopmentCorsTests : IntegrationTestBase
{
    private CastingAgencyFactory _development = null!;
    private CastingAgencyFactory _testing = null!;

    [OneTimeSetUp]
    public void StartFactories()
    {
        _development = new CastingAgencyFactory(
            new Dictionary<string, string?>
            {
                ["Database:SeedDemoData"] = "false",
                ["Authentication:Schemes:Bearer:ValidIssuer"] = "casting-agency-dev-cors-tests",
                ["Authentication:Schemes:Bearer:SigningKeys:0:Issuer"] = "casting-agency-dev-cors-tests",
                ["Authentication:Schemes:Bearer:SigningKeys:0:Value"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            },
            environment: "Development");
        _testing = new CastingAgencyFactory(new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = "https://app.example" });
    }

    [OneTimeTearDown]
    public async Task StopFactories()
    {
        await _development.DisposeAsync();
        await _testing.DisposeAsync();
    }

    private static async Task<HttpResponseMessage> Preflight(CastingAgencyFactory factory, string origin)
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/movies");
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,x-request-id");
        return await factory.CreateClient().SendAsync(preflight);
    }

    [TestCase("http://127.0.0.1:5173")]
    [TestCase("http://127.0.0.1:46123")]
    [TestCase("http://localhost:3999")]
    [TestCase("https://localhost:8443")]
    [TestCase("http://[::1]:5173")]
    public async Task DevelopmentShouldAllowAnyLoopbackOriginWithXRequestId(string origin)
    {
        var response = await Preflight(_development, origin);

        Assert.That((int)response.StatusCode, Is.InRange(200, 299));
        Assert.That(response.Headers.GetValues("Access-Control-Allow-Origin"), Is.EqualTo(new[] { origin }));
        var allowed = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.That(allowed, Does.Contain("x-request-id").And.Contain("authorization"));
    }

    [TestCase("http://localhost.evil.example:5173")]
    [TestCase("http://127.0.0.1.nip.io:5173")]
    [TestCase("https://evil.example")]
    [TestCase("http://127.0.0.1:5173/path")]
    [TestCase("null")]
    public async Task DevelopmentShouldRefuseOriginsThatOnlyLookLoopback(string origin)
    {
        var response = await Preflight(_development, origin);

        Assert.That(response.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
    }

    [Test]
    public async Task OtherEnvironmentsShouldAllowOnlyTheConfiguredOrigins()
    {
        var loopback = await Preflight(_testing, "http://127.0.0.1:5173");
        var configured = await Preflight(_testing, "https://app.example");

        Assert.Multiple(() =>
        {
            Assert.That(loopback.Headers.Contains("Access-Control-Allow-Origin"), Is.False, "loopback is a Development convenience");
            Assert.That(configured.Headers.GetValues("Access-Control-Allow-Origin"), Is.EqualTo(new[] { "https://app.example" }));
        });
    }

    [Test]
    public async Task XRequestIdShouldBeEchoedAndExposedAlsoOnAProblem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/movies/424242");
        request.Headers.Add("Origin", "https://app.example");
        request.Headers.Add("X-Request-Id", "board-7f3a");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TestTokens.Create(TestTokens.Assistant));

        var response = await _testing.CreateClient().SendAsync(request);

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(404));
            Assert.That(response.Headers.GetValues("X-Request-Id"), Is.EqualTo(new[] { "board-7f3a" }));
            Assert.That(string.Join(",", response.Headers.GetValues("Access-Control-Expose-Headers")).ToLowerInvariant(), Does.Contain("x-request-id"));
        });
    }

    [Test]
    public async Task AnUnfitXRequestIdShouldNotBeEchoed()
    {
        var client = _testing.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("X-Request-Id", new string('x', 129));

        var response = await client.GetAsync("/health/live");

        Assert.That(response.Headers.Contains("X-Request-Id"), Is.False);
    }
}
