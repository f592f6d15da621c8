using CastingAgency.Application.Common.Models;

namespace CastingAgency.UnitTests.Common;

public class DateInputTests
{
    [TestCase("2020-01-19", 2020, 1, 19)]
    [TestCase("2020-1-9", 2020, 1, 9)]
    [TestCase("2020-01-19T23:59:59Z", 2020, 1, 19)]
    [TestCase("2020-01-19T00:30:00-08:00", 2020, 1, 19)]
    [TestCase("2020-01-19T10:00", 2020, 1, 19)]
    [TestCase("2024-02-29", 2024, 2, 29)]
    public void ShouldParseContractForms(string text, int y, int m, int d)
    {
        Assert.That(DateInput.TryParse(text, out var date), Is.True);
        Assert.That(date, Is.EqualTo(new DateOnly(y, m, d)));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("2020/01/19")]
    [TestCase("19-01-2020")]
    [TestCase("2023-02-29")]
    [TestCase("2020-13-01")]
    [TestCase("2020-00-10")]
    [TestCase("2020-01-19T25:00:00Z")]
    [TestCase("2020-01-19 extra")]
    [TestCase(" 2020-01-19")]
    [TestCase("0000-01-01")]
    public void ShouldRejectEverythingElse(string? text) => Assert.That(DateInput.TryParse(text, out _), Is.False);
}
