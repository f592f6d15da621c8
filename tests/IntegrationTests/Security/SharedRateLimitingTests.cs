using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using CastingAgency.IntegrationTests.Infrastructure;
using CastingAgency.WebApi.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace CastingAgency.IntegrationTests.Security;

/// <summary>Starts in-process API hosts with rate limiting on, optionally on a Redis, with their logs captured.</summary>
internal sealed class RateLimitedHost : IAsyncDisposable
{
    private readonly CastingAgencyFactory _factory;

    public RateLimitedHost(int permits, int windowSeconds, string? redis, string keyPrefix)
    {
        var settings = new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:PermitsPerMinute"] = permits.ToString(CultureInfo.InvariantCulture),
            ["RateLimiting:WindowSeconds"] = windowSeconds.ToString(CultureInfo.InvariantCulture),
            ["RateLimiting:RedisKeyPrefix"] = keyPrefix,
            ["Logging:LogLevel:" + RateLimitingSetup.LogCategory] = "Information",
        };
        if (redis is not null)
        {
            settings["ConnectionStrings:Redis"] = redis;
        }

        _factory = new CastingAgencyFactory(settings);
        Factory = _factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(Logs)));
        _ = Factory.Server;
    }

    public CapturingLoggerProvider Logs { get; } = new();

    public WebApplicationFactory<Program> Factory { get; }

    public IEnumerable<CapturingLoggerProvider.LogRecord> RateLimitLogs =>
        Logs.Records.Where(r => r.Category == RateLimitingSetup.LogCategory);

    public HttpClient As(string subject)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(TestTokens.Assistant, subject));
        return client;
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync(); // disposes the derived factory too
}

/// <summary>
/// docs/api.md §8: one budget per caller across instances. Two in-process hosts share one real Redis
/// (<c>TEST_REDIS_CONNECTION</c>, e.g. <c>127.0.0.1:6390</c> from <c>scripts/start-redis.sh</c>; <c>.ci/run</c> sets it).
/// </summary>
[NonParallelizable] // windows of seconds, one shared Redis
public sealed class SharedRateLimitingTests : IntegrationTestBase
{
    private const int Permits = 5;
    private const int WindowSeconds = 10;
    private const int ShortPermits = 3;
    private const int ShortWindowSeconds = 2;

    private RateLimitedHost _a = null!;
    private RateLimitedHost _b = null!;
    private RateLimitedHost _shortA = null!;
    private RateLimitedHost _shortB = null!;
    private string _redis = null!;

    [OneTimeSetUp]
    public void StartHosts()
    {
        var redis = Environment.GetEnvironmentVariable("TEST_REDIS_CONNECTION");
        if (string.IsNullOrWhiteSpace(redis))
        {
            Assert.Ignore("TEST_REDIS_CONNECTION is not set: the shared rate-limit tests need a real Redis "
                + "(bash scripts/start-redis.sh prints one, e.g. TEST_REDIS_CONNECTION=127.0.0.1:6390; .ci/run sets it)");
        }

        _redis = redis;
        // One key prefix per run, so runs (and anonymous callers, all "ip:" here) never share a window.
        var prefix = $"test-{Guid.NewGuid():N}";
        _a = new RateLimitedHost(Permits, WindowSeconds, redis, prefix);
        _b = new RateLimitedHost(Permits, WindowSeconds, redis, prefix);
        _shortA = new RateLimitedHost(ShortPermits, ShortWindowSeconds, redis, prefix + "-short");
        _shortB = new RateLimitedHost(ShortPermits, ShortWindowSeconds, redis, prefix + "-short");
        Assert.That(_a.Factory.Services.GetRequiredService<IConnectionMultiplexer>().IsConnected, Is.True, $"Redis at {redis} answers");
    }

    [OneTimeTearDown]
    public async Task StopHosts()
    {
        // Null when the fixture was ignored (no Redis).
        if (_a is not null)
        {
            await _a.DisposeAsync();
        }

        if (_b is not null)
        {
            await _b.DisposeAsync();
        }

        if (_shortA is not null)
        {
            await _shortA.DisposeAsync();
        }

        if (_shortB is not null)
        {
            await _shortB.DisposeAsync();
        }
    }

    private static string NewSubject() => $"test|shared-{Guid.NewGuid():N}";

    private static int RetryAfterSeconds(HttpResponseMessage response)
    {
        Assert.That(response.Headers.RetryAfter?.Delta, Is.Not.Null, "Retry-After in seconds");
        return (int)response.Headers.RetryAfter!.Delta!.Value.TotalSeconds;
    }

    private static async Task AssertRefusedAsync(IEnumerable<HttpResponseMessage> refused, int windowSeconds)
    {
        foreach (var response in refused)
        {
            await AssertProblemAsync(response, 429, "Too many requests");
            Assert.That(RetryAfterSeconds(response), Is.InRange(1, windowSeconds));
        }
    }

    [Test]
    public async Task AlternatingBetweenTwoHostsShouldLetExactlyTheLimitThrough()
    {
        var subject = NewSubject();
        HttpClient[] clients = [_a.As(subject), _b.As(subject)];
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < Permits * 2 + 2; i++)
        {
            responses.Add(await clients[i % 2].GetAsync("/movies"));
        }

        Assert.That(responses.Select(r => r.StatusCode), Is.EqualTo(
            Enumerable.Repeat(HttpStatusCode.OK, Permits).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, Permits + 2))),
            "one budget across both hosts, not one each");
        await AssertRefusedAsync(responses.Skip(Permits), WindowSeconds);
    }

    [Test]
    public async Task ParallelRequestsOnTwoHostsShouldLetExactlyTheLimitThrough()
    {
        var subject = NewSubject();
        HttpClient[] clients = [_a.As(subject), _b.As(subject)];

        var responses = await Task.WhenAll(Enumerable.Range(0, Permits * 4).Select(i => clients[i % 2].GetAsync("/movies")));

        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(Permits));
        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests), Is.EqualTo(Permits * 3));
        await AssertRefusedAsync(responses.Where(r => r.StatusCode != HttpStatusCode.OK), WindowSeconds);
    }

    [Test]
    public async Task AnonymousCallersShouldShareOneBudgetByAddressAcrossHosts()
    {
        HttpClient[] clients = [_a.Factory.CreateClient(), _b.Factory.CreateClient()];
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < Permits + 2; i++)
        {
            responses.Add(await clients[i % 2].GetAsync("/movies"));
        }

        Assert.That(responses.Take(Permits).Select(r => r.StatusCode), Has.All.EqualTo(HttpStatusCode.Unauthorized));
        await AssertRefusedAsync(responses.Skip(Permits), WindowSeconds);
    }

    [Test]
    public async Task RetryAfterShouldCountDownToTheSharedWindowsReset()
    {
        var subject = NewSubject();
        var a = _a.As(subject);
        var b = _b.As(subject);
        for (var i = 0; i < Permits; i++)
        {
            Assert.That((await a.GetAsync("/movies")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var first = RetryAfterSeconds(await b.GetAsync("/movies"));
        await Task.Delay(TimeSpan.FromSeconds(3));
        var later = await a.GetAsync("/movies");

        await AssertProblemAsync(later, 429, "Too many requests");
        Assert.That(first, Is.InRange(1, WindowSeconds));
        Assert.That(RetryAfterSeconds(later), Is.InRange(1, WindowSeconds - 2).And.LessThanOrEqualTo(first - 2), $"first {first} s");
    }

    [Test]
    public async Task WaitingRetryAfterShouldBeEnoughOnEitherHost()
    {
        var subject = NewSubject();
        var a = _shortA.As(subject);
        var b = _shortB.As(subject);
        for (var i = 0; i < ShortPermits; i++)
        {
            Assert.That((await (i % 2 == 0 ? a : b).GetAsync("/movies")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var refused = await a.GetAsync("/movies");
        await AssertProblemAsync(refused, 429, "Too many requests");
        var wait = RetryAfterSeconds(refused);
        Assert.That(wait, Is.InRange(1, ShortWindowSeconds));

        await Task.Delay(TimeSpan.FromSeconds(wait) + TimeSpan.FromMilliseconds(50));
        var again = await b.GetAsync("/movies");

        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the shared window has reset when Retry-After said: " + await again.Content.ReadAsStringAsync());
    }

    [Test]
    public void StartUpLogShouldSayLimitsAreSharedViaRedis()
    {
        var line = _a.RateLimitLogs.Single(r => r.Message.StartsWith("Rate limits are", StringComparison.Ordinal));

        Assert.That(line.Level, Is.EqualTo(LogLevel.Information));
        Assert.That(line.Message, Does.Contain("shared across instances via Redis at " + _redis));
        Assert.That(_a.RateLimitLogs.Where(r => r.Level >= LogLevel.Warning), Is.Empty, "Redis answered: no outage");
    }
}

/// <summary>Without Redis, and with a Redis that does not answer: per-instance limits, said in the log, never a 500.</summary>
[NonParallelizable] // bounds durations
public sealed class PerInstanceRateLimitingTests : IntegrationTestBase
{
    private const int Permits = 3;
    private const int WindowSeconds = 10;
    private const string Password = "never-logged-Zq81";

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [Test]
    public async Task StartUpLogShouldSayLimitsArePerInstanceWithoutRedis()
    {
        await using var host = new RateLimitedHost(Permits, WindowSeconds, redis: null, keyPrefix: "unused");

        var line = host.RateLimitLogs.Single(r => r.Message.StartsWith("Rate limits are", StringComparison.Ordinal));
        Assert.That(line.Level, Is.EqualTo(LogLevel.Warning), "outside Development a per-instance limit is worth a warning");
        Assert.That(line.Message, Does.Contain("per instance").And.Contain("ConnectionStrings:Redis is not set"));
    }

    [Test]
    public async Task UnreachableRedisShouldFailOpenToPerInstanceLimitsAndWarnOnce()
    {
        var port = ClosedPort();
        var started = System.Diagnostics.Stopwatch.StartNew();
        await using var host = new RateLimitedHost(Permits, WindowSeconds, $"127.0.0.1:{port},password={Password}", $"test-{Guid.NewGuid():N}");
        Assert.That(started.Elapsed, Is.LessThan(TimeSpan.FromSeconds(15)), "start-up neither crashes nor hangs on a Redis that is down (it waits connectTimeout, 2 s, once)");

        var client = host.As($"test|down-{Guid.NewGuid():N}");
        var responses = new List<HttpResponseMessage>();
        var slowest = TimeSpan.Zero;
        for (var i = 0; i < Permits + 3; i++)
        {
            var timer = System.Diagnostics.Stopwatch.StartNew();
            responses.Add(await client.GetAsync("/movies"));
            slowest = timer.Elapsed > slowest ? timer.Elapsed : slowest;
        }

        Assert.That(responses.Take(Permits).Select(r => r.StatusCode), Has.All.EqualTo(HttpStatusCode.OK), "fail open: the caller is served");
        foreach (var refused in responses.Skip(Permits))
        {
            await AssertProblemAsync(refused, 429, "Too many requests");
            Assert.That(refused.Headers.RetryAfter?.Delta?.TotalSeconds, Is.InRange(1, WindowSeconds));
        }

        Assert.That(slowest, Is.LessThan(TimeSpan.FromSeconds(3)), "a Redis that is down costs a request no timeout");
        var warnings = host.RateLimitLogs.Where(r => r.Level == LogLevel.Warning).Select(r => r.Message).ToList();
        Assert.That(warnings, Has.Exactly(1).Contains("does not answer yet"), "said at start");
        Assert.That(warnings, Has.Exactly(1).Contains("Redis does not answer for rate limiting"), "once per interval, not once per request");
        Assert.That(host.Logs.Records.Select(r => r.AllText), Has.None.Contains(Password), "the Redis password is never logged");
    }
}
