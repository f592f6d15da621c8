using System.Net;
using System.Text.Json.Nodes;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.Infrastructure.Idempotency;
using CastingAgency.IntegrationTests.Infrastructure;

namespace CastingAgency.IntegrationTests.Actors;

/// <summary>
/// Contract §12, contact details: a caller without get:contacts gets every actor without <c>phone</c> and <c>email</c>
/// (absent from the raw JSON, not null) on every endpoint that returns actors, the write responses and their
/// Idempotency-Key replays included; the email filter needs the permission; writing contacts needs only the write one.
/// </summary>
public sealed class ContactDetailsTests : IntegrationTestBase
{
    private const string Phone = "+44 20 7946 0958";
    private const string Email = "amara.private@example.com";
    private const string Forbidden = "Permission not found in JWT";

    /// <summary>Reads and writes actors, but may not see their contact details.</summary>
    private static readonly string[] Writer = ["get:actors", "post:actors", "patch:actors"];

    private static HttpClient Reader(bool contacts) => contacts ? AsDirector() : AsAssistant();

    /// <summary>Amara (phone and e-mail on file), Ben (neither), a movie and a role both fit.</summary>
    private static async Task<(Actor Amara, Actor Ben, Role Role)> SeedAsync()
    {
        var amara = new Actor("Amara Okafor", 30, Gender.Female, "Lagos", phone: Phone, email: Email);
        var ben = new Actor("Ben Carter", 31, Gender.Male, "London");
        var movie = new Movie("Paper Crowns", new DateOnly(2018, 11, 2), "Northlight", null);
        await InsertAsync(amara, ben);
        await InsertAsync(movie);
        var role = await InsertRoleAsync(movie.Id, "Lead", RoleGender.Any, 20, 40);
        return (amara, ben, role);
    }

    /// <summary>Every actor object of a body: <c>actor</c>, or each item of <c>actors</c>.</summary>
    private static List<JsonObject> ActorsOf(JsonNode body) =>
        body["actor"] is JsonObject one ? [one] : [.. body["actors"]!.AsArray().Select(a => a!.AsObject())];

    private static async Task AssertContactsAsync(HttpResponseMessage response, bool shown, int expectedActors)
    {
        var text = await response.Content.ReadAsStringAsync();
        var actors = ActorsOf(JsonNode.Parse(text)!);
        Assert.That(actors, Has.Count.EqualTo(expectedActors), text);
        using (Assert.EnterMultipleScope())
        {
            foreach (var actor in actors)
            {
                Assert.That(actor.ContainsKey("phone"), Is.EqualTo(shown), text);
                Assert.That(actor.ContainsKey("email"), Is.EqualTo(shown), text);
                Assert.That(actor.ContainsKey("name"), Is.True, "the rest of the actor is there");
            }

            if (!shown)
            {
                Assert.That(text, Does.Not.Contain(Email).And.Not.Contain(Phone).And.Not.Contain("\"phone\"").And.Not.Contain("\"email\""));
            }
        }
    }

    [TestCase("/actors/{amara}", false, 1)]
    [TestCase("/actors/{amara}", true, 1)]
    [TestCase("/actors?sort=id", false, 2)]
    [TestCase("/actors?sort=id", true, 2)]
    [TestCase("/actors?search_term=amara&include_total=false", false, 1)]
    [TestCase("/actors?id={amara}&id={ben}", true, 2)]
    [TestCase("/roles/{role}/candidates?sort=id", false, 2)]
    [TestCase("/roles/{role}/candidates?sort=id", true, 2)]
    public async Task ShouldShowContactsOnlyToACallerWithGetContacts(string path, bool contacts, int expectedActors)
    {
        var (amara, ben, role) = await SeedAsync();
        var url = path.Replace("{amara}", amara.Id.ToString()).Replace("{ben}", ben.Id.ToString()).Replace("{role}", role.Id.ToString());

        var response = await Reader(contacts).GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        await AssertContactsAsync(response, contacts, expectedActors);
        if (contacts)
        {
            var shown = ActorsOf((await ReadJsonAsync(response))!).ToDictionary(a => a["id"]!.GetValue<int>());
            Assert.That(shown[amara.Id]["phone"]!.GetValue<string>(), Is.EqualTo(Phone));
            Assert.That(shown[amara.Id]["email"]!.GetValue<string>(), Is.EqualTo(Email));
            if (shown.TryGetValue(ben.Id, out var benShown))
            {
                Assert.That(benShown["phone"], Is.Null, "none on file: present and null");
                Assert.That(benShown.ContainsKey("email"), Is.True);
            }
        }
    }

    [TestCase("/actors?page_size=1&sort=name")]
    [TestCase("/roles/{role}/candidates?page_size=1&sort=name")]
    public async Task ShouldLeaveContactsOutOfEveryCursorPage(string path)
    {
        var (_, _, role) = await SeedAsync();
        var first = await GetOkJsonAsync(AsAssistant(), path.Replace("{role}", role.Id.ToString()));
        var cursor = first["next_cursor"]!.GetValue<string>();

        var second = await AsAssistant().GetAsync($"{path.Replace("{role}", role.Id.ToString())}&cursor={Uri.EscapeDataString(cursor)}");

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK), await second.Content.ReadAsStringAsync());
        await AssertContactsAsync(second, shown: false, expectedActors: 1);
    }

    [Test]
    public async Task ShouldGiveTheSameETagWithAndWithoutContacts()
    {
        var (amara, _, _) = await SeedAsync();
        var withContacts = await AsDirector().GetAsync($"/actors/{amara.Id}");
        var without = await AsAssistant().GetAsync($"/actors/{amara.Id}");

        Assert.That(without.Headers.ETag, Is.EqualTo(withContacts.Headers.ETag), "the ETag is the version: it says nothing of the contacts");
        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"/actors/{amara.Id}");
        conditional.Headers.IfNoneMatch.Add(withContacts.Headers.ETag!);
        var notModified = await AsAssistant().SendAsync(conditional);
        Assert.That(notModified.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        Assert.That(await notModified.Content.ReadAsStringAsync(), Is.Empty);
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task ShouldWriteContactsWithTheWritePermissionAndShowThemOnlyWithGetContacts(bool contacts)
    {
        var client = WithPermissions(contacts ? [.. Writer, "get:contacts"] : Writer, "test|writer");

        var created = await client.PostAsync("/actors", RawJson($$"""{"name":"Lena Park","age":31,"gender":"female","phone":"{{Phone}}","email":"{{Email}}"}"""));

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        await AssertContactsAsync(created, contacts, 1);
        var id = (await ReadJsonAsync(created))["created"]!.GetValue<int>();
        var stored = await FindAsync<Actor>(id);
        Assert.That((stored!.Phone, stored.Email), Is.EqualTo((Phone, Email)), "written whatever the caller may see");

        var patched = await SendAsync(client, "PATCH", $"/actors/{id}", """{"phone":"+1 555 010 9999","email":"lena.new@example.com"}""");

        Assert.That(patched.StatusCode, Is.EqualTo(HttpStatusCode.OK), await patched.Content.ReadAsStringAsync());
        await AssertContactsAsync(patched, contacts, 1);
        Assert.That(await patched.Content.ReadAsStringAsync(), contacts ? Does.Contain("lena.new@example.com") : Does.Not.Contain("lena.new@example.com"));
        stored = await FindAsync<Actor>(id);
        Assert.That((stored!.Phone, stored.Email), Is.EqualTo(("+1 555 010 9999", "lena.new@example.com")));
        Assert.That(stored.Version, Is.EqualTo(2));
    }

    [Test]
    public async Task ShouldReplayAnIdempotentCreateWithoutContactsToTheSameSubjectAfterGetContactsIsGone()
    {
        const string subject = "test|revoked";
        var json = $$"""{"name":"Lena Park","age":31,"gender":"female","phone":"{{Phone}}","email":"{{Email}}"}""";

        async Task<HttpResponseMessage> PostAsync(string[] permissions)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/actors") { Content = RawJson(json) };
            request.Headers.Add("Idempotency-Key", "contacts-replay");
            return await WithPermissions(permissions, subject).SendAsync(request);
        }

        var first = await PostAsync([.. Writer, "get:contacts"]);
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created), await first.Content.ReadAsStringAsync());
        await AssertContactsAsync(first, shown: true, expectedActors: 1);
        var id = (await ReadJsonAsync(first))["created"]!.GetValue<int>();

        var replayedWithout = await PostAsync(Writer);

        Assert.That(replayedWithout.StatusCode, Is.EqualTo(HttpStatusCode.Created), await replayedWithout.Content.ReadAsStringAsync());
        Assert.That(replayedWithout.Headers.GetValues("Idempotent-Replayed"), Is.EqualTo(new[] { "true" }));
        await AssertContactsAsync(replayedWithout, shown: false, expectedActors: 1);
        var body = await ReadJsonAsync(replayedWithout);
        Assert.That(body["created"]!.GetValue<int>(), Is.EqualTo(id));
        Assert.That(body["actor"]!["name"]!.GetValue<string>(), Is.EqualTo("Lena Park"));
        Assert.That(replayedWithout.Headers.ETag, Is.EqualTo(first.Headers.ETag));
        Assert.That(replayedWithout.Headers.Location, Is.EqualTo(first.Headers.Location));

        // The record keeps the whole body: a caller who has the permission again gets it as the first request did.
        var replayedWith = await PostAsync([.. Writer, "get:contacts"]);
        await AssertContactsAsync(replayedWith, shown: true, expectedActors: 1);
        Assert.That(await replayedWith.Content.ReadAsStringAsync(), Is.EqualTo(await first.Content.ReadAsStringAsync()));
        Assert.That(await CountAsync<Actor>(), Is.EqualTo(1), "written once");
        Assert.That(await CountAsync<IdempotencyRecord>(), Is.EqualTo(1));
    }

    [TestCase("/actors?email={email}")]
    [TestCase("/actors?name=Amara%20Okafor&email={email}")]
    [TestCase("/actors?email=not-even-an-address-" + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [TestCase("/roles/{role}/candidates?email={email}")]
    public async Task ShouldRefuseTheEmailFilterWithoutGetContacts(string path)
    {
        var (_, _, role) = await SeedAsync();

        var response = await AsAssistant().GetAsync(path.Replace("{email}", Uri.EscapeDataString(Email)).Replace("{role}", role.Id.ToString()));

        var problem = await AssertProblemAsync(response, 403, Forbidden);
        var text = problem.ToJsonString();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("email").And.Contain("get:contacts"));
            Assert.That(problem["errors"]!["email"]!.AsArray(), Has.Count.EqualTo(1), "names the parameter");
            Assert.That(text, Does.Not.Contain("Amara").And.Not.Contain(Email), "says nothing of whether the address is on file");
        }
    }

    [TestCase("/actors?email={email}")]
    [TestCase("/roles/{role}/candidates?email={email}")]
    public async Task ShouldFilterByEmailWithGetContacts(string path)
    {
        var (amara, _, role) = await SeedAsync();

        var body = await GetOkJsonAsync(
            WithPermissions(["get:actors", "get:roles", "get:contacts"]),
            path.Replace("{email}", Uri.EscapeDataString(Email.ToUpperInvariant())).Replace("{role}", role.Id.ToString()));

        Assert.That(Values<int>(body["actors"], "id"), Is.EqualTo(new[] { amara.Id }));
        Assert.That(body["actors"]![0]!["email"]!.GetValue<string>(), Is.EqualTo(Email));
    }
}
