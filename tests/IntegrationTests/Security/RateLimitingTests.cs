using System.Net;
using System.Net.Http.Headers;
using CastingAgency.IntegrationTests.Infrastructure;

namespace CastingAgency.IntegrationTests.Security;

/// <summary>docs/api.md §8: per-subject fixed windows, 429 problem with Retry-After, health exempt, recovery after the window.</summary>
[NonParallelizable] // a burst must fit in a two-second window
public sealed class RateLimitingTests : IntegrationTestBase
{
    private const int Permits = 3;
    private CastingAgencyFactory _factory = null!;

    [OneTimeSetUp]
    public void StartFactory()
    {
        _factory = new CastingAgencyFactory(new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:PermitsPerMinute"] = Permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimiting:WindowSeconds"] = "2",
        });
        _ = _factory.Server;
    }

    [OneTimeTearDown]
    public async Task StopFactory() => await _factory.DisposeAsync();

    private HttpClient AsSubject(string subject)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(TestTokens.Assistant, subject));
        return client;
    }

    private static string NewSubject() => $"test|rate-{Guid.NewGuid():N}";

    private static async Task<HttpResponseMessage[]> BurstAsync(HttpClient client, int count, string path = "/movies")
    {
        var responses = new HttpResponseMessage[count];
        for (var i = 0; i < count; i++)
        {
            responses[i] = await client.GetAsync(path);
        }

        return responses;
    }

    [Test]
    public async Task RequestPastTheLimitShouldBe429WithRetryAfter()
    {
        var responses = await BurstAsync(AsSubject(NewSubject()), Permits + 1);

        Assert.That(responses.Take(Permits).Select(r => r.StatusCode), Has.All.EqualTo(HttpStatusCode.OK));
        var limited = responses[Permits];
        await AssertProblemAsync(limited, 429, "Too many requests");
        Assert.That(limited.Headers.RetryAfter?.Delta, Is.Not.Null, "Retry-After in seconds");
        Assert.That(limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds, Is.InRange(1, 2));
    }

    [Test]
    public async Task AnotherSubjectShouldBeUnaffected()
    {
        var first = await BurstAsync(AsSubject(NewSubject()), Permits + 1);
        await AssertProblemAsync(first[^1], 429, "Too many requests");

        var other = await BurstAsync(AsSubject(NewSubject()), Permits);

        Assert.That(other.Select(r => r.StatusCode), Has.All.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task HealthShouldBeExempt()
    {
        var client = AsSubject(NewSubject());
        var health = await BurstAsync(client, Permits * 4, "/health/live");
        var anonymousHealth = await BurstAsync(_factory.CreateClient(), Permits * 4, "/health/live");

        Assert.That(health.Concat(anonymousHealth).Select(r => r.StatusCode), Has.All.EqualTo(HttpStatusCode.OK));
        var api = await BurstAsync(client, Permits);
        Assert.That(api.Select(r => r.StatusCode), Has.All.EqualTo(HttpStatusCode.OK), "health requests used none of the caller's permits");
    }

    [Test]
    public async Task CallerShouldRecoverAfterTheWindow()
    {
        var client = AsSubject(NewSubject());
        var burst = await BurstAsync(client, Permits + 1);
        await AssertProblemAsync(burst[^1], 429, "Too many requests");

        // Bounded poll (the window is 2 s): no assertion on timing, only that the caller gets through again.
        HttpResponseMessage response = burst[^1];
        for (var attempt = 0; attempt < 40 && response.StatusCode == HttpStatusCode.TooManyRequests; attempt++)
        {
            await Task.Delay(250);
            response = await client.GetAsync("/movies");
        }

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task AnonymousCallersShouldBeLimitedByAddressToo()
    {
        var responses = await BurstAsync(_factory.CreateClient(), Permits + 1);

        Assert.That(responses.Take(Permits).Select(r => r.StatusCode), Has.All.EqualTo(HttpStatusCode.Unauthorized));
        await AssertProblemAsync(responses[Permits], 429, "Too many requests");
    }
}
