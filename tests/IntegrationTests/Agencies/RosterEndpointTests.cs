using System.Net;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.IntegrationTests.Infrastructure;

namespace CastingAgency.IntegrationTests.Agencies;

/// <summary>An agency's roster (contract §13): its own actors only, through the actor feature.</summary>
public sealed class RosterEndpointTests : IntegrationTestBase
{
    private const string AgencyA = "org_agency_a";
    private const string AgencyB = "org_agency_b";

    private static async Task<(Actor A, Actor B, Actor Nobody)> InsertActorsAsync()
    {
        var a = new Actor("Ada Agent", 30, Gender.Female, phone: "+1 555 0100", email: "ada@example.com", agencyId: AgencyA);
        var b = new Actor("Bea Other", 31, Gender.Female, agencyId: AgencyB);
        var nobody = new Actor("Nel Free", 32, Gender.Male);
        await InsertAsync(a, b, nobody);
        return (a, b, nobody);
    }

    [Test]
    public async Task ShouldListAndReadOnlyTheAgencysOwnActorsWithTheirContacts()
    {
        var (a, b, nobody) = await InsertActorsAsync();
        var agent = AsAgent(AgencyA);

        var list = await GetOkJsonAsync(agent, "/roster");
        Assert.Multiple(() =>
        {
            Assert.That(Values<int>(list["actors"], "id"), Is.EqualTo(new[] { a.Id }));
            Assert.That(list["total_actors"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(list["actors"]![0]!["phone"]!.GetValue<string>(), Is.EqualTo("+1 555 0100"));
            Assert.That(list["actors"]![0]!["email"]!.GetValue<string>(), Is.EqualTo("ada@example.com"));
            Assert.That(list["actors"]![0]!["agency_id"]!.GetValue<string>(), Is.EqualTo(AgencyA));
        });
        var one = await agent.GetAsync($"/roster/{a.Id}");
        Assert.That(one.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(one.Headers.ETag, Is.Not.Null);
        Assert.That((await ReadJsonAsync(one))["actor"]!["name"]!.GetValue<string>(), Is.EqualTo("Ada Agent"));

        await AssertProblemAsync(await agent.GetAsync($"/roster/{b.Id}"), 404, "Resource not found");
        await AssertProblemAsync(await agent.GetAsync($"/roster/{nobody.Id}"), 404, "Resource not found");
        await AssertProblemAsync(await agent.GetAsync("/roster/999999"), 404, "Resource not found");
        Assert.That(Values<int>((await GetOkJsonAsync(AsAgent(AgencyB), "/roster"))["actors"], "id"), Is.EqualTo(new[] { b.Id }));
    }

    [Test]
    public async Task ShouldFilterAndPageTheRosterLikeTheActors()
    {
        await InsertAsync(Enumerable.Range(1, 5).Select(i => new Actor($"Roster {i}", 20 + i, Gender.Male, agencyId: AgencyA)).ToArray());
        await InsertAsync(Enumerable.Range(1, 5).Select(i => new Actor($"Other {i}", 20 + i, Gender.Male, agencyId: AgencyB)).ToArray());
        var agent = AsAgent(AgencyA);

        var first = await GetOkJsonAsync(agent, "/roster?min_age=22&page_size=2&sort=-age");
        Assert.That(Values<int>(first["actors"], "age"), Is.EqualTo(new[] { 25, 24 }));
        Assert.That(first["total_actors"]!.GetValue<int>(), Is.EqualTo(4));
        var second = await GetOkJsonAsync(agent, $"/roster?min_age=22&page_size=2&sort=-age&cursor={Uri.EscapeDataString(first["next_cursor"]!.GetValue<string>())}");
        Assert.That(Values<int>(second["actors"], "age"), Is.EqualTo(new[] { 23, 22 }));
        Assert.That(Values<string>(second["actors"], "name"), Has.All.StartWith("Roster"));
    }

    [Test]
    public async Task ShouldCreateTheActorOnTheCallersRoster()
    {
        var response = await PostJsonAsync(AsAgent(AgencyA), "/roster", new { name = "New Client", age = 25, gender = "female", phone = "555 0101" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var actor = (await ReadJsonAsync(response))["actor"]!;
        var id = actor["id"]!.GetValue<int>();
        Assert.Multiple(async () =>
        {
            Assert.That(response.Headers.Location!.OriginalString, Does.EndWith($"/roster/{id}"));
            Assert.That(actor["agency_id"]!.GetValue<string>(), Is.EqualTo(AgencyA));
            Assert.That(actor["phone"]!.GetValue<string>(), Is.EqualTo("555 0101"));
            Assert.That((await FindAsync<Actor>(id))!.AgencyId, Is.EqualTo(AgencyA));
        });
        await AssertProblemAsync(await AsAgent(AgencyB).GetAsync($"/roster/{id}"), 404);
    }

    [Test]
    public async Task ShouldRefuseAForgedAgencyIdInABodyAndChangeNothing()
    {
        var (a, _, _) = await InsertActorsAsync();
        var agent = AsAgent(AgencyA);

        var created = await SendAsync(agent, "POST", "/roster", """{"name":"Forged","age":25,"gender":"male","agency_id":"org_agency_b"}""");
        var problem = await AssertProblemAsync(created, 422);
        Assert.That(problem["errors"]!["agency_id"], Is.Not.Null, problem.ToJsonString());

        foreach (var body in new[] { """{"agency_id":"org_agency_b"}""", """{"agency_id":null}""", """{"name":"Renamed","agency_id":"org_agency_a"}""" })
        {
            var patched = await SendAsync(agent, "PATCH", $"/roster/{a.Id}", body);
            var patchProblem = await AssertProblemAsync(patched, 422);
            Assert.That(patchProblem["errors"]!["agency_id"], Is.Not.Null, patchProblem.ToJsonString());
        }

        var stored = (await FindAsync<Actor>(a.Id))!;
        Assert.Multiple(async () =>
        {
            Assert.That(await CountAsync<Actor>(), Is.EqualTo(3));
            Assert.That(stored.AgencyId, Is.EqualTo(AgencyA));
            Assert.That(stored.Name, Is.EqualTo("Ada Agent"));
        });
    }

    [Test]
    public async Task ShouldUpdateOnlyTheAgencysOwnActors()
    {
        var (a, b, nobody) = await InsertActorsAsync();
        var agent = AsAgent(AgencyA);

        await AssertProblemAsync(await PatchJsonAsync(agent, $"/roster/{b.Id}", new { name = "Stolen" }), 404);
        await AssertProblemAsync(await PatchJsonAsync(agent, $"/roster/{nobody.Id}", new { name = "Stolen" }), 404);
        var own = await PatchJsonAsync(agent, $"/roster/{a.Id}", new { name = "Ada Renamed", email = (string?)null });

        Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK), await own.Content.ReadAsStringAsync());
        Assert.Multiple(async () =>
        {
            Assert.That((await FindAsync<Actor>(a.Id))!.Name, Is.EqualTo("Ada Renamed"));
            Assert.That((await FindAsync<Actor>(a.Id))!.AgencyId, Is.EqualTo(AgencyA));
            Assert.That((await FindAsync<Actor>(b.Id))!.Name, Is.EqualTo("Bea Other"));
            Assert.That((await FindAsync<Actor>(nobody.Id))!.Name, Is.EqualTo("Nel Free"));
        });
    }

    [Test]
    public async Task StaffShouldSetAndClearTheAgencyWithPatchActors()
    {
        var (_, _, nobody) = await InsertActorsAsync();

        var set = await PatchJsonAsync(AsDirector(), $"/actors/{nobody.Id}", new { agency_id = AgencyA });
        Assert.That(set.StatusCode, Is.EqualTo(HttpStatusCode.OK), await set.Content.ReadAsStringAsync());
        Assert.That((await ReadJsonAsync(set))["actor"]!["agency_id"]!.GetValue<string>(), Is.EqualTo(AgencyA));
        Assert.That((await AsAgent(AgencyA).GetAsync($"/roster/{nobody.Id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var tooLong = await PatchJsonAsync(AsDirector(), $"/actors/{nobody.Id}", new { agency_id = new string('x', 65) });
        Assert.That((await AssertProblemAsync(tooLong, 422))["errors"]!["agency_id"], Is.Not.Null);

        var cleared = await SendAsync(AsDirector(), "PATCH", $"/actors/{nobody.Id}", """{"agency_id":null}""");
        Assert.That(cleared.StatusCode, Is.EqualTo(HttpStatusCode.OK), await cleared.Content.ReadAsStringAsync());
        Assert.That((await FindAsync<Actor>(nobody.Id))!.AgencyId, Is.Null);
        await AssertProblemAsync(await AsAgent(AgencyA).GetAsync($"/roster/{nobody.Id}"), 404);
    }

    [Test]
    public async Task AnAgencyPermissionWithoutAValidOrgIdShouldBe403()
    {
        await InsertActorsAsync();
        var noOrg = WithPermissions(TestTokens.Agent, "test|agent|none");
        var tooLong = WithToken(TestTokens.Create(TestTokens.Agent, "test|agent|long", extraClaims: new Dictionary<string, object> { ["org_id"] = new string('a', 65) }));
        var longest = WithToken(TestTokens.Create(TestTokens.Agent, "test|agent|64", extraClaims: new Dictionary<string, object> { ["org_id"] = new string('a', 64) }));

        foreach (var client in new[] { noOrg, tooLong })
        {
            await AssertProblemAsync(await client.GetAsync("/roster"), 403, "Permission not found in JWT");
            await AssertProblemAsync(await PostJsonAsync(client, "/roster", new { name = "X", age = 30, gender = "male" }), 403, "Permission not found in JWT");
        }

        Assert.That((await longest.GetAsync("/roster")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await CountAsync<Actor>(), Is.EqualTo(3));
    }

    [TestCase("producer")]
    [TestCase("director")]
    [TestCase("assistant")]
    public async Task StaffShouldGet403OnTheRoster(string person)
    {
        var (a, _, _) = await InsertActorsAsync();

        await AssertProblemAsync(await As(person).GetAsync("/roster"), 403, "Permission not found in JWT");
        await AssertProblemAsync(await As(person).GetAsync($"/roster/{a.Id}"), 403, "Permission not found in JWT");
    }
}
