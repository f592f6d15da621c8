using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace CastingAgency.WebApi.Infrastructure;

/// <summary>The <c>Idempotency-Key</c> header's rules (docs/api.md §8) and the request fingerprint it is bound to.</summary>
public static class IdempotencyKeys
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeaderName = "Idempotent-Replayed";
    public const int MaxLength = 255;
    private const int MaxCallerLength = 255;

    public static readonly string InvalidDetail =
        $"{HeaderName} must be 1–{MaxLength} printable ASCII characters (space to '~'), not only spaces, and given once";

    /// <summary>The key when the header holds exactly one valid value; otherwise null.</summary>
    public static string? Parse(StringValues values) => values.Count == 1 && IsValid(values[0]) ? values[0] : null;

    /// <summary>1–255 characters, each printable ASCII (0x20–0x7E), not whitespace only.</summary>
    public static bool IsValid(string? key)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in key)
        {
            if (c is < ' ' or > '~')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// SHA-256 (lower-case hex) over the method, the path with its query string, and the raw body bytes, each part
    /// length-prefixed so that no two different requests share the bytes hashed.
    /// </summary>
    public static string Fingerprint(string method, string pathAndQuery, ReadOnlySpan<byte> body)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendPart(hash, Encoding.UTF8.GetBytes(method.ToUpperInvariant()));
        AppendPart(hash, Encoding.UTF8.GetBytes(pathAndQuery));
        AppendPart(hash, body);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The caller a key belongs to: the token's <c>sub</c>, or its SHA-256 when too long to store.</summary>
    public static string CallerFor(string subject) =>
        subject.Length <= MaxCallerLength
            ? subject
            : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(subject)));

    private static void AppendPart(IncrementalHash hash, ReadOnlySpan<byte> part)
    {
        Span<byte> length = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(length, part.Length);
        hash.AppendData(length);
        hash.AppendData(part);
    }
}
