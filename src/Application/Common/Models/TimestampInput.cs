using System.Globalization;
using System.Text.RegularExpressions;

namespace CastingAgency.Application.Common.Models;

/// <summary>Reads an ISO 8601 date-time that states its offset (<c>Z</c> or <c>±hh:mm</c>) and returns it in UTC.</summary>
public static partial class TimestampInput
{
    /// <summary>The UTC value of a timestamp the validator has accepted.</summary>
    public static DateTime Parse(string? text) =>
        TryParse(text, out var utc) ? utc : throw new FormatException("not an ISO 8601 date-time with an offset");

    public static bool TryParse(string? text, out DateTime utc)
    {
        utc = default;
        if (text is null || text.Length > 64 || !Pattern().IsMatch(text))
        {
            return false;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value))
        {
            return false;
        }

        utc = value.UtcDateTime;
        return true;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
