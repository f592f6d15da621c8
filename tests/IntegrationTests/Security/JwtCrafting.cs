using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CastingAgency.IntegrationTests.Security;

/// <summary>Hand-made JWTs for attacks the token libraries refuse to produce (unsigned, tampered, HS256 with a public key).</summary>
public static class JwtCrafting
{
    /// <summary>A claims set like the suite's tokens: right issuer and audience, valid for an hour.</summary>
    public static JsonObject Payload(IEnumerable<string> permissions, string issuer, string audience, string subject = "attacker")
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return new JsonObject
        {
            ["iss"] = issuer,
            ["aud"] = audience,
            ["sub"] = subject,
            ["iat"] = now - 60,
            ["nbf"] = now - 60,
            ["exp"] = now + 3600,
            ["permissions"] = new JsonArray(permissions.Select(p => (JsonNode)p).ToArray()),
        };
    }

    /// <summary><c>alg: none</c>, no signature: header.payload. (trailing dot, empty signature).</summary>
    public static string AlgNone(JsonObject payload) =>
        $"{Encode(new JsonObject { ["alg"] = "none", ["typ"] = "JWT" })}.{Encode(payload)}.";

    /// <summary>An HS256 token whose HMAC key is the given bytes (e.g. an RSA public key: the algorithm-confusion attack).</summary>
    public static string Hs256(JsonObject payload, byte[] key, string? kid = null)
    {
        var header = new JsonObject { ["alg"] = "HS256", ["typ"] = "JWT" };
        if (kid is not null)
        {
            header["kid"] = kid;
        }

        var signingInput = $"{Encode(header)}.{Encode(payload)}";
        var signature = HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(signingInput));
        return $"{signingInput}.{Base64UrlEncoder.Encode(signature)}";
    }

    /// <summary>A properly signed token whose header carries extra parameters (e.g. <c>crit</c>), which the token library passes through.</summary>
    public static string SignedWithHeader(JsonObject payload, SigningCredentials credentials, IDictionary<string, object> header) =>
        new JsonWebTokenHandler().CreateToken(payload.ToJsonString(), credentials, header);

    /// <summary>Replaces the payload of a signed token and keeps its original signature.</summary>
    public static string WithPayload(string token, Func<JsonObject, JsonObject> change)
    {
        var parts = token.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        return $"{parts[0]}.{Encode(change(payload))}.{parts[2]}";
    }

    /// <summary>The encodings of an RSA public key an attacker might try as an HMAC secret.</summary>
    public static IEnumerable<(string Name, byte[] Bytes)> PublicKeyEncodings(RSA rsa)
    {
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        yield return ("pem", Encoding.ASCII.GetBytes(rsa.ExportSubjectPublicKeyInfoPem()));
        yield return ("pem-lf", Encoding.ASCII.GetBytes(rsa.ExportSubjectPublicKeyInfoPem() + "\n"));
        yield return ("spki-der", rsa.ExportSubjectPublicKeyInfo());
        yield return ("pkcs1-der", rsa.ExportRSAPublicKey());
        yield return ("modulus", parameters.Modulus!);
        yield return ("jwk-n", Encoding.ASCII.GetBytes(Base64UrlEncoder.Encode(parameters.Modulus!)));
    }

    private static string Encode(JsonNode node) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(node.ToJsonString()));
}
