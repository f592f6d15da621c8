using CastingAgency.Domain.Enums;
using CastingAgency.Infrastructure.Auditing;
using NUnit.Framework;
using Field = CastingAgency.Infrastructure.Auditing.AuditChanges.Field;

namespace CastingAgency.UnitTests.Infrastructure;

[TestFixture]
public sealed class AuditChangesTests
{
    [Test]
    public void ShouldListOnlyTheFieldsThatChangedInTheOrderGiven()
    {
        var changes = AuditChanges.Build(AuditAction.Update, [
            new Field("title", "Old", "New"),
            new Field("company", "Same", "Same"),
            new Field("release_date", new DateOnly(2030, 1, 2), new DateOnly(2030, 1, 3)),
            new Field("height", null, 180),
        ]);

        Assert.That(changes, Is.EqualTo("""{"title":["Old","New"],"release_date":["2030-01-02","2030-01-03"],"height":[null,180]}"""));
    }

    [Test]
    public void ShouldRecordACreateAsNullToNewAndLeaveOutFieldsThatStayNull()
    {
        var changes = AuditChanges.Build(AuditAction.Create, [
            new Field("name", "stale original", "Ann"),
            new Field("location", null, null),
            new Field("passport", false, true),
        ]);

        Assert.That(changes, Is.EqualTo("""{"name":[null,"Ann"],"passport":[null,true]}"""));
    }

    [Test]
    public void ShouldRecordADeleteAsOldToNull()
    {
        var changes = AuditChanges.Build(AuditAction.Delete, [
            new Field("name", "Ann", "Ann"),
            new Field("age", 30, 30),
            new Field("location", null, null),
        ]);

        Assert.That(changes, Is.EqualTo("""{"name":["Ann",null],"age":[30,null]}"""));
    }

    [TestCase(AuditAction.Update, "a@example.com", "b@example.com", """{"email":["***","***"]}""")]
    [TestCase(AuditAction.Update, null, "b@example.com", """{"email":[null,"***"]}""")]
    [TestCase(AuditAction.Update, "a@example.com", null, """{"email":["***",null]}""")]
    [TestCase(AuditAction.Create, null, "b@example.com", """{"email":[null,"***"]}""")]
    [TestCase(AuditAction.Delete, "a@example.com", "a@example.com", """{"email":["***",null]}""")]
    public void ShouldMaskAValueThatIsNeverStoredAndKeepItsNulls(AuditAction action, string? old, string? @new, string expected)
    {
        var changes = AuditChanges.Build(action, [new Field("email", old, @new, Masked: true)]);

        Assert.That(changes, Is.EqualTo(expected));
        Assert.That(changes, Does.Not.Contain("example.com"));
    }

    [Test]
    public void ShouldNotListAMaskedFieldThatDidNotChange()
    {
        Assert.That(AuditChanges.Build(AuditAction.Update, [new Field("phone", "+1 555", "+1 555", Masked: true)]), Is.Null);
    }

    [Test]
    public void ShouldAnswerNullWhenNothingChanged()
    {
        Assert.That(AuditChanges.Build(AuditAction.Update, [new Field("title", "Same", "Same"), new Field("company", null, null)]), Is.Null);
        Assert.That(AuditChanges.Build(AuditAction.Update, []), Is.Null);
    }

    [Test]
    public void ShouldWriteTimestampsAsUtcIsoText()
    {
        var before = new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

        Assert.That(
            AuditChanges.Build(AuditAction.Update, [new Field("starts_at", before, before.AddMinutes(30))]),
            Is.EqualTo("""{"starts_at":["2026-03-02T09:00:00Z","2026-03-02T09:30:00Z"]}"""));
    }
}
