using System.Net;
using System.Text;
using CastingAgency.Infrastructure.Queries;
using CastingAgency.Domain.Entities;
using CastingAgency.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Moq;
using Testing = CastingAgency.IntegrationTests.Testing;

namespace CastingAgency.IntegrationTests.Security;

/// <summary>Security headers, caching, CORS, body and depth limits, and a 500 that leaks nothing.</summary>
public sealed class HardeningTests : IntegrationTestBase
{
    private const string AllowedOrigin = "https://app.example";
    private CastingAgencyFactory _corsFactory = null!;

    [OneTimeSetUp]
    public void StartCorsFactory()
    {
        _corsFactory = new CastingAgencyFactory(new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = AllowedOrigin });
        _ = _corsFactory.Server;
    }

    [OneTimeTearDown]
    public async Task StopCorsFactory() => await _corsFactory.DisposeAsync();

    private static IEnumerable<TestCaseData> Responses()
    {
        yield return new TestCaseData("assistant", "/movies", 200).SetArgDisplayNames("200");
        yield return new TestCaseData("assistant", "/movies/424242", 404).SetArgDisplayNames("404");
        yield return new TestCaseData("none", "/movies", 401).SetArgDisplayNames("401");
        yield return new TestCaseData("none", "/health/live", 200).SetArgDisplayNames("health");
    }

    [TestCaseSource(nameof(Responses))]
    public async Task EveryResponseShouldCarryTheSecurityHeaders(string who, string path, int status)
    {
        var client = who == "none" ? Anonymous() : AsAssistant();

        var response = await client.GetAsync(path);

        Assert.That((int)response.StatusCode, Is.EqualTo(status));
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
            Assert.That(response.Headers.GetValues("X-Frame-Options"), Is.EqualTo(new[] { "DENY" }));
            Assert.That(response.Headers.GetValues("Referrer-Policy"), Is.EqualTo(new[] { "no-referrer" }));
            Assert.That(response.Headers.Server, Is.Empty, "no server banner");
            Assert.That(response.Headers.Contains("X-Powered-By"), Is.False);
        });
    }

    [Test]
    public void KestrelShouldNotSendAServerHeader()
    {
        // TestServer never adds one, so check the real server's setting that the app configures.
        var kestrel = Testing.Factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;

        Assert.That(kestrel.AddServerHeader, Is.False);
        Assert.That(kestrel.Limits.MaxRequestBodySize, Is.EqualTo(1024 * 1024));
    }

    [TestCase("/movies")]
    [TestCase("/movies/424242")]
    public async Task AuthenticatedResponsesShouldNotBeCached(string path)
    {
        var response = await AsAssistant().GetAsync(path);

        Assert.That(response.Headers.CacheControl?.NoStore, Is.True, response.Headers.ToString());
    }

    [Test]
    public async Task PreflightFromAnAllowedOriginShouldAllowTheApiHeaders()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/actors/1");
        request.Headers.Add("Origin", AllowedOrigin);
        request.Headers.Add("Access-Control-Request-Method", "PATCH");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,if-match");

        var response = await _corsFactory.CreateClient().SendAsync(request);

        Assert.That((int)response.StatusCode, Is.InRange(200, 299), await response.Content.ReadAsStringAsync());
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.GetValues("Access-Control-Allow-Origin"), Is.EqualTo(new[] { AllowedOrigin }));
            var allowed = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
            Assert.That(allowed, Does.Contain("authorization").And.Contain("content-type").And.Contain("if-match"));
            Assert.That(string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods")), Does.Contain("PATCH"));
        });
    }

    [Test]
    public async Task CorsPreflightShouldAllowPutForTeamMembers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/movies/1/team/auth0%7Cana");
        request.Headers.Add("Origin", AllowedOrigin);
        request.Headers.Add("Access-Control-Request-Method", "PUT");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");

        var response = await _corsFactory.CreateClient().SendAsync(request);

        Assert.That((int)response.StatusCode, Is.InRange(200, 299), await response.Content.ReadAsStringAsync());
        Assert.That(string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods")), Does.Contain("PUT"));
    }

    [Test]
    public async Task CorsResponseShouldExposeETagAndLocation()
    {
        var client = _corsFactory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TestTokens.Create(TestTokens.Producer));
        client.DefaultRequestHeaders.Add("Origin", AllowedOrigin);

        var response = await client.PostAsync("/movies", RawJson("""{"title":"Cross Origin","release_date":"2020-02-02"}"""));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        Assert.That(response.Headers.GetValues("Access-Control-Allow-Origin"), Is.EqualTo(new[] { AllowedOrigin }));
        var exposed = string.Join(",", response.Headers.GetValues("Access-Control-Expose-Headers")).ToLowerInvariant();
        Assert.That(exposed, Does.Contain("etag").And.Contain("location"));
    }

    [Test]
    public async Task DisallowedOriginShouldGetNoCorsHeaders()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/actors/1");
        preflight.Headers.Add("Origin", "https://evil.example");
        preflight.Headers.Add("Access-Control-Request-Method", "PATCH");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization");
        var client = _corsFactory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TestTokens.Create(TestTokens.Assistant));

        var preflightResponse = await client.SendAsync(preflight);
        using var get = new HttpRequestMessage(HttpMethod.Get, "/movies");
        get.Headers.Add("Origin", "https://evil.example");
        var getResponse = await client.SendAsync(get);

        Assert.Multiple(() =>
        {
            Assert.That(preflightResponse.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
            Assert.That(getResponse.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
            Assert.That(getResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK), "CORS is the browser's check; the server still answers");
        });
    }

    [Test]
    public async Task DefaultFactoryShouldAllowNoOrigin()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/movies");
        preflight.Headers.Add("Origin", AllowedOrigin);
        preflight.Headers.Add("Access-Control-Request-Method", "GET");

        var response = await Anonymous().SendAsync(preflight);

        Assert.That(response.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
    }

    private static string OversizedMovieJson() =>
        $$"""{"title":"Too Long","release_date":"2020-02-02","description":"{{new string('x', 1024 * 1024)}}"}""";

    [Test]
    public async Task BodyOverOneMebibyteWithContentLengthShouldBe413()
    {
        var content = RawJson(OversizedMovieJson());
        Assert.That(content.Headers.ContentLength, Is.GreaterThan(1024 * 1024));

        var response = await AsProducer().PostAsync("/movies", content);

        await AssertProblemAsync(response, 413, "Payload too large");
        Assert.That(await CountAsync<Movie>(), Is.Zero);
    }

    [Test]
    public async Task ChunkedBodyOverOneMebibyteShouldBe413()
    {
        using var content = new UnknownLengthContent(Encoding.UTF8.GetBytes(OversizedMovieJson()));

        var response = await AsProducer().PostAsync("/movies", content);

        await AssertProblemAsync(response, 413, "Payload too large");
        Assert.That(await CountAsync<Movie>(), Is.Zero);
    }

    [Test]
    public async Task ChunkedBodyUnderTheLimitShouldStillWork()
    {
        using var content = new UnknownLengthContent(Encoding.UTF8.GetBytes("""{"title":"Streamed","release_date":"2020-02-02"}"""));

        var response = await AsProducer().PostAsync("/movies", content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    [TestCase(20)]
    [TestCase(1000)]
    [TestCase(100_000)]
    public async Task DeeplyNestedJsonShouldBe400(int depth)
    {
        var arrays = new string('[', depth) + new string(']', depth);
        var objects = string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);

        var rootArray = await AsProducer().PostAsync("/movies", RawJson(arrays));
        var inField = await AsProducer().PostAsync("/movies", RawJson($$"""{"title":{{objects}},"release_date":"2020-02-02"}"""));
        var inPatch = await AsProducer().PatchAsync("/movies/1", RawJson($$"""{"description":{{arrays}}}"""));

        await AssertProblemAsync(rootArray, 400, "The server cannot process the request");
        await AssertProblemAsync(inField, 400, "The server cannot process the request");
        await AssertProblemAsync(inPatch, 400, "The server cannot process the request");
        Assert.That(await CountAsync<Movie>(), Is.Zero);
    }

    [Test]
    public async Task UnexpectedExceptionShouldBeA500ThatLeaksNothing()
    {
        var runner = new Mock<IQueryRunner>();
        const string secret = "SELECT password FROM secrets -- at Npgsql.Internal";
        runner.Setup(r => r.ToListAsync(It.IsAny<IQueryable<It.IsAnyType>>(), It.IsAny<CancellationToken>()))
            .Throws(new InvalidOperationException(secret));
        runner.Setup(r => r.CountAsync(It.IsAny<IQueryable<It.IsAnyType>>(), It.IsAny<CancellationToken>()))
            .Throws(new InvalidOperationException(secret));
        await using var factory = Testing.Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IQueryRunner>();
            services.AddSingleton(runner.Object);
        }));
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions());
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TestTokens.Create(TestTokens.Producer));

        // Lists without their total: the maintained count (not a runner read) would say 0 and end the request early.
        foreach (var path in new[] { "/movies?include_total=false", "/actors?gender=female", "/roles?page=2&include_total=false" })
        {
            var response = await client.GetAsync(path);

            var problem = await AssertProblemAsync(response, 500, "Internal server error");
            var body = problem.ToJsonString();
            Assert.That(body, Does.Not.Contain("SELECT").And.Not.Contain("InvalidOperation").And.Not.Contain("Npgsql")
                .And.Not.Contain("CastingAgency.").And.Not.Contain(".cs:line"), path);
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("trace_id"));
        }

        Assert.That(runner.Invocations, Is.Not.Empty, "the failing service was really used");
    }

    /// <summary>A body whose length is not known up front, so it is sent chunked (no Content-Length).</summary>
    private sealed class UnknownLengthContent : HttpContent
    {
        private readonly byte[] _bytes;

        public UnknownLengthContent(byte[] bytes)
        {
            _bytes = bytes;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var offset = 0; offset < _bytes.Length; offset += 16 * 1024)
            {
                await stream.WriteAsync(_bytes.AsMemory(offset, Math.Min(16 * 1024, _bytes.Length - offset)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
