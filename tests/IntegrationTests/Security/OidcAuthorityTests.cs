using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using CastingAgency.Domain.Entities;
using CastingAgency.IntegrationTests.Infrastructure;
using Microsoft.IdentityModel.Tokens;

namespace CastingAgency.IntegrationTests.Security;

/// <summary>The API configured with an identity provider (<c>Authority</c>): RS256 keys from real OIDC metadata.</summary>
public abstract class OidcTestBase : IntegrationTestBase
{
    protected const string Audience = TestTokens.Audience;
    private CastingAgencyFactory? _factory;

    protected OidcAuthorityStub Stub { get; private set; } = null!;

    protected RsaSecurityKey Key { get; } = OidcAuthorityStub.NewKey("key-1");

    /// <summary>The <c>RefreshInterval</c> setting, or null for the production default.</summary>
    protected virtual string? RefreshInterval => "00:00:01";

    protected CastingAgencyFactory Factory => _factory!;

    [OneTimeSetUp]
    public async Task StartAuthorityAsync()
    {
        // The stub starts before the API's factory, never concurrently with it (both build hosts).
        Stub = await OidcAuthorityStub.StartAsync(Key);
        _factory = AuthorityFactory(Stub.Authority, RefreshInterval);
        _ = _factory.Server;
    }

    /// <summary>The API with an identity provider at <paramref name="authority"/> instead of the suite's HS256 key.</summary>
    /// <param name="authority">The authority URL.</param>
    /// <param name="refreshInterval">
    /// "00:00:01" is the minimum the configuration manager allows (an unknown kid can trigger a JWKS refresh once a
    /// second); null keeps the production default.
    /// </param>
    public static CastingAgencyFactory AuthorityFactory(string authority, string? refreshInterval = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Authentication:Schemes:Bearer:Authority"] = authority,
            // Plain HTTP is only for the loopback stub; production keeps the HTTPS requirement.
            ["Authentication:Schemes:Bearer:RequireHttpsMetadata"] = "false",
            ["Authentication:Schemes:Bearer:ValidIssuer"] = null,
            ["Authentication:Schemes:Bearer:SigningKeys:0:Issuer"] = null,
            ["Authentication:Schemes:Bearer:SigningKeys:0:Value"] = null,
        };
        if (refreshInterval is not null)
        {
            settings["Authentication:Schemes:Bearer:RefreshInterval"] = refreshInterval;
        }

        return new CastingAgencyFactory(settings);
    }

    [OneTimeTearDown]
    public async Task StopAuthorityAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await Stub.DisposeAsync();
    }

    protected HttpClient Client(string token)
    {
        var client = _factory!.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected HttpClient Raw(string authorization)
    {
        var client = _factory!.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
        return client;
    }

    protected static StringContent NewMovie() => RawJson("""{"title":"Signed Elsewhere","release_date":"2020-02-02"}""");
}

public sealed class OidcAuthorityTests : OidcTestBase
{
    [Test]
    public async Task TokenSignedByTheAuthorityKeyShouldBeAccepted()
    {
        var token = Stub.CreateToken(Key, TestTokens.Producer, Audience, "oidc|producer");

        var created = await Client(token).PostAsync("/movies", NewMovie());
        var read = await Client(token).GetAsync("/movies");

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await CountAsync<Movie>(), Is.EqualTo(1));
        Assert.That(Stub.JwksRequests, Is.GreaterThanOrEqualTo(1), "the keys came from the authority's JWKS");
    }

    [Test]
    public async Task TokenWithoutThePermissionShouldBe403()
    {
        var token = Stub.CreateToken(Key, TestTokens.Assistant, Audience, "oidc|assistant");

        var response = await Client(token).PostAsync("/movies", NewMovie());

        await AssertProblemAsync(response, 403, "Permission not found in JWT");
        Assert.That(await CountAsync<Movie>(), Is.Zero);
    }

    [Test]
    public async Task TokenSignedByAnUnknownKeyShouldBe401()
    {
        var stranger = OidcAuthorityStub.NewKey("key-1"); // same kid, different key: a forged signature
        var unknownKid = OidcAuthorityStub.NewKey("not-published");

        foreach (var key in new[] { stranger, unknownKid })
        {
            var response = await Client(Stub.CreateToken(key, TestTokens.Producer, Audience)).PostAsync("/movies", NewMovie());
            await AssertProblemAsync(response, 401, "Invalid token");
            Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.StartWith("Bearer"));
        }

        Assert.That(await CountAsync<Movie>(), Is.Zero);
    }

    [Test]
    public async Task Hs256TokenSignedWithTheAuthorityPublicKeyShouldBe401()
    {
        // Algorithm confusion: the public key is public, so an HMAC "signed" with it proves nothing.
        var payload = JwtCrafting.Payload(TestTokens.Producer, Stub.Authority, Audience);
        foreach (var (name, bytes) in JwtCrafting.PublicKeyEncodings(Key.Rsa))
        {
            foreach (var kid in new[] { Key.KeyId, null })
            {
                var response = await Raw($"Bearer {JwtCrafting.Hs256(payload, bytes, kid)}").PostAsync("/movies", NewMovie());
                await AssertProblemAsync(response, 401, "Invalid token");
                Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.StartWith("Bearer"), name);
            }
        }

        Assert.That(await CountAsync<Movie>(), Is.Zero);
    }

    [Test]
    public async Task UnsignedTokenShouldBe401()
    {
        var payload = JwtCrafting.Payload(TestTokens.Producer, Stub.Authority, Audience);

        var response = await Raw($"Bearer {JwtCrafting.AlgNone(payload)}").PostAsync("/movies", NewMovie());

        await AssertProblemAsync(response, 401, "Invalid token");
        Assert.That(await CountAsync<Movie>(), Is.Zero);
    }

    [TestCase("https://evil.example/", Audience)]
    [TestCase(null, "another-api")]
    public async Task AuthorityTokenForAnotherIssuerOrAudienceShouldBe401(string? issuer, string audience)
    {
        var token = Stub.CreateToken(Key, TestTokens.Producer, audience, issuer: issuer);

        var response = await Client(token).PostAsync("/movies", NewMovie());

        await AssertProblemAsync(response, 401, "Invalid token");
        Assert.That(await CountAsync<Movie>(), Is.Zero);
    }

    [Test]
    public async Task TokenWithAnUnknownCriticalHeaderParameterShouldBe401()
    {
        var payload = JwtCrafting.Payload(TestTokens.Producer, Stub.Authority, Audience);
        var credentials = new SigningCredentials(Key, SecurityAlgorithms.RsaSha256);

        var critical = JwtCrafting.SignedWithHeader(payload, credentials, new Dictionary<string, object>
        {
            ["crit"] = new[] { "x-evil" },
            ["x-evil"] = true,
        });
        var response = await Raw($"Bearer {critical}").PostAsync("/movies", NewMovie());

        await AssertProblemAsync(response, 401, "Invalid token");
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.StartWith("Bearer"));
        Assert.That(await CountAsync<Movie>(), Is.Zero);

        // The same token without crit, but with the same unknown (non-critical) parameter, is fine: RFC 7515 says to ignore those.
        var plain = JwtCrafting.SignedWithHeader(payload, credentials, new Dictionary<string, object> { ["x-evil"] = true });
        var accepted = await Raw($"Bearer {plain}").PostAsync("/movies", NewMovie());
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.Created), await accepted.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task ReadinessShouldBe200OnceTheSigningKeysAreFetched()
    {
        var response = await Factory.CreateClient().GetAsync("/health/ready");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task SuiteHs256TokenShouldNotBeAcceptedWhenAnAuthorityIsConfigured()
    {
        var response = await Client(TestTokens.Create(TestTokens.Producer)).PostAsync("/movies", NewMovie());

        await AssertProblemAsync(response, 401, "Invalid token");
        Assert.That(await CountAsync<Movie>(), Is.Zero);
    }
}

/// <summary>Key rotation: once the authority publishes a new key, tokens signed with it are accepted.</summary>
public sealed class OidcKeyRotationTests : OidcTestBase
{
    [Test]
    public async Task TokenSignedWithARotatedInKeyShouldBeAcceptedAfterTheJwksChanges()
    {
        var before = await Client(Stub.CreateToken(Key, TestTokens.Assistant, Audience)).GetAsync("/movies");
        Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK), await before.Content.ReadAsStringAsync());
        var fetchesBefore = Stub.JwksRequests;

        var next = OidcAuthorityStub.NewKey("key-2");
        Stub.Publish(next);
        var token = Stub.CreateToken(next, TestTokens.Producer, Audience, "oidc|rotated");

        // The API refreshes its metadata when it sees an unknown kid (RefreshOnIssuerKeyNotFound), at most once per
        // RefreshInterval; poll with a generous bound rather than assert on timing.
        HttpResponseMessage response = null!;
        var attempts = 0;
        for (var polling = Stopwatch.StartNew(); polling.Elapsed < TimeSpan.FromSeconds(60); attempts++)
        {
            response = await Client(token).PostAsync("/movies", NewMovie());
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                break;
            }

            await AssertProblemAsync(response, 401, "Invalid token");
            await Task.Delay(250);
        }

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), $"after {attempts + 1} attempts: {await response.Content.ReadAsStringAsync()}");
        Assert.That(Stub.JwksRequests, Is.GreaterThan(fetchesBefore), "the JWKS was fetched again");
        Assert.That(await CountAsync<Movie>(), Is.EqualTo(1));
        TestContext.Out.WriteLine($"rotated key accepted on attempt {attempts + 1}");

        // The old key still validates for a while: IdentityModel keeps the last known good configuration
        // (BaseConfigurationManager.LastKnownGoodLifetime, 1 h) so a rotation never locks out tokens in flight.
        var retired = await Client(Stub.CreateToken(Key, TestTokens.Assistant, Audience)).GetAsync("/movies");
        TestContext.Out.WriteLine($"token signed with the retired key right after rotation: {(int)retired.StatusCode}");
    }
}

/// <summary>
/// Key rotation with the production defaults (no RefreshInterval override): docs/operations.md says a token signed with
/// a newly published key is accepted within 60 s of the provider publishing it. Slow (up to a minute).
/// </summary>
[Category("Slow")]
public sealed class OidcKeyRotationWithProductionDefaultsTests : OidcTestBase
{
    protected override string? RefreshInterval => null;

    [Test]
    public async Task RotatedKeyShouldBeAcceptedWithin60SecondsEvenRightAfterARefetch()
    {
        var before = await Client(Stub.CreateToken(Key, TestTokens.Assistant, Audience)).GetAsync("/movies");
        Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK), await before.Content.ReadAsStringAsync());

        // The worst case: a token with an unknown kid has just spent the refetch that the rate limit allows, so
        // the next one may only happen RefreshInterval later. Wait until that refetch has read the JWKS, then rotate.
        var fetches = Stub.JwksRequests;
        var unknown = await Client(Stub.CreateToken(OidcAuthorityStub.NewKey("not-published"), TestTokens.Producer, Audience)).GetAsync("/movies");
        await AssertProblemAsync(unknown, 401, "Invalid token");
        var waited = Stopwatch.StartNew();
        while (Stub.JwksRequests == fetches && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(50);
        }

        Assert.That(Stub.JwksRequests, Is.GreaterThan(fetches), "an unknown kid made the API refetch the JWKS");

        var next = OidcAuthorityStub.NewKey("key-2");
        Stub.Publish(Key, next);
        var published = Stopwatch.StartNew();
        var token = Stub.CreateToken(next, TestTokens.Producer, Audience, "oidc|rotated");

        // Poll as a client would retry; pass as soon as it is accepted (not a fixed sleep).
        HttpResponseMessage response;
        var attempts = 0;
        while (true)
        {
            attempts++;
            response = await Client(token).PostAsync("/movies", NewMovie());
            if (response.StatusCode != HttpStatusCode.Unauthorized || published.Elapsed > TimeSpan.FromSeconds(70))
            {
                break;
            }

            await AssertProblemAsync(response, 401, "Invalid token");
            await Task.Delay(500);
        }

        var elapsed = published.Elapsed;
        TestContext.Out.WriteLine($"rotated key accepted {elapsed.TotalSeconds:0.0} s after it was published, on attempt {attempts}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(60)), "docs/operations.md: within 60 s of the provider publishing it");
        Assert.That(await CountAsync<Movie>(), Is.EqualTo(1));
    }
}
