using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CastingAgency.IntegrationTests.Infrastructure;

/// <summary>Real HS256 JWTs signed with the suite's own key — the API validates them exactly as in production.</summary>
public static class TestTokens
{
    public const string Issuer = "casting-agency-tests";
    public const string Audience = "casting-agency-api";
    public static readonly string KeyBase64 = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static readonly string[] Assistant = ["get:movies", "get:actors", "get:roles", "get:auditions", "post:auditions", "patch:auditions"];

    public static readonly string[] Director =
    [
        .. Assistant, "post:actors", "patch:actors", "delete:actors", "patch:movies", "post:roles", "patch:roles", "delete:roles", "delete:auditions", "get:contacts",
    ];

    public static readonly string[] Producer = [.. Director, "post:movies", "delete:movies", "manage:teams", "read:confidential", "read:audit"];

    /// <summary>A talent agent's permissions (contract §13); its token also needs an <c>org_id</c>.</summary>
    public static readonly string[] Agent = ["get:breakdowns", "post:submissions", "manage:roster"];

    public static string Create(
        IEnumerable<string> permissions,
        string subject = "test|user",
        DateTime? expires = null,
        DateTime? notBefore = null,
        string issuer = Issuer,
        string audience = Audience,
        SecurityKey? key = null,
        IDictionary<string, object>? extraClaims = null)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>(extraClaims ?? new Dictionary<string, object>())
        {
            ["permissions"] = permissions.ToArray(),
        };
        var nbf = notBefore ?? now.AddMinutes(-1);
        var exp = expires ?? now.AddHours(1);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = nbf < exp ? nbf : exp.AddMinutes(-10),
            NotBefore = nbf < exp ? nbf : exp.AddMinutes(-10),
            Expires = exp,
            Subject = new ClaimsIdentity([new Claim("sub", subject)]),
            Claims = claims,
            SigningCredentials = new SigningCredentials(key ?? SigningKey, SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    public static SymmetricSecurityKey SigningKey { get; } = new(Convert.FromBase64String(KeyBase64));
}
