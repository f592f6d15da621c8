using CastingAgency.Infrastructure.Persistence;
using Npgsql;
using NUnit.Framework;

namespace CastingAgency.UnitTests.Infrastructure;

[TestFixture]
public sealed class PostgresConnectionStringTests
{
    private const string Base = "Host=127.0.0.1;Database=casting;Username=app;Password=secret";

    [Test]
    public void TurnsOnAutomaticPreparationWhenTheStringLeavesItUnset()
    {
        var result = new NpgsqlConnectionStringBuilder(PostgresConnectionString.WithDefaults(Base));

        Assert.Multiple(() =>
        {
            Assert.That(result.MaxAutoPrepare, Is.EqualTo(PostgresConnectionString.DefaultMaxAutoPrepare));
            Assert.That(result.Host, Is.EqualTo("127.0.0.1"));
            Assert.That(result.Database, Is.EqualTo("casting"));
            Assert.That(result.Username, Is.EqualTo("app"));
            Assert.That(result.Password, Is.EqualTo("secret"));
        });
    }

    [TestCase("Max Auto Prepare=0", 0)]
    [TestCase("MaxAutoPrepare=0", 0)]
    [TestCase("max auto prepare=5", 5)]
    [TestCase("MAXAUTOPREPARE=200", 200)]
    public void KeepsTheValueTheStringSets(string setting, int expected)
    {
        var result = new NpgsqlConnectionStringBuilder(PostgresConnectionString.WithDefaults($"{Base};{setting}"));

        Assert.That(result.MaxAutoPrepare, Is.EqualTo(expected));
    }

    [Test]
    public void BoundsTheConnectTimeoutUnlessTheStringSetsIt() => Assert.Multiple(() =>
    {
        Assert.That(new NpgsqlConnectionStringBuilder(PostgresConnectionString.WithDefaults(Base, 2)).Timeout, Is.EqualTo(2));
        Assert.That(new NpgsqlConnectionStringBuilder(PostgresConnectionString.WithDefaults($"{Base};Timeout=9", 2)).Timeout, Is.EqualTo(9));
    });

    [Test]
    public void SetsTheTimeoutPathDefaultsUnlessTheStringSetsThem() => Assert.Multiple(() =>
    {
        var defaults = new NpgsqlConnectionStringBuilder(PostgresConnectionString.WithDefaults(Base));
        Assert.That(defaults.CancellationTimeout, Is.EqualTo(-1), "no wait after a cancel request");
        Assert.That(defaults.NoResetOnClose, Is.True, "no reset sent ahead of the next command");
        Assert.That(defaults.GssEncryptionMode, Is.EqualTo(GssEncryptionMode.Disable));

        var chosen = new NpgsqlConnectionStringBuilder(PostgresConnectionString.WithDefaults(
            $"{Base};Cancellation Timeout=500;No Reset On Close=false;GSS Encryption Mode=Prefer"));
        Assert.That(chosen.CancellationTimeout, Is.EqualTo(500));
        Assert.That(chosen.NoResetOnClose, Is.False);
        Assert.That(chosen.GssEncryptionMode, Is.EqualTo(GssEncryptionMode.Prefer));
    });
}
