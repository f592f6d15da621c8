using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace CastingAgency.Infrastructure.Cursors;

/// <summary>
/// Signs list cursors with HMAC-SHA256 (ADR-011). The key is <c>Cursors:Key</c> (base64, at least 16 bytes), the
/// same on every instance. When it is not set, the key is derived from what every instance already shares: the
/// configured JWT signing key, the authority and the audiences. A derived key from only an authority and audiences
/// (public values) makes cursors tamper-evident against casual edits but not against a determined forger, who could
/// then only page through a list they may already read; set <c>Cursors:Key</c> in production.
/// The format: base64url(payload) "." base64url(HMAC-SHA256(key, payload)[..16]).
/// </summary>
public sealed class CursorProtector
{
    public const string KeySetting = "Cursors:Key";
    private const string Bearer = "Authentication:Schemes:Bearer";
    private const int MacLength = 16;
    private readonly byte[] _key;

    public CursorProtector(IConfiguration configuration)
        : this(KeyFrom(configuration))
    {
    }

    internal CursorProtector(byte[] key) => _key = key;

    public string Protect(ReadOnlySpan<byte> payload)
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(_key, payload, mac);
        return Base64Url(payload) + "." + Base64Url(mac[..MacLength]);
    }

    /// <summary>The payload, or null when the cursor is malformed or its signature does not match.</summary>
    public byte[]? Unprotect(string cursor)
    {
        var dot = cursor.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || cursor.Length > 2048)
        {
            return null;
        }

        try
        {
            var payload = FromBase64Url(cursor[..dot]);
            var given = FromBase64Url(cursor[(dot + 1)..]);

            // Only the canonical spelling: base64's unused low bits must not give one cursor several strings.
            if (Base64Url(payload) != cursor[..dot] || Base64Url(given) != cursor[(dot + 1)..])
            {
                return null;
            }

            var expected = HMACSHA256.HashData(_key, payload).AsSpan(0, MacLength);
            return given.Length == MacLength && CryptographicOperations.FixedTimeEquals(given, expected) ? payload : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    internal static byte[] KeyFrom(IConfiguration configuration)
    {
        var configured = configuration[KeySetting];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            byte[] key;
            try
            {
                key = Convert.FromBase64String(configured.Trim());
            }
            catch (FormatException ex)
            {
                throw new InvalidOperationException($"{KeySetting} must be base64.", ex);
            }

            return key.Length >= 16 ? key : throw new InvalidOperationException($"{KeySetting} must hold at least 16 bytes.");
        }

        var shared = string.Join(
            '\n',
            "casting-agency cursors v1",
            configuration[$"{Bearer}:SigningKeys:0:Value"] ?? string.Empty,
            configuration[$"{Bearer}:Authority"] ?? string.Empty,
            configuration[$"{Bearer}:ValidIssuer"] ?? string.Empty,
            string.Join(',', configuration.GetSection($"{Bearer}:ValidAudiences").GetChildren().Select(c => c.Value)));
        return SHA256.HashData(Encoding.UTF8.GetBytes(shared));
    }

    private static string Base64Url(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '='));
    }
}
