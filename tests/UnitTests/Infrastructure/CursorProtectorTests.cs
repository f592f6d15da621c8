using CastingAgency.Infrastructure.Cursors;
using Microsoft.Extensions.Configuration;

namespace CastingAgency.UnitTests.Infrastructure;

/// <summary>ADR-011: every instance with the same configuration accepts the others' cursors; another key does not.</summary>
public class CursorProtectorTests
{
    private static CursorProtector With(params (string Key, string Value)[] settings) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build());

    [Test]
    public void InstancesWithTheSameCursorsKeyShareCursorsAndAnotherKeyRefusesThem()
    {
        var key = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());
        var cursor = With(("Cursors:Key", key)).Protect("payload"u8);

        Assert.That(With(("Cursors:Key", key)).Unprotect(cursor), Is.EqualTo("payload"u8.ToArray()));
        Assert.That(With(("Cursors:Key", Convert.ToBase64String(new byte[32]))).Unprotect(cursor), Is.Null);
    }

    [Test]
    public void WithoutCursorsKeyTheKeyIsDerivedFromTheSharedAuthenticationSettings()
    {
        (string, string) authority = ("Authentication:Schemes:Bearer:Authority", "https://idp.example.com/");
        var cursor = With(authority, ("Authentication:Schemes:Bearer:ValidAudiences:0", "api")).Protect("p"u8);

        Assert.That(With(authority, ("Authentication:Schemes:Bearer:ValidAudiences:0", "api")).Unprotect(cursor), Is.Not.Null);
        Assert.That(With(authority, ("Authentication:Schemes:Bearer:ValidAudiences:0", "other")).Unprotect(cursor), Is.Null);
    }

    [TestCase("not base64!")]
    [TestCase("AAAA")]
    public void ABadCursorsKeyFailsAtStart(string key) =>
        Assert.Throws<InvalidOperationException>(() => With(("Cursors:Key", key)));
}
