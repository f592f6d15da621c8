using System.Text;
using System.Text.Json.Nodes;
using CastingAgency.WebApi.Infrastructure;

namespace CastingAgency.UnitTests.WebApi;

public class StoredContactsTests
{
    private static JsonNode Removed(string json) => JsonNode.Parse(StoredContacts.Remove(Encoding.UTF8.GetBytes(json)))!;

    [Test]
    public void ShouldRemovePhoneAndEmailFromEveryObject()
    {
        var body = Removed("""{"success":true,"actor":{"id":1,"name":"Ann","phone":"+1 555","email":null},"created":1,"actors":[{"id":2,"email":"b@example.com"}]}""");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(body["actor"]!.AsObject().ContainsKey("phone"), Is.False);
            Assert.That(body["actor"]!.AsObject().ContainsKey("email"), Is.False);
            Assert.That(body["actors"]![0]!.AsObject().ContainsKey("email"), Is.False);
            Assert.That(body["actor"]!["name"]!.GetValue<string>(), Is.EqualTo("Ann"));
            Assert.That(body["created"]!.GetValue<int>(), Is.EqualTo(1));
        }
    }

    [Test]
    public void ShouldGiveBackTheSameBytesWhenThereIsNothingToRemove()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"success":true,"movie":{"id":1,"title":"Zoë"}}""");

        Assert.That(StoredContacts.Remove(bytes), Is.SameAs(bytes));
    }

    [Test]
    public void ShouldGiveBackABodyThatIsNotJsonUnchanged()
    {
        var bytes = Encoding.UTF8.GetBytes("not json");

        Assert.That(StoredContacts.Remove(bytes), Is.SameAs(bytes));
    }
}
