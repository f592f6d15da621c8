using System.Globalization;
using System.Text.RegularExpressions;

namespace CastingAgency.Application.Common.Models;

/// <summary>
/// Reads the dates of docs/api.md §1: <c>YYYY-MM-DD</c>, the unpadded <c>YYYY-M-D</c>, and an ISO 8601
/// date-time whose date part is kept as written.
/// </summary>
public static partial class DateInput
{
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        if (text is null || text.Length > 64)
        {
            return false;
        }

        var match = DatePattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        if (match.Groups["time"].Success
            && !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _))
        {
            return false;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    public static DateOnly Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date.");

    // Unpadded month/day only without a time part; a date-time must be ISO 8601 (padded).
    [GeneratedRegex(@"^(?<y>\d{4})-(?:(?<m>\d{1,2})-(?<d>\d{1,2})|(?<m>\d{2})-(?<d>\d{2})(?<time>T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})?))$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 100)]
    private static partial Regex DatePattern();
}
