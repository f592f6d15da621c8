using System.Net;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;

namespace CastingAgency.IntegrationTests.Pipeline;

/// <summary>docs/api.md §9, appointments: booking rules, no double booking, edges, the schedule's filters, permissions.</summary>
public sealed class AppointmentEndpointTests : PipelineTestBase
{
    [Test]
    public async Task BookingStoresUtcTimesAndAnswersWithLocationAndEtag()
    {
        var entry = await ShortlistAsync(await RoleAsync(await MovieAsync()), await ActorAsync());
        var response = await PostJsonAsync(AsAssistant(), $"/shortlist/{entry}/appointments", new
        {
            kind = "audition", starts_at = "2026-03-02T10:00:00+01:00", ends_at = "2026-03-02T11:30:00+01:00", location = "Room 2",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var body = await ReadJsonAsync(response);
        var id = body["created"]!.GetValue<int>();
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.Location!.ToString(), Does.EndWith($"/appointments/{id}"));
            Assert.That(response.Headers.ETag, Is.Not.Null);
            Assert.That(body["appointment"]!["starts_at"]!.GetValue<string>(), Is.EqualTo("2026-03-02T09:00:00Z"));
            Assert.That(body["appointment"]!["ends_at"]!.GetValue<string>(), Is.EqualTo("2026-03-02T10:30:00Z"));
            Assert.That(body["appointment"]!["status"]!.GetValue<string>(), Is.EqualTo("scheduled"));
            Assert.That(body["appointment"]!["shortlist_id"]!.GetValue<int>(), Is.EqualTo(entry));
        });
        var stored = await AppointmentAsync(id);
        Assert.That(stored.StartsAt, Is.EqualTo(new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc)));
        var detail = await GetOkJsonAsync(AsAssistant(), $"/shortlist/{entry}");
        Assert.That(Values<int>(detail["entry"]!["appointments"], "id"), Is.EqualTo(new[] { id }));
    }

    [TestCase("2026-03-02T10:00:00", "2026-03-02T11:00:00Z", "starts_at", TestName = "Booking_needs_an_offset")]
    [TestCase("next monday", "2026-03-02T11:00:00Z", "starts_at", TestName = "Booking_needs_a_timestamp")]
    [TestCase("2026-03-02T10:00:00Z", "2026-03-02T10:00:00Z", "ends_at", TestName = "Booking_needs_end_after_start")]
    [TestCase("2026-03-02T10:00:00Z", "2026-03-02T18:00:01Z", "ends_at", TestName = "Booking_lasts_at_most_8_hours")]
    public async Task BadTimesAre422NamingTheField(string start, string end, string field)
    {
        var entry = await ShortlistAsync(await RoleAsync(await MovieAsync()), await ActorAsync());
        var problem = await AssertProblemAsync(
            await PostJsonAsync(AsProducer(), $"/shortlist/{entry}/appointments", new { kind = "audition", starts_at = start, ends_at = end }), 422);
        Assert.That(problem["errors"]!.AsObject().ContainsKey(field), Is.True, problem.ToJsonString());
        Assert.That(await CountAsync<Appointment>(), Is.Zero);
    }

    [Test]
    public async Task EightHoursExactlyIsAllowedAndKindIsRequired()
    {
        var entry = await ShortlistAsync(await RoleAsync(await MovieAsync()), await ActorAsync());
        await BookedAsync(entry, "09:00", "17:00");
        await AssertProblemAsync(await PostJsonAsync(AsProducer(), $"/shortlist/{entry}/appointments", new { starts_at = "2026-03-03T09:00:00Z", ends_at = "2026-03-03T10:00:00Z" }), 422);
        await AssertProblemAsync(await PostJsonAsync(AsProducer(), $"/shortlist/{entry}/appointments", new { kind = "party", starts_at = "2026-03-03T09:00:00Z", ends_at = "2026-03-03T10:00:00Z" }), 422);
        await AssertProblemAsync(await BookAsync(999999, "09:00", "10:00"), 404);
    }

    [TestCase("offered")]
    [TestCase("released")]
    [TestCase("declined")]
    [TestCase("cast")]
    public async Task BookingNeedsTheEntryShortlistedOrInCallback(string status)
    {
        var entry = await ShortlistAsync(await RoleAsync(await MovieAsync()), await ActorAsync());
        foreach (var step in status switch { "declined" => new[] { "offered", "declined" }, "cast" => ["offered", "cast"], _ => [status] })
        {
            await MoveAsync(entry, step);
        }

        var problem = await AssertProblemAsync(await BookAsync(entry, "09:00", "10:00"), 409);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain(status).And.Contain($"shortlist entry {entry}"));
    }

    [Test]
    public async Task ACallbackNeedsTheEntryInCallback()
    {
        var entry = await ShortlistAsync(await RoleAsync(await MovieAsync()), await ActorAsync());
        var problem = await AssertProblemAsync(await BookAsync(entry, "09:00", "10:00", "callback"), 409);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("callback").And.Contain("shortlisted"));
        await MoveAsync(entry, "callback");
        await BookedAsync(entry, "09:00", "10:00", "callback");
    }

    [Test]
    public async Task AnActorIsNeverDoubleBookedAcrossRolesButBackToBackIsFine()
    {
        var movie = await MovieAsync();
        var actor = await ActorAsync();
        var first = await ShortlistAsync(await RoleAsync(movie), actor);
        var second = await ShortlistAsync(await RoleAsync(await MovieAsync("Another")), actor);
        var booked = await BookedAsync(first, "09:00", "10:00");

        var problem = await AssertProblemAsync(await BookAsync(second, "09:30", "10:30"), 409, "Conflict");
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain($"appointment {booked}").And.Contain($"actor {actor}"));
        await BookedAsync(second, "10:00", "11:00");
        await BookedAsync(second, "08:00", "09:00");
        Assert.That(await CountAsync<Appointment>(), Is.EqualTo(3));

        // Another actor at the same time is fine; a canceled or declined appointment frees the time.
        await BookedAsync(await ShortlistAsync(await RoleAsync(movie), await ActorAsync("Other")), "09:00", "10:00");
        Assert.That((await PatchJsonAsync(AsProducer(), $"/appointments/{booked}", new { status = "canceled" })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await BookedAsync(second, "09:00", "10:00");
        Assert.That((await CountViolationsAsync()).Overlaps, Is.Zero);
    }

    [Test]
    public async Task ReschedulingChecksOverlapsAndSchedulesAgain()
    {
        var entry = await ShortlistAsync(await RoleAsync(await MovieAsync()), await ActorAsync());
        var a = await BookedAsync(entry, "09:00", "10:00");
        var b = await BookedAsync(entry, "11:00", "12:00");
        Assert.That((await PatchJsonAsync(AsProducer(), $"/appointments/{a}", new { status = "confirmed" })).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var problem = await AssertProblemAsync(await PatchJsonAsync(AsAssistant(), $"/appointments/{a}", new { starts_at = $"{Monday}T11:30:00Z", ends_at = $"{Monday}T12:30:00Z" }), 409);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain($"appointment {b}"));
        Assert.That((await AppointmentAsync(a)).Status, Is.EqualTo(AppointmentStatus.Confirmed));

        var moved = await PatchJsonAsync(AsAssistant(), $"/appointments/{a}", new { starts_at = $"{Monday}T09:30:00Z", ends_at = $"{Monday}T11:00:00Z", location = "Zoom" });
        Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await moved.Content.ReadAsStringAsync());
        var stored = await AppointmentAsync(a);
        Assert.That((stored.Status, stored.Location, stored.EndsAt), Is.EqualTo((AppointmentStatus.Scheduled, "Zoom", new DateTime(2026, 3, 2, 11, 0, 0, DateTimeKind.Utc))));

        await AssertProblemAsync(await PatchJsonAsync(AsAssistant(), $"/appointments/{a}", new { ends_at = $"{Monday}T09:00:00Z" }), 422);
        await AssertProblemAsync(await PatchJsonAsync(AsAssistant(), $"/appointments/{a}", new { kind = "callback" }), 422);
        await AssertProblemAsync(await PatchJsonAsync(AsAssistant(), $"/appointments/{a}", new { status = "confirmed", location = "x" }), 422);
        Assert.That((await PatchJsonAsync(AsProducer(), $"/appointments/{b}", new { status = "completed" })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var final = await AssertProblemAsync(await PatchJsonAsync(AsAssistant(), $"/appointments/{b}", new { location = "Elsewhere" }), 409);
        Assert.That(final["detail"]!.GetValue<string>(), Does.Contain("completed"));
    }

    [TestCase("scheduled", "scheduled", false)]
    [TestCase("scheduled", "confirmed", true)]
    [TestCase("scheduled", "no_show", true)]
    [TestCase("confirmed", "declined", true)]
    [TestCase("confirmed", "scheduled", false)]
    [TestCase("completed", "canceled", false)]
    [TestCase("canceled", "confirmed", false)]
    [TestCase("declined", "scheduled", false)]
    [TestCase("no_show", "completed", false)]
    public async Task AppointmentStatusMovesFollowTheEdges(string from, string to, bool allowed)
    {
        var entry = await ShortlistAsync(await RoleAsync(await MovieAsync()), await ActorAsync());
        var id = await BookedAsync(entry, "09:00", "10:00");
        if (from != "scheduled")
        {
            Assert.That((await PatchJsonAsync(AsProducer(), $"/appointments/{id}", new { status = from })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var response = await PatchJsonAsync(AsAssistant(), $"/appointments/{id}", new { status = to });
        if (allowed)
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        }
        else
        {
            var problem = await AssertProblemAsync(response, 409);
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain(from).And.Contain(to).And.Contain($"appointment {id}"));
        }
    }

    [Test]
    public async Task TheScheduleFiltersSortsAndPages()
    {
        var movie = await MovieAsync();
        var otherMovie = await MovieAsync("Other");
        var ann = await ActorAsync("Ann");
        var bob = await ActorAsync("Bob", gender: Gender.Male);
        var roleA = await RoleAsync(movie);
        var roleB = await RoleAsync(otherMovie);
        var annA = await ShortlistAsync(roleA, ann);
        var bobB = await ShortlistAsync(roleB, bob);
        var late = await BookedAsync(annA, "14:00", "15:00");
        var early = await BookedAsync(annA, "09:00", "10:00");
        await MoveAsync(annA, "callback");
        var callback = await BookedAsync(annA, "11:00", "12:00", "callback");
        var bobs = await BookedAsync(bobB, "09:30", "10:30");
        Assert.That((await PatchJsonAsync(AsProducer(), $"/appointments/{late}", new { status = "canceled" })).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var all = await GetOkJsonAsync(AsAssistant(), "/appointments");
        Assert.That(Values<int>(all["appointments"], "id"), Is.EqualTo(new[] { early, bobs, callback, late }));
        Assert.That(all["total_appointments"]!.GetValue<int>(), Is.EqualTo(4));
        Assert.That(all.AsObject().ContainsKey("next_cursor") && all["next_cursor"] is null, Is.True);

        async Task<List<int>> Ids(string query) => Values<int>((await GetOkJsonAsync(AsAssistant(), $"/appointments?{query}"))["appointments"], "id");
        Assert.Multiple(async () =>
        {
            Assert.That(await Ids($"actor_id={ann}"), Is.EqualTo(new[] { early, callback, late }));
            Assert.That(await Ids($"role_id={roleB}"), Is.EqualTo(new[] { bobs }));
            Assert.That(await Ids($"movie_id={movie}"), Is.EqualTo(new[] { early, callback, late }));
            Assert.That(await Ids("kind=callback"), Is.EqualTo(new[] { callback }));
            Assert.That(await Ids("status=canceled&status=scheduled"), Is.EqualTo(new[] { early, bobs, callback, late }));
            Assert.That(await Ids("status=canceled"), Is.EqualTo(new[] { late }));
            Assert.That(await Ids($"from={Monday}T10:00:00Z&to={Monday}T11:00:00Z"), Is.EqualTo(new[] { bobs }));
            Assert.That(await Ids($"from={Monday}T10:00:00%2B01:00"), Is.EqualTo(new[] { early, bobs, callback, late }));
            Assert.That(await Ids("sort=-id"), Is.EqualTo(new[] { bobs, callback, early, late }));
            Assert.That(await Ids("sort=-starts_at&page_size=2&page=2"), Is.EqualTo(new[] { bobs, early }));
        });

        var actorSchedule = await GetOkJsonAsync(AsAssistant(), $"/actors/{bob}/appointments");
        Assert.That(actorSchedule["actor_id"]!.GetValue<int>(), Is.EqualTo(bob), "the envelope names its actor");
        Assert.That(Values<int>(actorSchedule["appointments"], "id"), Is.EqualTo(new[] { bobs }));
        await AssertProblemAsync(await AsAssistant().GetAsync("/actors/999999/appointments"), 404);
    }

    [TestCase("status=late", 422, "status")]
    [TestCase("kind=party", 422, "kind")]
    [TestCase("from=monday", 400, "from")] // a value of the wrong type, like ?age=abc (docs/api.md)
    [TestCase("from=not-a-date", 400, "from")]
    [TestCase("to=2026-03-02T10:00:00", 400, "to")] // no offset: not a timestamp the API reads
    [TestCase("from=2026-03-02T10:00:00Z&to=2026-03-02T09:00:00Z", 422, "to")]
    [TestCase("sort=ends_at", 422, "sort")]
    [TestCase("role_id=1&role_id=2", 400, "role_id")]
    [TestCase("when=now", 400, "when")]
    public async Task BadScheduleParametersAreRefusedNamingThem(string query, int status, string field)
    {
        var problem = await AssertProblemAsync(await AsAssistant().GetAsync($"/appointments?{query}"), status);
        Assert.That(problem["errors"]!.AsObject().ContainsKey(field), Is.True, problem.ToJsonString());
    }

    [Test]
    public async Task EtagsIfMatchAndDeleteOfAppointments()
    {
        var entry = await ShortlistAsync(await RoleAsync(await MovieAsync()), await ActorAsync());
        var id = await BookedAsync(entry, "09:00", "10:00");
        var etag = (await AsAssistant().GetAsync($"/appointments/{id}")).Headers.ETag!.Tag;
        Assert.That((await SendAsync(AsProducer(), "PATCH", $"/appointments/{id}", """{"status": "confirmed"}""", etag)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await AssertProblemAsync(await SendAsync(AsProducer(), "PATCH", $"/appointments/{id}", """{"status": "completed"}""", etag), 412);
        await AssertProblemAsync(await SendAsync(AsProducer(), "DELETE", $"/appointments/{id}", ifMatch: etag), 412);
        await AssertProblemAsync(await AsAssistant().DeleteAsync($"/appointments/{id}"), 403);
        Assert.That((await AppointmentAsync(id)).Status, Is.EqualTo(AppointmentStatus.Confirmed));

        var deleted = await AsDirector().DeleteAsync($"/appointments/{id}");
        Assert.That((await ReadJsonAsync(deleted))["deleted"]!.GetValue<int>(), Is.EqualTo(id));
        Assert.That(await CountAsync<Appointment>(), Is.Zero);
        await AssertProblemAsync(await AsAssistant().GetAsync($"/appointments/{id}"), 404);
    }

    [TestCase("GET", "/appointments", "assistant", 200)]
    [TestCase("GET", "/appointments", "none", 401)]
    [TestCase("GET", "/appointments/{id}", "assistant", 200)]
    [TestCase("GET", "/actors/{actor}/appointments", "director", 200)]
    [TestCase("POST", "/shortlist/{entry}/appointments", "assistant", 201)]
    [TestCase("POST", "/shortlist/{entry}/appointments", "none", 401)]
    [TestCase("PATCH", "/appointments/{id}", "assistant", 200)]
    [TestCase("DELETE", "/appointments/{id}", "assistant", 403)]
    [TestCase("DELETE", "/appointments/{id}", "producer", 200)]
    public async Task AppointmentPermissionsFollowTheContract(string method, string path, string person, int status)
    {
        var actor = await ActorAsync();
        var entry = await ShortlistAsync(await RoleAsync(await MovieAsync()), actor);
        var id = await BookedAsync(entry, "09:00", "10:00");
        var url = path.Replace("{id}", id.ToString(), StringComparison.Ordinal)
            .Replace("{entry}", entry.ToString(), StringComparison.Ordinal).Replace("{actor}", actor.ToString(), StringComparison.Ordinal);
        var json = method switch
        {
            "POST" => """{"kind": "audition", "starts_at": "2026-03-03T09:00:00Z", "ends_at": "2026-03-03T10:00:00Z"}""",
            "PATCH" => """{"status": "confirmed"}""",
            _ => null,
        };

        var response = await SendAsync(As(person), method, url, json);
        Assert.That((int)response.StatusCode, Is.EqualTo(status), await response.Content.ReadAsStringAsync());
        if (status == 401)
        {
            await AssertProblemAsync(response, 401);
        }
    }
}
