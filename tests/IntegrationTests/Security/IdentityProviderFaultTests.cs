using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using CastingAgency.Domain.Entities;
using CastingAgency.IntegrationTests.Infrastructure;
using Microsoft.IdentityModel.Tokens;

namespace CastingAgency.IntegrationTests.Security;

/// <summary>
/// The identity provider as a failing dependency (docs/operations.md): readiness is 503 until its signing keys have been
/// fetched, a token that cannot be checked yet is a 503 with <c>Retry-After</c> (not a 401, not a 500, never a hang),
/// and once the keys are cached a provider outage changes nothing.
/// </summary>
[NonParallelizable] // bounds durations (docs/operations.md)
public sealed class IdentityProviderFaultTests : IntegrationTestBase
{
    private static readonly TimeSpan ReadinessBudget = TimeSpan.FromSeconds(5);
    private static readonly RsaSecurityKey Key = OidcAuthorityStub.NewKey("key-1");

    [Test]
    public async Task UnreachableProviderAtStartShouldMakeReadinessAndTokens503()
    {
        var authority = SilentServer.ClosedPortAddress();
        await using var factory = OidcTestBase.AuthorityFactory(authority);

        await AssertUnreadyAsync(factory);
        var clock = Stopwatch.StartNew();
        var response = await Send(factory, Token(authority), HttpMethod.Post);
        await AssertUnavailableAsync(response);
        Assert.That(clock.Elapsed, Is.LessThan(ReadinessBudget), "a refused connection is answered at once");

        // What needs no keys is answered as usual.
        await AssertProblemAsync(await factory.CreateClient().PostAsync("/movies", NewMovie()), 401, "Request does not contain authorization header");
        await AssertProblemAsync(await Send(factory, "not.a.jwt", HttpMethod.Post), 401, "Invalid token");
        Assert.That((await factory.CreateClient().GetAsync("/health/live")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await CountAsync<Movie>(), Is.Zero);
    }

    [Test]
    [Category("Slow")] // waits out the backchannel timeout
    public async Task ProviderThatHangsShouldNotHangProbesOrRequests()
    {
        await using var silent = SilentServer.Start();
        await using var factory = OidcTestBase.AuthorityFactory(silent.Address);

        await AssertUnreadyAsync(factory);

        // Concurrent requests share the one fetch in flight instead of queueing one timeout each behind the other.
        var token = Token(silent.Address);
        var clock = Stopwatch.StartNew();
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Send(factory, token, HttpMethod.Get)));
        var elapsed = clock.Elapsed;

        TestContext.Out.WriteLine($"6 concurrent requests against a hanging provider answered in {elapsed.TotalSeconds:0.0} s");
        foreach (var response in responses)
        {
            await AssertUnavailableAsync(response);
        }

        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(9)), "bounded by one backchannel timeout (5 s), not six");
        await AssertUnreadyAsync(factory);
    }

    [Test]
    public async Task ProviderThatRecoversShouldMakeTheApiReadyAndAcceptTokens()
    {
        await using var stub = await OidcAuthorityStub.StartAsync(Key);
        stub.Available = false;
        await using var factory = OidcTestBase.AuthorityFactory(stub.Authority);
        var token = stub.CreateToken(Key, TestTokens.Producer, TestTokens.Audience, "oidc|producer");

        await AssertUnreadyAsync(factory);
        await AssertUnavailableAsync(await Send(factory, token, HttpMethod.Post));

        stub.Available = true;
        var clock = Stopwatch.StartNew();
        HttpStatusCode status;
        do
        {
            await Task.Delay(200);
            status = (await factory.CreateClient().GetAsync("/health/ready")).StatusCode;
        }
        while (status != HttpStatusCode.OK && clock.Elapsed < TimeSpan.FromSeconds(60));

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), "ready again once the provider answers");
        var created = await Send(factory, token, HttpMethod.Post);
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        Assert.That(await CountAsync<Movie>(), Is.EqualTo(1));
    }

    [Test]
    public async Task ProviderOutageAfterTheKeysAreCachedShouldChangeNothing()
    {
        var stub = await OidcAuthorityStub.StartAsync(Key);
        await using var factory = OidcTestBase.AuthorityFactory(stub.Authority);
        var token = stub.CreateToken(Key, TestTokens.Producer, TestTokens.Audience, "oidc|producer");
        var unknownKid = stub.CreateToken(OidcAuthorityStub.NewKey("not-published"), TestTokens.Producer, TestTokens.Audience);
        Assert.That((await Send(factory, token, HttpMethod.Get)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await stub.DisposeAsync(); // the provider is gone

        Assert.That((await factory.CreateClient().GetAsync("/health/ready")).StatusCode, Is.EqualTo(HttpStatusCode.OK),
            "cached keys still validate tokens: a provider outage must not take every instance out of the load balancer");
        var created = await Send(factory, token, HttpMethod.Post);
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        // An unknown kid triggers a refetch that fails; with keys at hand the token itself is what is wrong: 401.
        await AssertProblemAsync(await Send(factory, unknownKid, HttpMethod.Post), 401, "Invalid token");
        Assert.That(await CountAsync<Movie>(), Is.EqualTo(1));
    }

    private static async Task AssertUnreadyAsync(CastingAgencyFactory factory)
    {
        var clock = Stopwatch.StartNew();
        var response = await factory.CreateClient().GetAsync("/health/ready");
        var elapsed = clock.Elapsed;

        // Only the status and the timing: the body's format belongs to the health endpoint, not to this check.
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), await response.Content.ReadAsStringAsync());
        Assert.That(elapsed, Is.LessThan(ReadinessBudget), "docs/operations.md: /health/ready answers within 5 s");
    }

    private static async Task AssertUnavailableAsync(HttpResponseMessage response)
    {
        await AssertProblemAsync(response, 503, "Service unavailable");
        Assert.That(response.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero), "503 carries Retry-After");
        Assert.That(response.Headers.WwwAuthenticate, Is.Empty, "not the token's fault: no challenge");
    }

    private static Task<HttpResponseMessage> Send(CastingAgencyFactory factory, string token, HttpMethod method)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return method == HttpMethod.Post ? client.PostAsync("/movies", NewMovie()) : client.GetAsync("/movies");
    }

    /// <summary>A well-formed RS256 token as the authority would issue it.</summary>
    private static string Token(string authority) => JwtCrafting.SignedWithHeader(
        JwtCrafting.Payload(TestTokens.Producer, authority, TestTokens.Audience, "oidc|producer"),
        new SigningCredentials(Key, SecurityAlgorithms.RsaSha256),
        new Dictionary<string, object>());

    private static StringContent NewMovie() => RawJson("""{"title":"Signed Elsewhere","release_date":"2020-02-02"}""");
}
