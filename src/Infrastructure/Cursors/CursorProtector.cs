using System.Security.Cryptography;
using System.Text;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using Microsoft.Extensions.Configuration;

namespace CastingAgency.Infrastructure.Cursors;

/// <summary>
/// Signs list cursors with HMAC-SHA256 (ADR-011). The key is <c>Cursors:Key</c> (base64, at least 16 bytes), the
/// same on every instance. When it is not set, the key is derived from what every instance already shares: the
/// configured JWT signing key, the authority and the audiences. A derived key from only an authority and audiences
/// (public values) makes cursors tamper-evident against casual edits but not against a determined forger, who could
/// then only page through a list they may already read; set <c>Cursors:Key</c> in production.
/// </summary>
public sealed class CursorProtector : ICursorProtector
{
    public const string KeySetting = "Cursors:Key";
    private const string Bearer = "Authentication:Schemes:Bearer";
    private readonly byte[] _key;

    public CursorProtector(IConfiguration configuration)
    {
        _key = KeyFrom(configuration);
    }

    public string Protect(ReadOnlySpan<byte> payload) => CursorSigning.Protect(_key, payload);

    public byte[]? Unprotect(string cursor) => CursorSigning.Unprotect(_key, cursor);

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
}
