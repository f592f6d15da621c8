using CastingAgency.Infrastructure.Persistence.Interceptors;
using Microsoft.Data.Sqlite;
using NUnit.Framework;

namespace CastingAgency.UnitTests.Infrastructure;

[TestFixture]
public sealed class CommandDeadlineInterceptorTests
{
    [TestCase(4, 3750)]
    [TestCase(600, 599_750)]
    public void ShouldEndACommandJustBeforeItsOwnTimeout(int timeoutSeconds, int expectedMilliseconds)
    {
        using var command = new SqliteCommand { CommandTimeout = timeoutSeconds };

        Assert.That(CommandDeadlineInterceptor.DeadlineOf(command), Is.EqualTo(TimeSpan.FromMilliseconds(expectedMilliseconds)),
            "a migration's long timeout keeps its long deadline");
    }

    [Test]
    public void ShouldLeaveACommandWithoutTimeoutAlone()
    {
        using var command = new SqliteCommand { CommandTimeout = 0 };

        Assert.That(CommandDeadlineInterceptor.DeadlineOf(command), Is.Null);
    }
}
