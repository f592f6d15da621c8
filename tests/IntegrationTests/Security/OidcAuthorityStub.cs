using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CastingAgency.IntegrationTests.Security;

/// <summary>
/// A minimal OpenID Connect authority on loopback (Kestrel, random port): discovery document and a JWKS of RSA
/// keys that a test can rotate. The API under test fetches both over real HTTP, exactly as from Auth0 or Entra ID.
/// </summary>
public sealed class OidcAuthorityStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private volatile RsaSecurityKey[] _published;
    private volatile bool _available = true;
    private int _jwksRequests;

    private OidcAuthorityStub(WebApplication app, RsaSecurityKey[] published, string authority)
    {
        _app = app;
        _published = published;
        Authority = authority;
    }

    /// <summary>The authority URL, also the tokens' issuer (with a trailing slash, as Auth0 issues it).</summary>
    public string Authority { get; }

    /// <summary>How many times the JWKS has been fetched.</summary>
    public int JwksRequests => Volatile.Read(ref _jwksRequests);

    /// <summary>False: the discovery document and the JWKS answer 500 (a provider outage); true again: it recovers.</summary>
    public bool Available
    {
        get => _available;
        set => _available = value;
    }

    public static RsaSecurityKey NewKey(string kid) => new(RSA.Create(2048)) { KeyId = kid };

    public static async Task<OidcAuthorityStub> StartAsync(params RsaSecurityKey[] keys)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        OidcAuthorityStub? stub = null;
        app.MapGet("/.well-known/openid-configuration", () => stub!.Available
            ? Results.Text(stub.Discovery().ToJsonString(), "application/json")
            : Results.StatusCode(StatusCodes.Status500InternalServerError));
        app.MapGet("/.well-known/jwks.json", () =>
        {
            var result = stub!.Available
                ? Results.Text(stub.Jwks().ToJsonString(), "application/json")
                : Results.StatusCode(StatusCodes.Status500InternalServerError);
            Interlocked.Increment(ref stub._jwksRequests); // counted once the keys it serves are read: a later Publish cannot change them
            return result;
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        stub = new OidcAuthorityStub(app, keys, address.TrimEnd('/') + "/");
        return stub;
    }

    /// <summary>Replaces the published keys (key rotation).</summary>
    public void Publish(params RsaSecurityKey[] keys) => _published = keys;

    /// <summary>An RS256 access token as the authority would issue it.</summary>
    public string CreateToken(
        RsaSecurityKey key, IEnumerable<string> permissions, string audience, string subject = "oidc|user", string? issuer = null)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Authority,
            Audience = audience,
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddHours(1),
            Subject = new ClaimsIdentity([new Claim("sub", subject)]),
            Claims = new Dictionary<string, object> { ["permissions"] = permissions.ToArray() },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private JsonObject Discovery() => new()
    {
        ["issuer"] = Authority,
        ["jwks_uri"] = $"{Authority}.well-known/jwks.json",
        ["authorization_endpoint"] = $"{Authority}authorize",
        ["token_endpoint"] = $"{Authority}oauth/token",
        ["response_types_supported"] = new JsonArray("code"),
        ["subject_types_supported"] = new JsonArray("public"),
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
    };

    private JsonObject Jwks()
    {
        var keys = new JsonArray();
        foreach (var key in _published)
        {
            var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
            keys.Add(new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["alg"] = "RS256",
                ["kid"] = key.KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus!),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent!),
            });
        }

        return new JsonObject { ["keys"] = keys };
    }
}
