namespace CastingAgency.Domain.Common;

/// <summary>Invariant checks shared by the entities; each names the wire field it guards.</summary>
public static class Guard
{
    public static string RequiredText(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainValidationException(field, Messages.Required(field));
        }

        if (trimmed.Length > maxLength)
        {
            throw new DomainValidationException(field, Messages.TooLong(field, maxLength));
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
            throw new DomainValidationException(field, Messages.TooLong(field, maxLength));
        }

        return trimmed;
    }

    public static int InRange(int value, string field, int min, int max)
    {
        if (value < min || value > max)
        {
            throw new DomainValidationException(field, Messages.OutOfRange(field, min, max));
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

    /// <summary>An optional phone number: trimmed, at most <paramref name="maxLength"/>, only digits, spaces and <c>+ - ( )</c>.</summary>
    public static string? OptionalPhone(string? value, string field, int maxLength)
    {
        var phone = OptionalText(value, field, maxLength);
        return phone is null || IsPhone(phone) ? phone : throw new DomainValidationException(field, Messages.NotPhone(field));
    }

    /// <summary>An optional absolute http(s) URL, trimmed, at most <paramref name="maxLength"/>.</summary>
    public static string? OptionalHttpUrl(string? value, string field, int maxLength)
    {
        var url = OptionalText(value, field, maxLength);
        return url is null || IsHttpUrl(url) ? url : throw new DomainValidationException(field, Messages.NotHttpUrl(field));
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

    /// <summary>
    /// The words of every field rule, stated once: the entities' invariants throw them with the field's wire name,
    /// the validators report them with FluentValidation's <c>{PropertyName}</c> (which resolves to the same name).
    /// </summary>
    public static class Messages
    {
        public static string Required(string field) => $"{field} is required.";

        public static string NotOneOf(string field, IEnumerable<string> names) => $"{field} must be one of: {string.Join(", ", names)}.";

        public static string TooLong(string field, int maxLength) => $"{field} must be at most {maxLength} characters.";

        public static string OutOfRange(string field, int min, int max) => $"{field} must be between {min} and {max}.";

        public static string ControlCharacters(string field) => $"{field} must not contain control characters.";

        public static string NotPhone(string field) => $"{field} may hold only digits, spaces and + - ( ).";

        public static string NotHttpUrl(string field) => $"{field} must be an absolute http(s) URL.";

        public static string NotEmail(string field) => $"{field} must be a valid email address.";

        public static string ReleaseDateOutOfRange(string field) =>
            $"{field} must be between {Limits.MinReleaseDate:yyyy-MM-dd} and {Limits.MaxReleaseDate:yyyy-MM-dd}.";

        public static string NotPositive(string field) => $"{field} must be 1 or more.";

        public static string InvertedRange(string min, string max) => $"{min} must not be greater than {max}.";
    }
}
