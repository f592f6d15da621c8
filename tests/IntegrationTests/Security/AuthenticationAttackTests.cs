using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using CastingAgency.Domain.Entities;
using CastingAgency.IntegrationTests.Infrastructure;
using Microsoft.IdentityModel.Tokens;

namespace CastingAgency.IntegrationTests.Security;

/// <summary>
/// Every forged, tampered, stale or misplaced credential is a 401 problem with the documented message (docs/api.md §6) and a
/// <c>WWW-Authenticate: Bearer</c> challenge — and the write it carried did not happen.
/// </summary>
public sealed class AuthenticationAttackTests : IntegrationTestBase
{
    private const string NewMovie = """{"title":"Forged Premiere","release_date":"2021-05-05"}""";
    private static readonly string[] AllPermissions = TestTokens.Producer;

    /// <summary>(name, Authorization header value or null, query string, expected message).</summary>
    private static IEnumerable<TestCaseData> Attacks()
    {
        var now = DateTime.UtcNow;
        var payload = JwtCrafting.Payload(AllPermissions, TestTokens.Issuer, TestTokens.Audience);
        using var rsa = RSA.Create(2048);
        var valid = TestTokens.Create(AllPermissions, "test|producer");
        var assistant = TestTokens.Create(TestTokens.Assistant, "test|assistant");

        TestCaseData Case(string name, string? authorization, string message, string query = "") =>
            new TestCaseData(authorization, query, message).SetArgDisplayNames(name);

        yield return Case("alg-none", $"Bearer {JwtCrafting.AlgNone(payload)}", "Invalid token");
        yield return Case("alg-none-uppercase", $"Bearer {JwtCrafting.AlgNone(payload).Replace("none", "NONE", StringComparison.Ordinal)}", "Invalid token");
        yield return Case("wrong-key", $"Bearer {TestTokens.Create(AllPermissions, key: new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)))}", "Invalid token");
        yield return Case("hs256-with-rsa-public-key", $"Bearer {JwtCrafting.Hs256(payload, rsa.ExportSubjectPublicKeyInfo())}", "Invalid token");
        yield return Case("wrong-issuer", $"Bearer {TestTokens.Create(AllPermissions, issuer: "https://evil.example/")}", "Invalid token");
        yield return Case("wrong-audience", $"Bearer {TestTokens.Create(AllPermissions, audience: "another-api")}", "Invalid token");
        yield return Case("expired", $"Bearer {TestTokens.Create(AllPermissions, expires: now.AddMinutes(-5))}", "Token expired");
        // Valid from tomorrow: the cases are built at discovery, and a run on a busy machine may last longer than minutes.
        yield return Case("not-yet-valid", $"Bearer {TestTokens.Create(AllPermissions, notBefore: now.AddDays(1), expires: now.AddDays(2))}", "Invalid token");
        yield return Case("payload-altered", $"Bearer {JwtCrafting.WithPayload(assistant, p => { p["permissions"] = new JsonArray(AllPermissions.Select(x => (JsonNode)x).ToArray()); return p; })}", "Invalid token");
        yield return Case("signature-stripped", $"Bearer {valid[..(valid.LastIndexOf('.') + 1)]}", "Invalid token");
        yield return Case("token-in-query-string", null, "Request does not contain authorization header", $"?access_token={valid}");
        yield return Case("basic-auth", "Basic dGVzdDp0ZXN0", "Authorization header must start with Bearer");
        yield return Case("token-without-scheme", valid, "Authorization header must start with Bearer");
        yield return Case("bearer-without-token", "Bearer", "Authorization header has no token");
        yield return Case("bearer-two-parts", "Bearer a b", "Authorization header must be bearer token");
        var signing = new SigningCredentials(TestTokens.SigningKey, SecurityAlgorithms.HmacSha256);
        string Critical(Dictionary<string, object> header) => $"Bearer {JwtCrafting.SignedWithHeader(payload, signing, header)}";
        yield return Case("crit-unknown-extension", Critical(new() { ["crit"] = new[] { "x-evil" }, ["x-evil"] = true }), "Invalid token");
        yield return Case("crit-b64-unencoded-payload", Critical(new() { ["crit"] = new[] { "b64" }, ["b64"] = false }), "Invalid token");
        yield return Case("crit-empty-list", Critical(new() { ["crit"] = Array.Empty<string>() }), "Invalid token");
        yield return Case("crit-not-a-list", Critical(new() { ["crit"] = "x-evil" }), "Invalid token");
        yield return Case("garbage-token", "Bearer not.a.jwt", "Invalid token");
        yield return Case("garbage-opaque", "Bearer 0123456789abcdef", "Invalid token");
        yield return Case("no-header", null, "Request does not contain authorization header");
    }

    [TestCaseSource(nameof(Attacks))]
    public async Task AttackOnAWriteShouldBe401AndDoNothing(string? authorization, string query, string message)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/movies{query}") { Content = RawJson(NewMovie) };
        if (authorization is not null)
        {
            Assert.That(request.Headers.TryAddWithoutValidation("Authorization", authorization), Is.True);
        }

        var response = await Anonymous().SendAsync(request);

        await AssertProblemAsync(response, 401, message);
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.StartWith("Bearer"));
            Assert.That(await CountAsync<Movie>(), Is.Zero, "the forged write did not happen");
        });
    }

    [TestCaseSource(nameof(Attacks))]
    public async Task AttackOnAReadShouldBe401(string? authorization, string query, string message)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/actors{query}");
        if (authorization is not null)
        {
            Assert.That(request.Headers.TryAddWithoutValidation("Authorization", authorization), Is.True);
        }

        var response = await Anonymous().SendAsync(request);

        await AssertProblemAsync(response, 401, message);
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.StartWith("Bearer"));
    }

    [Test]
    public async Task ExpiredTokenChallengeShouldSayInvalidToken()
    {
        var response = await WithToken(TestTokens.Create(AllPermissions, expires: DateTime.UtcNow.AddMinutes(-5))).GetAsync("/movies");

        await AssertProblemAsync(response, 401, "Token expired");
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.StartWith("Bearer").And.Contain("invalid_token"));
    }

    [Test]
    public async Task AValidTokenShouldStillWork()
    {
        var response = await AsProducer().PostAsync("/movies", RawJson(NewMovie));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        Assert.That(await CountAsync<Movie>(), Is.EqualTo(1));
    }

    [Test]
    public async Task ATokenWithAnUnknownNonCriticalHeaderParameterShouldStillWork()
    {
        // RFC 7515 §4: header parameters a recipient does not understand are ignored unless listed in crit.
        var payload = JwtCrafting.Payload(AllPermissions, TestTokens.Issuer, TestTokens.Audience, "test|producer");
        var token = JwtCrafting.SignedWithHeader(
            payload, new SigningCredentials(TestTokens.SigningKey, SecurityAlgorithms.HmacSha256), new Dictionary<string, object> { ["x-note"] = "hello" });

        var response = await WithToken(token).PostAsync("/movies", RawJson(NewMovie));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        Assert.That(await CountAsync<Movie>(), Is.EqualTo(1));
    }

    [TestCase("scope")]
    [TestCase("scp")]
    public async Task PermissionsFromASpaceSeparatedScopeClaimShouldWork(string claim)
    {
        var token = TestTokens.Create([], "test|scoped", extraClaims: new Dictionary<string, object> { [claim] = "openid get:movies post:movies" });

        var created = await WithToken(token).PostAsync("/movies", RawJson(NewMovie));
        var list = await WithToken(token).GetAsync("/movies");
        var forbidden = await WithToken(token).PostAsync("/actors", RawJson("""{"name":"Ines Duarte","age":41,"gender":"female"}"""));

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await AssertProblemAsync(forbidden, 403, "Permission not found in JWT");
        Assert.That(await CountAsync<Actor>(), Is.Zero);
    }

    [Test]
    public async Task ScopeClaimShouldMatchWholePermissionsOnly()
    {
        // "post:movies" must not be granted by "post:movies2" or a substring trick.
        var token = TestTokens.Create([], "test|scoped", extraClaims: new Dictionary<string, object> { ["scope"] = "post:movies2 xpost:movies post:movie" });

        var response = await WithToken(token).PostAsync("/movies", RawJson(NewMovie));

        await AssertProblemAsync(response, 403, "Permission not found in JWT");
        Assert.That(await CountAsync<Movie>(), Is.Zero);
    }

    [Test]
    public async Task ATokenWithoutThePermissionShouldBe403AndDoNothing()
    {
        var response = await WithToken(TestTokens.Create(TestTokens.Director, "test|director")).PostAsync("/movies", RawJson(NewMovie));

        await AssertProblemAsync(response, 403, "Permission not found in JWT");
        Assert.That(await CountAsync<Movie>(), Is.Zero);
    }

    [Test]
    public async Task AValidTokenInTheQueryStringAlongsideNoHeaderShouldNotAuthenticateEvenForReads()
    {
        var token = TestTokens.Create(AllPermissions);
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = null;

        var response = await client.GetAsync($"/movies?access_token={Uri.EscapeDataString(token)}");

        await AssertProblemAsync(response, 401, "Request does not contain authorization header");
        Assert.That(response.Headers.WwwAuthenticate, Is.Not.Empty);
        Assert.That(response.Headers.WwwAuthenticate.First().Scheme, Is.EqualTo("Bearer"));
    }
}
