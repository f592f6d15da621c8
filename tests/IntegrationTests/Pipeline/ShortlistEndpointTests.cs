using System.Net;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.IntegrationTests.Pipeline;

/// <summary>docs/api.md §9, shortlists: every rule, edge and permission over HTTP, with the database state checked.</summary>
public sealed class ShortlistEndpointTests : PipelineTestBase
{
    [Test]
    public async Task ShortlistingCreatesAnEntryWithLocationEtagCreatorAndHistory()
    {
        var role = await RoleAsync(await MovieAsync());
        var actor = await ActorAsync();

        var response = await PostJsonAsync(AsAssistant(), $"/roles/{role}/shortlist", new { actor_id = actor, note = "strong reader" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var body = await ReadJsonAsync(response);
        var id = body["created"]!.GetValue<int>();
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.Location!.ToString(), Does.EndWith($"/shortlist/{id}"));
            Assert.That(response.Headers.ETag, Is.Not.Null);
            Assert.That(body["entry"]!["status"]!.GetValue<string>(), Is.EqualTo("shortlisted"));
            Assert.That(body["entry"]!["created_by"]!.GetValue<string>(), Is.EqualTo("test|assistant"));
            Assert.That(body["entry"]!["role_id"]!.GetValue<int>(), Is.EqualTo(role));
            Assert.That(body["entry"]!["note"]!.GetValue<string>(), Is.EqualTo("strong reader"));
        });
        var history = await GetOkJsonAsync(AsAssistant(), $"/shortlist/{id}/history");
        Assert.That(history["shortlist_id"]!.GetValue<int>(), Is.EqualTo(id));
        Assert.That(Statuses(history["history"]), Is.EqualTo(new[] { "shortlisted" }));
        Assert.That(history["history"]![0]!["by"]!.GetValue<string>(), Is.EqualTo("test|assistant"));
    }

    [Test]
    public async Task ARoleListsAnActorOnce()
    {
        var role = await RoleAsync(await MovieAsync());
        var actor = await ActorAsync();
        await ShortlistAsync(role, actor);

        var problem = await AssertProblemAsync(await PostJsonAsync(AsProducer(), $"/roles/{role}/shortlist", new { actor_id = actor }), 409, "Conflict");
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain($"role {role}").And.Contain($"actor {actor}"));
        Assert.That(await CountAsync<ShortlistEntry>(), Is.EqualTo(1));
    }

    [Test]
    public async Task ACastRoleTakesNoEntriesAndAnUnfitActorIsRefused()
    {
        var movie = await MovieAsync();
        var holder = await ActorAsync("Holder");
        var cast = (await InsertRoleAsync(movie, "Cast", RoleGender.Any, 20, 40, holder)).Id;
        var open = await RoleAsync(movie, 20, 25);
        var actor = await ActorAsync(age: 30);

        var castProblem = await AssertProblemAsync(await PostJsonAsync(AsProducer(), $"/roles/{cast}/shortlist", new { actor_id = actor }), 409);
        Assert.That(castProblem["detail"]!.GetValue<string>(), Does.Contain($"role {cast}").And.Contain("cast").And.Contain($"actor {actor}"));
        var unfit = await AssertProblemAsync(await PostJsonAsync(AsProducer(), $"/roles/{open}/shortlist", new { actor_id = actor }), 409);
        Assert.That(unfit["detail"]!.GetValue<string>(), Does.Contain($"role {open}").And.Contain($"actor {actor}").And.Contain("20-25"));
        Assert.That(await CountAsync<ShortlistEntry>(), Is.Zero);
    }

    [Test]
    public async Task CreateValidatesItsBodyAndRoute()
    {
        var role = await RoleAsync(await MovieAsync());
        var missing = await AssertProblemAsync(await PostJsonAsync(AsProducer(), $"/roles/{role}/shortlist", new { note = "x" }), 422);
        Assert.That(missing["errors"]!["actor_id"], Is.Not.Null);
        var unknown = await AssertProblemAsync(await PostJsonAsync(AsProducer(), $"/roles/{role}/shortlist", new { actor_id = 999999 }), 422);
        Assert.That(unknown["errors"]!["actor_id"]![0]!.GetValue<string>(), Does.Contain("999999"));
        await AssertProblemAsync(await PostJsonAsync(AsProducer(), $"/roles/{role}/shortlist", new { actor_id = 1, status = "cast" }), 422);
        await AssertProblemAsync(await PostJsonAsync(AsProducer(), "/roles/999999/shortlist", new { actor_id = await ActorAsync() }), 404);
        await AssertProblemAsync(await SendAsync(AsProducer(), "POST", $"/roles/{role}/shortlist", """{"actor_id": 1, "rank": 2}"""), 400);
    }

    [Test]
    public async Task TheShortlistOfARoleFiltersByAnyOfStatusAndActorSortsAndPages()
    {
        var movie = await MovieAsync();
        var role = await RoleAsync(movie);
        var other = await RoleAsync(movie);
        var ids = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add(await ShortlistAsync(role, await ActorAsync($"A{i}")));
        }

        await ShortlistAsync(other, await ActorAsync("Elsewhere"));
        await MoveAsync(ids[1], "callback");
        await MoveAsync(ids[2], "released");

        var all = await GetOkJsonAsync(AsAssistant(), $"/roles/{role}/shortlist");
        Assert.Multiple(() =>
        {
            Assert.That(all["role_id"]!.GetValue<int>(), Is.EqualTo(role));
            Assert.That(all["total_shortlist"]!.GetValue<int>(), Is.EqualTo(4));
            Assert.That(Values<int>(all["shortlist"], "id"), Is.EqualTo(ids));
            Assert.That(all["page"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(all["page_size"]!.GetValue<int>(), Is.EqualTo(10));
            Assert.That(all.AsObject().ContainsKey("next_cursor"), Is.True);
            Assert.That(all["next_cursor"], Is.Null);
        });

        var anyOf = await GetOkJsonAsync(AsAssistant(), $"/roles/{role}/shortlist?status=callback&status=released");
        Assert.That(Values<int>(anyOf["shortlist"], "id"), Is.EqualTo(new[] { ids[1], ids[2] }));
        Assert.That(anyOf["total_shortlist"]!.GetValue<int>(), Is.EqualTo(2));

        var stored = await EntryAsync(ids[3]);
        var byActor = await GetOkJsonAsync(AsAssistant(), $"/roles/{role}/shortlist?actor_id={stored.ActorId}");
        Assert.That(Values<int>(byActor["shortlist"], "id"), Is.EqualTo(new[] { ids[3] }));

        var sorted = await GetOkJsonAsync(AsAssistant(), $"/roles/{role}/shortlist?sort=-id&page_size=2&page=2");
        Assert.That(Values<int>(sorted["shortlist"], "id"), Is.EqualTo(new[] { ids[1], ids[0] }));
        var byStatus = await GetOkJsonAsync(AsAssistant(), $"/roles/{role}/shortlist?sort=status,id");
        Assert.That(Statuses(byStatus["shortlist"]), Is.EqualTo(new[] { "callback", "released", "shortlisted", "shortlisted" }));
        var past = await GetOkJsonAsync(AsAssistant(), $"/roles/{role}/shortlist?page=9");
        Assert.That(past["shortlist"]!.AsArray(), Is.Empty);
        Assert.That(past["total_shortlist"]!.GetValue<int>(), Is.EqualTo(4));
        await GetOkJsonAsync(AsAssistant(), $"/roles/{role}/shortlist?sort=created_at");
    }

    [TestCase("status=hired", 422, "status")]
    [TestCase("sort=name", 422, "sort")]
    [TestCase("page_size=500", 422, "page_size")]
    [TestCase("actor_id=1&actor_id=2", 400, "actor_id")]
    [TestCase("actor_id=x", 400, "actor_id")]
    [TestCase("color=red", 400, "color")]
    public async Task BadListParametersAreRefusedNamingThem(string query, int status, string field)
    {
        var role = await RoleAsync(await MovieAsync());
        var problem = await AssertProblemAsync(await AsAssistant().GetAsync($"/roles/{role}/shortlist?{query}"), status);
        Assert.That(problem["errors"]!.AsObject().ContainsKey(field), Is.True, problem.ToJsonString());
    }

    [Test]
    public async Task UnknownRoleOrEntryIs404()
    {
        await AssertProblemAsync(await AsAssistant().GetAsync("/roles/999999/shortlist"), 404);
        await AssertProblemAsync(await AsAssistant().GetAsync("/shortlist/999999"), 404);
        await AssertProblemAsync(await AsAssistant().GetAsync("/shortlist/999999/history"), 404);
        await AssertProblemAsync(await PatchJsonAsync(AsProducer(), "/shortlist/999999", new { status = "callback" }), 404);
        await AssertProblemAsync(await AsProducer().DeleteAsync("/shortlist/999999"), 404);
    }

    [Test]
    public async Task TheFullPathToCastCastsTheRoleReleasesTheOthersCancelsAppointmentsAndRecordsHistory()
    {
        var role = await RoleAsync(await MovieAsync());
        var winner = await ShortlistAsync(role, await ActorAsync("Winner"));
        var other = await ShortlistAsync(role, await ActorAsync("Other"));
        var declined = await ShortlistAsync(role, await ActorAsync("Declined"));
        await MoveAsync(declined, "offered");
        await MoveAsync(declined, "declined");
        await MoveAsync(winner, "callback");
        var audition = await BookedAsync(winner, "09:00", "10:00", "callback");
        await MoveAsync(winner, "offered");

        var response = await PatchJsonAsync(AsDirector(), $"/shortlist/{winner}", new { status = "cast" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That((await ReadJsonAsync(response))["entry"]!["status"]!.GetValue<string>(), Is.EqualTo("cast"));
        var stored = await EntryAsync(winner);
        Assert.Multiple(async () =>
        {
            Assert.That((await StoredRoleAsync(role)).ActorId, Is.EqualTo(stored.ActorId));
            Assert.That((await EntryAsync(other)).Status, Is.EqualTo(ShortlistStatus.Released));
            Assert.That((await EntryAsync(declined)).Status, Is.EqualTo(ShortlistStatus.Declined));
            Assert.That((await AppointmentAsync(audition)).Status, Is.EqualTo(AppointmentStatus.Canceled));
        });
        var history = await GetOkJsonAsync(AsAssistant(), $"/shortlist/{winner}/history");
        Assert.That(Statuses(history["history"]), Is.EqualTo(new[] { "shortlisted", "callback", "offered", "cast" }));
        Assert.That(Values<string>(history["history"], "by").Last(), Is.EqualTo("test|director"));
        var released = await GetOkJsonAsync(AsAssistant(), $"/shortlist/{other}/history");
        Assert.That(Values<string>(released["history"], "by"), Is.EqualTo(new[] { "test|producer", "system" }));
        Assert.That(await CountViolationsAsync(), Is.EqualTo((0, 0, 0)));
    }

    [TestCase("shortlisted", "shortlisted")]
    [TestCase("shortlisted", "cast")]
    [TestCase("shortlisted", "declined")]
    [TestCase("callback", "shortlisted")]
    [TestCase("callback", "cast")]
    [TestCase("offered", "callback")]
    [TestCase("offered", "shortlisted")]
    [TestCase("released", "offered")]
    [TestCase("declined", "released")]
    [TestCase("declined", "shortlisted")]
    public async Task MovesOffTheEdgesAre409NamingTheStates(string from, string to)
    {
        var role = await RoleAsync(await MovieAsync());
        var entry = await ShortlistAsync(role, await ActorAsync());
        foreach (var step in from switch
        {
            "callback" => new[] { "callback" },
            "offered" => ["offered"],
            "released" => ["released"],
            "declined" => ["offered", "declined"],
            _ => [],
        })
        {
            await MoveAsync(entry, step);
        }

        var problem = await AssertProblemAsync(await PatchJsonAsync(AsProducer(), $"/shortlist/{entry}", new { status = to }), 409, "Conflict");
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain(from).And.Contain(to).And.Contain($"role {role}"));
        Assert.That(WireStatus((await EntryAsync(entry)).Status), Is.EqualTo(from));
    }

    [Test]
    public async Task ACastEntryIsFinalForPatch()
    {
        var role = await RoleAsync(await MovieAsync());
        var entry = await ShortlistAsync(role, await ActorAsync());
        await MoveAsync(entry, "offered");
        await MoveAsync(entry, "cast");
        foreach (var to in new[] { "released", "declined", "shortlisted", "offered" })
        {
            await AssertProblemAsync(await PatchJsonAsync(AsProducer(), $"/shortlist/{entry}", new { status = to }), 409);
        }

        Assert.That((await EntryAsync(entry)).Status, Is.EqualTo(ShortlistStatus.Cast));
    }

    [Test]
    public async Task ARoleHasOneOpenOffer()
    {
        var role = await RoleAsync(await MovieAsync());
        var first = await ShortlistAsync(role, await ActorAsync("First"));
        var second = await ShortlistAsync(role, await ActorAsync("Second"));
        await MoveAsync(first, "offered");

        var problem = await AssertProblemAsync(await PatchJsonAsync(AsProducer(), $"/shortlist/{second}", new { status = "offered" }), 409);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain($"role {role}").And.Contain($"entry {first}").And.Contain("open offer"));
        await MoveAsync(first, "released");
        await MoveAsync(second, "offered");
        Assert.That(await CountViolationsAsync(), Is.EqualTo((0, 0, 0)));
    }

    [Test]
    public async Task AnActorWhoAgedOutStaysListedButCannotBeOffered()
    {
        var role = await RoleAsync(await MovieAsync(), 20, 30);
        var actor = await ActorAsync(age: 25);
        var entry = await ShortlistAsync(role, actor);
        Assert.That((await PatchJsonAsync(AsProducer(), $"/actors/{actor}", new { age = 45 })).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var problem = await AssertProblemAsync(await PatchJsonAsync(AsProducer(), $"/shortlist/{entry}", new { status = "offered" }), 409);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain($"actor {actor}").And.Contain($"role {role}"));
        Assert.That((await EntryAsync(entry)).Status, Is.EqualTo(ShortlistStatus.Shortlisted));
    }

    [TestCase("offered")]
    [TestCase("cast")]
    public async Task OfferingAndCastingNeedPatchRolesToo(string status)
    {
        var role = await RoleAsync(await MovieAsync());
        var entry = await ShortlistAsync(role, await ActorAsync());
        if (status == "cast")
        {
            await MoveAsync(entry, "offered");
        }

        await AssertProblemAsync(await PatchJsonAsync(AsAssistant(), $"/shortlist/{entry}", new { status }), 403, "Permission not found in JWT");
        var response = await PatchJsonAsync(AsDirector(), $"/shortlist/{entry}", new { status });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task AnAssistantMovesToCallbackAndEditsNotes()
    {
        var role = await RoleAsync(await MovieAsync());
        var entry = await ShortlistAsync(role, await ActorAsync());
        var response = await PatchJsonAsync(AsAssistant(), $"/shortlist/{entry}", new { status = "callback", note = "great" });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var stored = await EntryAsync(entry);
        Assert.That((stored.Status, stored.Note), Is.EqualTo((ShortlistStatus.Callback, "great")));
        await AssertProblemAsync(await SendAsync(AsAssistant(), "PATCH", $"/shortlist/{entry}", "{}"), 422);
        await AssertProblemAsync(await PatchJsonAsync(AsAssistant(), $"/shortlist/{entry}", new { actor_id = 3 }), 422);
        await AssertProblemAsync(await PatchJsonAsync(AsAssistant(), $"/shortlist/{entry}", new { status = "hired" }), 422);
    }

    [Test]
    public async Task EtagsAndIfMatchHoldForEntries()
    {
        var role = await RoleAsync(await MovieAsync());
        var entry = await ShortlistAsync(role, await ActorAsync());
        var get = await AsAssistant().GetAsync($"/shortlist/{entry}");
        var etag = get.Headers.ETag!.Tag;
        Assert.That((await ReadJsonAsync(get))["entry"]!["appointments"]!.AsArray(), Is.Empty);

        var ok = await SendAsync(AsProducer(), "PATCH", $"/shortlist/{entry}", """{"note": "one"}""", etag);
        Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(ok.Headers.ETag!.Tag, Is.Not.EqualTo(etag));
        await AssertProblemAsync(await SendAsync(AsProducer(), "PATCH", $"/shortlist/{entry}", """{"note": "two"}""", etag), 412);
        await AssertProblemAsync(await SendAsync(AsProducer(), "DELETE", $"/shortlist/{entry}", ifMatch: etag), 412);
        Assert.That((await EntryAsync(entry)).Note, Is.EqualTo("one"));
    }

    [Test]
    public async Task DeletingAnEntryRemovesItsAppointmentsButACastEntryStays()
    {
        var role = await RoleAsync(await MovieAsync());
        var entry = await ShortlistAsync(role, await ActorAsync("A"));
        await BookedAsync(entry, "09:00", "10:00");
        var cast = await ShortlistAsync(role, await ActorAsync("B"));
        await MoveAsync(cast, "offered");
        await MoveAsync(cast, "cast");

        await AssertProblemAsync(await AsAssistant().DeleteAsync($"/shortlist/{entry}"), 403);
        var deleted = await AsDirector().DeleteAsync($"/shortlist/{entry}");
        Assert.That((await ReadJsonAsync(deleted))["deleted"]!.GetValue<int>(), Is.EqualTo(entry));
        Assert.That(await CountAsync<Appointment>(), Is.Zero);

        var problem = await AssertProblemAsync(await AsDirector().DeleteAsync($"/shortlist/{cast}"), 409);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("cast").And.Contain($"role {role}"));
        Assert.That(await CountAsync<ShortlistEntry>(), Is.EqualTo(1));
    }

    [Test]
    public async Task CastingThroughPatchRolesMovesThePipelineAndRecastingReleasesTheOldCastEntry()
    {
        var role = await RoleAsync(await MovieAsync());
        var actorA = await ActorAsync("A");
        var actorB = await ActorAsync("B");
        var a = await ShortlistAsync(role, actorA);
        var b = await ShortlistAsync(role, actorB);
        var appointment = await BookedAsync(a, "09:00", "10:00");

        Assert.That((await PatchJsonAsync(AsDirector(), $"/roles/{role}", new { actor_id = actorA })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(((await EntryAsync(a)).Status, (await EntryAsync(b)).Status), Is.EqualTo((ShortlistStatus.Cast, ShortlistStatus.Released)));
        Assert.That((await AppointmentAsync(appointment)).Status, Is.EqualTo(AppointmentStatus.Canceled));
        var history = await GetOkJsonAsync(AsAssistant(), $"/shortlist/{a}/history");
        Assert.That(Values<string>(history["history"], "by").Last(), Is.EqualTo("system"));

        Assert.That((await PatchJsonAsync(AsDirector(), $"/roles/{role}", new { actor_id = actorB })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(((await EntryAsync(a)).Status, (await EntryAsync(b)).Status), Is.EqualTo((ShortlistStatus.Released, ShortlistStatus.Cast)));

        Assert.That((await SendAsync(AsDirector(), "PATCH", $"/roles/{role}", """{"actor_id": null}""")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await EntryAsync(b)).Status, Is.EqualTo(ShortlistStatus.Released));
        Assert.That(await CountViolationsAsync(), Is.EqualTo((0, 0, 0)));
    }

    [Test]
    public async Task DeletingTheRoleMovieOrActorRemovesEntriesAndAppointments()
    {
        var movie = await MovieAsync();
        var role = await RoleAsync(movie);
        var other = await RoleAsync(await MovieAsync("Other"));
        var actor = await ActorAsync("A");
        await BookedAsync(await ShortlistAsync(role, actor), "09:00", "10:00");
        var keptActor = await ActorAsync("B");
        await BookedAsync(await ShortlistAsync(other, keptActor), "09:00", "10:00");
        await BookedAsync(await ShortlistAsync(other, actor), "11:00", "12:00");

        Assert.That((await AsProducer().DeleteAsync($"/actors/{actor}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await CountAsync<ShortlistEntry>(), await CountAsync<Appointment>()), Is.EqualTo((1, 1)));
        Assert.That((await AsProducer().DeleteAsync($"/roles/{other}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await CountAsync<ShortlistEntry>(), await CountAsync<Appointment>()), Is.EqualTo((0, 0)));

        var third = await RoleAsync(movie);
        await BookedAsync(await ShortlistAsync(third, keptActor), "09:00", "10:00");
        Assert.That((await AsProducer().DeleteAsync($"/movies/{movie}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await CountAsync<ShortlistEntry>(), await CountAsync<Appointment>()), Is.EqualTo((0, 0)));
        Assert.That(await ExecuteDbContextAsync(c => c.Set<ShortlistStatusChange>().CountAsync()), Is.Zero);
    }

    [TestCase("GET", "/roles/{role}/shortlist", "assistant", 200)]
    [TestCase("GET", "/roles/{role}/shortlist", "none", 401)]
    [TestCase("POST", "/roles/{role}/shortlist", "assistant", 201)]
    [TestCase("POST", "/roles/{role}/shortlist", "none", 401)]
    [TestCase("GET", "/shortlist/{entry}", "assistant", 200)]
    [TestCase("GET", "/shortlist/{entry}/history", "director", 200)]
    [TestCase("PATCH", "/shortlist/{entry}", "assistant", 200)]
    [TestCase("DELETE", "/shortlist/{entry}", "assistant", 403)]
    [TestCase("DELETE", "/shortlist/{entry}", "director", 200)]
    public async Task ShortlistPermissionsFollowTheContract(string method, string path, string person, int status)
    {
        var role = await RoleAsync(await MovieAsync());
        var entry = await ShortlistAsync(role, await ActorAsync("Listed"));
        var url = path.Replace("{role}", role.ToString(), StringComparison.Ordinal).Replace("{entry}", entry.ToString(), StringComparison.Ordinal);
        var json = method switch
        {
            "POST" => $$"""{"actor_id": {{await ActorAsync("New")}}}""",
            "PATCH" => """{"status": "callback"}""",
            _ => null,
        };

        var response = await SendAsync(As(person), method, url, json);
        Assert.That((int)response.StatusCode, Is.EqualTo(status), await response.Content.ReadAsStringAsync());
        var onlyGets = WithPermissions(["get:movies", "get:actors", "get:roles"]);
        if (method == "GET")
        {
            await AssertProblemAsync(await onlyGets.GetAsync(url), 403);
        }
    }

    private static string WireStatus(ShortlistStatus status) => Domain.Common.WireNames<ShortlistStatus>.ToWire(status);
}
