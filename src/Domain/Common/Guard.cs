namespace CastingAgency.Domain.Common;

/// <summary>Invariant checks shared by the entities; each names the wire field it guards.</summary>
public static class Guard
{
    public static string RequiredText(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainValidationException(field, $"{field} is required.");
        }

        if (trimmed.Length > maxLength)
        {
            throw new DomainValidationException(field, $"{field} must be at most {maxLength} characters.");
        }

        return trimmed;
    }

    public static string? OptionalText(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > maxLength)
        {
            throw new DomainValidationException(field, $"{field} must be at most {maxLength} characters.");
        }

        return trimmed;
    }

    public static int InRange(int value, string field, int min, int max)
    {
        if (value < min || value > max)
        {
            throw new DomainValidationException(field, $"{field} must be between {min} and {max}.");
        }

        return value;
    }

    public static T Defined<T>(T value, string field)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new DomainValidationException(field, $"{field} has an unknown value.");
        }

        return value;
    }

    /// <summary>A phone number holds only digits, spaces and <c>+ - ( )</c>.</summary>
    public static bool IsPhone(string value) => value.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '(' or ')');

    /// <summary>An absolute http(s) URL with a host.</summary>
    public static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);

    /// <summary>A release date within <see cref="Limits.MinReleaseDate"/> … <see cref="Limits.MaxReleaseDate"/>.</summary>
    public static bool IsReleaseDate(DateOnly value) => value >= Limits.MinReleaseDate && value <= Limits.MaxReleaseDate;

    /// <summary>
    /// The form used for case-insensitive equality and search on every provider: trimmed, then upper-cased, so a
    /// filter value and a stored value normalize alike whether or not the caller trimmed first.
    /// </summary>
    public static string? Normalize(string? value) => value?.Trim().ToUpperInvariant();
}
