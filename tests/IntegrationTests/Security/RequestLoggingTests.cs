using System.Net.Http.Headers;
using CastingAgency.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Testing = CastingAgency.IntegrationTests.Testing;

namespace CastingAgency.IntegrationTests.Security;

/// <summary>The request log carries the error body's trace id, the caller's subject and X-Request-Id, and never a token.</summary>
public sealed class RequestLoggingTests : IntegrationTestBase
{
    private readonly CapturingLoggerProvider _logs = new();
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _factory = null!;

    [OneTimeSetUp]
    public void StartFactory()
    {
        _factory = Testing.Factory.WithWebHostBuilder(builder =>
        {
            // The levels of the shipped appsettings.json (every category, the app's own at Information), so a token
            // leaking into any log a deployment writes would be caught.
            builder.UseSetting("Logging:LogLevel:Default", "Information");
            builder.UseSetting("Logging:LogLevel:CastingAgency.Requests", "Information");
            builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
            builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(_logs));
        });
        _ = _factory.Server;
    }

    [OneTimeTearDown]
    public async Task StopFactory() => await _factory.DisposeAsync();

    private HttpClient Client(string token)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private CapturingLoggerProvider.LogRecord RequestLog(string path) =>
        _logs.Records.Last(r => r.Category == "CastingAgency.Requests" && r.Values.GetValueOrDefault("Path") == path);

    [Test]
    public async Task RequestLogShouldCarryTheCallersXRequestIdAndADashWithoutOne()
    {
        var client = Client(TestTokens.Create(TestTokens.Assistant));
        var requestId = $"board-{Guid.NewGuid():N}";
        using var request = new HttpRequestMessage(HttpMethod.Get, "/movies/424243");
        request.Headers.Add("X-Request-Id", requestId);

        var response = await client.SendAsync(request);
        await client.GetAsync("/movies/424244");

        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.GetValues("X-Request-Id"), Is.EqualTo(new[] { requestId }));
            Assert.That(RequestLog("/movies/424243").Values["RequestId"], Is.EqualTo(requestId));
            Assert.That(RequestLog("/movies/424243").Message, Does.Contain(requestId));
            Assert.That(RequestLog("/movies/424244").Values["RequestId"], Is.EqualTo("-"));
        });
    }

    [Test]
    public async Task RequestLogShouldCarryTheTraceIdOfTheErrorBodyAndTheSubject()
    {
        var subject = $"auth0|{Guid.NewGuid():N}";
        var token = TestTokens.Create(TestTokens.Assistant, subject);

        var response = await Client(token).GetAsync("/movies/424242");

        var problem = await AssertProblemAsync(response, 404, "Resource not found");
        var traceId = problem["trace_id"]!.GetValue<string>();
        var log = RequestLog("/movies/424242");
        Assert.Multiple(() =>
        {
            Assert.That(log.Level, Is.EqualTo(LogLevel.Information));
            Assert.That(log.Values["TraceId"], Is.EqualTo(traceId));
            Assert.That(log.Values["Subject"], Is.EqualTo(subject));
            Assert.That(log.Values["StatusCode"], Is.EqualTo("404"));
            Assert.That(log.Values["Method"], Is.EqualTo("GET"));
            Assert.That(log.Values, Does.ContainKey("ElapsedMs"));
            Assert.That(log.Message, Does.Contain(traceId).And.Contain(subject));
        });
        AssertNoTokenLogged(token);
    }

    [Test]
    public async Task AnonymousAndRejectedCallersShouldBeLoggedWithoutTheirToken()
    {
        var forged = TestTokens.Create(TestTokens.Producer, "test|forger", key: new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(new byte[32]));
        var expired = TestTokens.Create(TestTokens.Producer, "test|late", expires: DateTime.UtcNow.AddMinutes(-5));

        var forgedResponse = await Client(forged).PostAsync("/actors", RawJson("""{"name":"Leak Test","age":30,"gender":"male"}"""));
        var expiredResponse = await Client(expired).GetAsync("/roles");
        var queryResponse = await _factory.CreateClient().GetAsync($"/actors?access_token={forged}");

        var forgedProblem = await AssertProblemAsync(forgedResponse, 401, "Invalid token");
        await AssertProblemAsync(expiredResponse, 401, "Token expired");
        await AssertProblemAsync(queryResponse, 401, "Request does not contain authorization header");
        var log = RequestLog("/actors");
        Assert.Multiple(() =>
        {
            Assert.That(_logs.Records.Single(r => r.Category == "CastingAgency.Requests" && r.Values.GetValueOrDefault("TraceId") == forgedProblem["trace_id"]!.GetValue<string>()).Values["Subject"], Is.EqualTo("anonymous"));
            Assert.That(log.Values["Subject"], Is.EqualTo("anonymous"));
            Assert.That(log.Message, Does.Not.Contain("access_token"), "no query string in the request log");
        });
        AssertNoTokenLogged(forged);
        AssertNoTokenLogged(expired);
    }

    private void AssertNoTokenLogged(string token)
    {
        var parts = token.Split('.');
        Assert.That(_logs.Records, Is.Not.Empty);
        foreach (var record in _logs.Records)
        {
            // Neither the whole token nor its signature nor its payload (which holds the subject's claims).
            Assert.That(record.AllText, Does.Not.Contain(parts[2]).And.Not.Contain(parts[1]), $"{record.Category}: {record.Message}");
        }
    }
}
