using CastingAgency.Application.Common.Models;

namespace CastingAgency.UnitTests.Common;

/// <summary>The timestamps of the pipeline's bodies: an offset is required, the value is kept in UTC.</summary>
[TestFixture]
public sealed class TimestampInputTests
{
    [TestCase("2026-03-02T09:00:00Z", true)]
    [TestCase("2026-03-02T10:00:00+01:00", true)]
    [TestCase("2026-03-02T10:00+01:00", true)]
    [TestCase("2026-03-02T09:00:00.123Z", true)]
    [TestCase("2026-03-02T09:00:00", false)]
    [TestCase("2026-03-02", false)]
    [TestCase("2026-13-02T09:00:00Z", false)]
    [TestCase("", false)]
    public void TimestampsNeedAnOffsetAndComeBackInUtc(string text, bool valid)
    {
        Assert.That(TimestampInput.TryParse(text, out var utc), Is.EqualTo(valid));
        if (valid)
        {
            Assert.That(utc.Kind, Is.EqualTo(DateTimeKind.Utc));
            Assert.That(utc.Hour, Is.EqualTo(9));
        }
    }
}
