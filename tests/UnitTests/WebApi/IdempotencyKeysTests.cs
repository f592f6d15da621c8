using System.Text;
using CastingAgency.WebApi.Infrastructure;
using Microsoft.Extensions.Primitives;

namespace CastingAgency.UnitTests.WebApi;

public sealed class IdempotencyKeysTests
{
    [TestCase("a")]
    [TestCase("order-42")]
    [TestCase("3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    [TestCase("with spaces inside")]
    [TestCase(" leading and trailing ")]
    [TestCase("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")]
    public void PrintableAsciiKeysShouldBeValid(string key) =>
        Assert.That(IdempotencyKeys.IsValid(key), Is.True);

    [TestCase(null)]
    [TestCase("")]
    [TestCase(" ")]
    [TestCase("     ")]
    [TestCase("tab\there")]
    [TestCase("line\nbreak")]
    [TestCase("nul\0")]
    [TestCase("del\u007f")]
    [TestCase("naïve")]
    [TestCase("emoji🎬")]
    public void OtherKeysShouldBeInvalid(string? key) =>
        Assert.That(IdempotencyKeys.IsValid(key), Is.False);

    [Test]
    public void KeysShouldBeAtMost255Characters()
    {
        Assert.Multiple(() =>
        {
            Assert.That(IdempotencyKeys.IsValid(new string('k', 255)), Is.True);
            Assert.That(IdempotencyKeys.IsValid(new string('k', 256)), Is.False);
        });
    }

    [Test]
    public void HeaderShouldHoldExactlyOneValidValue()
    {
        Assert.Multiple(() =>
        {
            Assert.That(IdempotencyKeys.Parse(new StringValues("k-1")), Is.EqualTo("k-1"));
            Assert.That(IdempotencyKeys.Parse(new StringValues(["k-1", "k-2"])), Is.Null);
            Assert.That(IdempotencyKeys.Parse(StringValues.Empty), Is.Null);
            Assert.That(IdempotencyKeys.Parse(new StringValues(string.Empty)), Is.Null);
        });
    }

    [Test]
    public void FingerprintShouldBeSha256HexOfMethodTargetAndBody()
    {
        var fingerprint = IdempotencyKeys.Fingerprint("POST", "/actors", "{\"name\":\"x\"}"u8);

        Assert.Multiple(() =>
        {
            Assert.That(fingerprint, Has.Length.EqualTo(64).And.Match("^[0-9a-f]{64}$"));
            Assert.That(IdempotencyKeys.Fingerprint("POST", "/actors", "{\"name\":\"x\"}"u8), Is.EqualTo(fingerprint), "deterministic");
            Assert.That(IdempotencyKeys.Fingerprint("post", "/actors", "{\"name\":\"x\"}"u8), Is.EqualTo(fingerprint), "methods are case-insensitive");
        });
    }

    [TestCase("PUT", "/actors", "{\"name\":\"x\"}")]
    [TestCase("POST", "/movies", "{\"name\":\"x\"}")]
    [TestCase("POST", "/actors?x=1", "{\"name\":\"x\"}")]
    [TestCase("POST", "/actors", "{\"name\":\"y\"}")]
    [TestCase("POST", "/actors", "{\"name\": \"x\"}")]
    [TestCase("POST", "/actors", "")]
    public void AnyDifferenceInMethodTargetOrBodyBytesShouldChangeTheFingerprint(string method, string target, string body)
    {
        var original = IdempotencyKeys.Fingerprint("POST", "/actors", "{\"name\":\"x\"}"u8);

        Assert.That(IdempotencyKeys.Fingerprint(method, target, Encoding.UTF8.GetBytes(body)), Is.Not.EqualTo(original));
    }

    [Test]
    public void PartsShouldNotRunIntoEachOther()
    {
        // Length prefixes: moving bytes from the target into the body is another request.
        Assert.That(
            IdempotencyKeys.Fingerprint("POST", "/actors1", "23"u8),
            Is.Not.EqualTo(IdempotencyKeys.Fingerprint("POST", "/actors", "123"u8)));
    }

    [Test]
    public void CallerShouldBeTheSubjectOrItsHashWhenTooLong()
    {
        var longSubject = new string('s', 300);

        Assert.Multiple(() =>
        {
            Assert.That(IdempotencyKeys.CallerFor("auth0|abc"), Is.EqualTo("auth0|abc"));
            Assert.That(IdempotencyKeys.CallerFor(longSubject), Does.StartWith("sha256:").And.Length.EqualTo(71));
            Assert.That(IdempotencyKeys.CallerFor(longSubject), Is.EqualTo(IdempotencyKeys.CallerFor(new string('s', 300))));
        });
    }
}
