using System.Diagnostics;
using System.Net;
using CastingAgency.IntegrationTests.Infrastructure;
using CastingAgency.IntegrationTests.Security;
using Microsoft.Extensions.Logging;

namespace CastingAgency.IntegrationTests.Faults;

/// <summary>
/// A Redis that stops answering (frozen process, black-holed network) delays a request by at most the documented bound
/// (docs/operations.md: asyncTimeout, 1 s) before the instance falls back to its own limits. The real Redis
/// (<c>TEST_REDIS_CONNECTION</c>) sits behind a <see cref="FaultProxy"/>.
/// </summary>
[Category("Slow")]
[NonParallelizable]
public sealed class RedisFaultTests : IntegrationTestBase
{
    private static readonly TimeSpan DocumentedBound = TimeSpan.FromSeconds(1);

    // What a request may cost beyond the bound on a busy machine (the request itself, the fallback's window).
    private static readonly TimeSpan Slack = TimeSpan.FromMilliseconds(600);

    [Test]
    public async Task AFrozenRedisShouldDelayARequestByAtMostTheDocumentedBound()
    {
        var redis = Environment.GetEnvironmentVariable("TEST_REDIS_CONNECTION");
        if (string.IsNullOrWhiteSpace(redis))
        {
            Assert.Ignore("needs TEST_REDIS_CONNECTION (scripts/start-redis.sh; .ci/run sets it).");
        }

        var endpoint = redis.Split(',')[0];
        var separator = endpoint.LastIndexOf(':');
        await using var proxy = FaultProxy.Start(endpoint[..separator], int.Parse(endpoint[(separator + 1)..], System.Globalization.CultureInfo.InvariantCulture));
        await using var host = new RateLimitedHost(1000, 60, $"127.0.0.1:{proxy.Port}", $"test-{Guid.NewGuid():N}");
        var client = host.As($"test|frozen-redis-{Guid.NewGuid():N}");
        Assert.That((await client.GetAsync(new Uri("/movies", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.OK), "warm: Redis answers");
        var baseline = await TimeAsync(client);

        proxy.Set(ProxyMode.Freeze);
        var frozen = new List<TimeSpan>();
        for (var i = 0; i < 3; i++)
        {
            frozen.Add(await TimeAsync(client));
        }

        proxy.Set(ProxyMode.Pass);
        TestContext.Out.WriteLine($"baseline {baseline.TotalMilliseconds:0} ms; frozen Redis: {string.Join(", ", frozen.Select(f => $"{f.TotalMilliseconds:0} ms"))}");
        Assert.That(frozen.Max(), Is.LessThan(DocumentedBound + baseline + Slack), "at most the documented bound added");
        Assert.That(
            host.RateLimitLogs.Where(r => r.Level == LogLevel.Warning && r.Message.Contains("Redis does not answer for rate limiting", StringComparison.Ordinal)),
            Has.Exactly(1).Items,
            "the outage is said once");
    }

    private static async Task<TimeSpan> TimeAsync(HttpClient client)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(new Uri("/movies", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "served (fail open)");
        return clock.Elapsed;
    }
}
