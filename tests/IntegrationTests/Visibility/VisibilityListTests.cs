using System.Net;
using System.Text.Json.Nodes;
using CastingAgency.Domain.Entities;
using CastingAgency.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.IntegrationTests.Visibility;

/// <summary>
/// Contract §12: lists and their totals leave out what the caller does not see, a cursor never yields more than its
/// holder may see, and a 409 caused by something hidden names nothing of it.
/// </summary>
[TestFixture]
public sealed class VisibilityListTests : VisibilityTestBase
{
    public static IEnumerable<TestCaseData> Callers() =>
        Enum.GetValues<Caller>().Select(c => new TestCaseData(c).SetName($"ShouldLeaveHiddenProductionsOutOfEveryListAndTotal({c})"));

    [TestCaseSource(nameof(Callers))]
    public async Task ShouldLeaveHiddenProductionsOutOfEveryListAndTotal(Caller caller)
    {
        var client = As(caller);
        var seen = Seen(caller).Select(p => Ids[p]).ToList();

        var movies = await GetOkJsonAsync(client, "/movies?page_size=100&include_total=true");
        var roles = await GetOkJsonAsync(client, "/roles?page_size=100&include_total=true");
        var appointments = await GetOkJsonAsync(client, "/appointments?page_size=100&include_total=true");
        var actorAppointments = await GetOkJsonAsync(client, $"/actors/{ExtraActor}/appointments?page_size=100&include_total=true");
        var actorRoles = await GetOkJsonAsync(client, $"/actors/{LeadActor}/roles");
        var actor = await GetOkJsonAsync(client, $"/actors/{LeadActor}");
        var openMovie = await GetOkJsonAsync(client, $"/movies/{Ids[Production.Open].Movie}");

        Assert.Multiple(() =>
        {
            Assert.That(Values<int>(movies["movies"], "id"), Is.EquivalentTo(seen.Select(p => p.Movie)), "/movies");
            Assert.That(movies["total_movies"]!.GetValue<int>(), Is.EqualTo(seen.Count), "total_movies");
            Assert.That(Values<int>(roles["roles"], "id"), Is.EquivalentTo(seen.SelectMany(p => new[] { p.LeadRole, p.ExtraRole })), "/roles");
            Assert.That(roles["total_roles"]!.GetValue<int>(), Is.EqualTo(2 * seen.Count), "total_roles");
            Assert.That(Values<int>(appointments["appointments"], "id"), Is.EquivalentTo(seen.Select(p => p.Appointment)), "/appointments");
            Assert.That(appointments["total_appointments"]!.GetValue<int>(), Is.EqualTo(seen.Count), "total_appointments");
            Assert.That(Values<int>(actorAppointments["appointments"], "id"), Is.EquivalentTo(seen.Select(p => p.Appointment)), "an actor's appointments");
            Assert.That(actorAppointments["total_appointments"]!.GetValue<int>(), Is.EqualTo(seen.Count));
            Assert.That(Values<int>(actorRoles["roles"], "id"), Is.EquivalentTo(seen.Select(p => p.LeadRole)), "/actors/{id}/roles");
            Assert.That(Values<int>(actor["actor"]!["movies"], "movie_id"), Is.EquivalentTo(seen.Select(p => p.Movie)), "an actor's movies");
            Assert.That(Values<int>(openMovie["movie"]!["cast"], "role_id"), Is.EqualTo(new[] { Ids[Production.Open].LeadRole }), "a movie's cast");
        });
    }

    public static IEnumerable<TestCaseData> FilteredCases() =>
        from caller in Enum.GetValues<Caller>()
        from production in new[] { Production.Own, Production.Other }
        select new TestCaseData(caller, production).SetName($"ShouldFindNothingHiddenByFilter({caller},{production})");

    /// <summary>A filter naming a hidden movie finds nothing, and says so in its total: as for a movie that never existed.</summary>
    [TestCaseSource(nameof(FilteredCases))]
    public async Task ShouldFindNothingHiddenByFilter(Caller caller, Production production)
    {
        var client = As(caller);
        var ids = Ids[production];
        var expected = Sees(caller, production) ? 1 : 0;

        var byTitle = await GetOkJsonAsync(client, $"/movies?include_total=true&title={Uri.EscapeDataString($"Working Title {production}")}");
        var roles = await GetOkJsonAsync(client, $"/roles?include_total=true&movie_id={ids.Movie}");
        var appointments = await GetOkJsonAsync(client, $"/appointments?movie_id={ids.Movie}&include_total=true");
        var byId = await GetOkJsonAsync(client, $"/roles?id={ids.LeadRole}");

        Assert.Multiple(() =>
        {
            Assert.That(byTitle["total_movies"]!.GetValue<int>(), Is.EqualTo(expected));
            Assert.That(byTitle["movies"]!.AsArray(), Has.Count.EqualTo(expected));
            Assert.That(roles["total_roles"]!.GetValue<int>(), Is.EqualTo(2 * expected));
            Assert.That(appointments["total_appointments"]!.GetValue<int>(), Is.EqualTo(expected));
            Assert.That(byId["roles"]!.AsArray(), Has.Count.EqualTo(expected));
        });
    }

    /// <summary>
    /// A cursor a producer who sees every production was given, used by a caller who does not: the pages it leads to
    /// hold only what the new holder sees (the cursor carries a position, never a view).
    /// </summary>
    [TestCase("movies")]
    [TestCase("roles")]
    [TestCase("appointments")]
    public async Task ShouldNeverYieldMoreThanItsHolderSeesWhenACursorChangesHands(string list)
    {
        var first = await GetOkJsonAsync(As(Caller.ReadConfidential), $"/{list}?page_size=1");
        var cursor = first["next_cursor"]!.GetValue<string>();

        var walked = new List<int>();
        var client = WithPermissions(TestTokens.Assistant, "test|assistant");
        while (cursor is not null)
        {
            var page = await GetOkJsonAsync(client, $"/{list}?page_size=1&cursor={Uri.EscapeDataString(cursor)}");
            walked.AddRange(Values<int>(page[list], "id"));
            cursor = page["next_cursor"]?.GetValue<string>();
            Assert.That(walked, Has.Count.LessThan(20), "the walk ends");
        }

        var open = Ids[Production.Open];
        var visible = list switch
        {
            "movies" => new[] { open.Movie },
            "roles" => [open.LeadRole, open.ExtraRole],
            _ => [open.Appointment],
        };
        Assert.That(Values<int>(first[list], "id").Concat(walked), Is.EquivalentTo(visible), "only the open production's, each once");
    }

    /// <summary>
    /// Double booking holds across productions: the actor's appointment in a production the caller does not see
    /// refuses the booking (409) without naming that appointment, its role, its movie or its times.
    /// </summary>
    [TestCase(Caller.NoTeam, Production.Open)]
    [TestCase(Caller.Member, Production.Own)]
    [TestCase(Caller.Removed, Production.Open)]
    public async Task ShouldRefuseADoubleBookingAcrossProductionsWithoutNamingTheHiddenOne(Caller caller, Production production)
    {
        // The extra's appointment in Other (hidden from every caller here) is on the 4th, 09:00-10:00.
        var hidden = Ids[Production.Other];
        var before = await SnapshotAsync();

        var response = await PostJsonAsync(As(caller), $"/shortlist/{Ids[production].Entry}/appointments", new
        {
            kind = "audition",
            starts_at = "2026-03-04T09:30:00Z",
            ends_at = "2026-03-04T10:30:00Z",
            location = "Room",
        });

        var problem = await AssertProblemAsync(response, 409);
        var message = problem["detail"]!.GetValue<string>();
        Assert.Multiple(async () =>
        {
            Assert.That(message, Does.Contain($"actor {ExtraActor}").And.Contain("another appointment"));
            AssertNamesNothingOf(problem.ToJsonString(), hidden, "Other");
            Assert.That(message, Does.Not.Contain("09:00").And.Not.Contain("10:00"));
            Assert.That(await SnapshotAsync(), Is.EqualTo(before), "nothing booked");
        });
    }

    /// <summary>A reschedule into the hidden appointment's slot: the same 409, naming nothing of it.</summary>
    [Test]
    public async Task ShouldRefuseARescheduleOntoAHiddenAppointmentWithoutNamingIt()
    {
        var hidden = Ids[Production.Other];
        var before = await SnapshotAsync();

        var response = await PatchJsonAsync(As(Caller.Member), $"/appointments/{Ids[Production.Own].Appointment}", new
        {
            starts_at = "2026-03-04T09:00:00Z",
            ends_at = "2026-03-04T10:00:00Z",
        });

        var problem = await AssertProblemAsync(response, 409);
        AssertNamesNothingOf(problem.ToJsonString(), hidden, "Other");
        Assert.That(await SnapshotAsync(), Is.EqualTo(before));
    }

    /// <summary>A visible clash still names the other appointment (docs/api.md, double booking).</summary>
    [Test]
    public async Task ShouldStillNameAClashTheCallerSees()
    {
        var response = await PostJsonAsync(As(Caller.ReadConfidential), $"/shortlist/{Ids[Production.Own].Entry}/appointments", new
        {
            kind = "audition",
            starts_at = "2026-03-04T09:30:00Z",
            ends_at = "2026-03-04T10:30:00Z",
            location = "Room",
        });

        var problem = await AssertProblemAsync(response, 409);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain($"appointment {Ids[Production.Other].Appointment}"));
    }

    /// <summary>
    /// The casting rule holds across productions: an actor's new age must fit the role they are cast in where the
    /// caller does not see it; the 409 says so without naming the role, its terms or its movie.
    /// </summary>
    [TestCase(Caller.NoTeam)]
    [TestCase(Caller.Member)]
    [TestCase(Caller.Removed)]
    public async Task ShouldRefuseAnAgeThatBreaksTheCastingRuleInAHiddenProductionWithoutNamingIt(Caller caller)
    {
        // Make only the Other production's lead role misfit at 41: the others are widened to 30-60.
        await ExecuteSeeingEverythingAsync(context => context.Roles.IgnoreQueryFilters()
            .Where(r => r.Id == Ids[Production.Open].LeadRole || r.Id == Ids[Production.Own].LeadRole)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.MaxAge, 60)));
        var before = await SnapshotAsync();

        var response = await PatchJsonAsync(As(caller), $"/actors/{LeadActor}", new { age = 41 });

        var problem = await AssertProblemAsync(response, 409);
        Assert.Multiple(async () =>
        {
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain($"actor {LeadActor}").And.Contain("cast in a role"));
            AssertNamesNothingOf(problem.ToJsonString(), Ids[Production.Other], "Other");
            // The actor's own id may hold these digits; what follows it must not (the hidden role's ages are 30 to 40).
            var terms = problem["detail"]!.GetValue<string>().Replace($"actor {LeadActor}", "actor", StringComparison.Ordinal);
            Assert.That(terms, Does.Not.Contain("30").And.Not.Contain("40"), "nor its terms");
            Assert.That(await SnapshotAsync(), Is.EqualTo(before));
        });
    }

    /// <summary>Offers and casts within a seen production are not held up by the actor's place in a hidden one.</summary>
    [Test]
    public async Task ShouldOfferAndCastAnActorWhoseOtherProductionIsHidden()
    {
        var entry = Ids[Production.Own].Entry;
        var client = As(Caller.Member);

        var offered = await PatchJsonAsync(client, $"/shortlist/{entry}", new { status = "offered" });
        Assert.That(offered.StatusCode, Is.EqualTo(HttpStatusCode.OK), await offered.Content.ReadAsStringAsync());
        var cast = await PatchJsonAsync(client, $"/shortlist/{entry}", new { status = "cast" });
        var body = await cast.Content.ReadAsStringAsync();
        Assert.That(cast.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        AssertNamesNothingOf(body, Ids[Production.Other], "Other");

        // The hidden production's entry and appointment of the same actor are untouched.
        var (status, appointment) = await ExecuteSeeingEverythingAsync(async context => (
            await context.ShortlistEntries.IgnoreQueryFilters().Where(e => e.Id == Ids[Production.Other].Entry).Select(e => e.Status).SingleAsync(),
            await context.Appointments.IgnoreQueryFilters().Where(a => a.Id == Ids[Production.Other].Appointment).Select(a => a.Status).SingleAsync()));
        Assert.That((status.ToString(), appointment.ToString()), Is.EqualTo(("Shortlisted", "Scheduled")));
    }

    /// <summary>
    /// Deleting an actor removes what they had in every production, seen or not: their hidden entries and appointments
    /// go and their hidden roles are uncast, rather than the delete failing on what the caller cannot see.
    /// </summary>
    [TestCase(Caller.NoTeam)]
    [TestCase(Caller.Member)]
    public async Task ShouldDeleteAnActorWithEntriesAndRolesInHiddenProductions(Caller caller)
    {
        var client = As(caller);
        var extra = await SendAsync(client, "DELETE", $"/actors/{ExtraActor}");
        Assert.That(extra.StatusCode, Is.EqualTo(HttpStatusCode.OK), await extra.Content.ReadAsStringAsync());
        var lead = await SendAsync(client, "DELETE", $"/actors/{LeadActor}");
        Assert.That(lead.StatusCode, Is.EqualTo(HttpStatusCode.OK), await lead.Content.ReadAsStringAsync());

        var (entries, appointments, cast) = await ExecuteSeeingEverythingAsync(async context => (
            await context.ShortlistEntries.IgnoreQueryFilters().CountAsync(),
            await context.Appointments.IgnoreQueryFilters().CountAsync(),
            await context.Roles.IgnoreQueryFilters().CountAsync(r => r.ActorId != null)));
        Assert.That((entries, appointments, cast), Is.EqualTo((0, 0, 0)));
        Assert.That(await ExecuteSeeingEverythingAsync(c => c.Roles.IgnoreQueryFilters().CountAsync()), Is.EqualTo(6), "the roles stay");
    }

    /// <summary>A movie's title and date are unique across productions: the 409 names no movie.</summary>
    [Test]
    public async Task ShouldRefuseAHiddenMoviesTitleWithoutNamingIt()
    {
        var before = await SnapshotAsync();
        var response = await PostJsonAsync(As(Caller.NoTeam), "/movies", new { title = "Working Title Other", release_date = "2027-01-03" });

        var problem = await AssertProblemAsync(response, 409);
        AssertNamesNothingOf(problem.ToJsonString(), Ids[Production.Other], "Other", allowTitle: true);
        Assert.That(await SnapshotAsync(), Is.EqualTo(before));
    }

    /// <summary>The recount counts every row, whoever runs it (it runs outside any request).</summary>
    [Test]
    public async Task ShouldRecountEveryRowWhateverTheRecountSees()
    {
        await ExecuteSeeingEverythingAsync(c => c.Database.ExecuteSqlRawAsync("UPDATE row_counts SET n = 0 WHERE name IN ('movies', 'roles')"));
        await ExecuteDbContextAsync(c => new CastingAgency.Infrastructure.Persistence.Counting.RowCountsRecount(c).RunAsync(CancellationToken.None));

        var counts = await ExecuteSeeingEverythingAsync(c => c.Set<CastingAgency.Infrastructure.Persistence.Counting.RowCount>()
            .Where(r => r.Name == "movies" || r.Name == "roles").GroupBy(r => r.Name).OrderBy(g => g.Key).Select(g => g.Sum(r => r.N)).ToListAsync());
        Assert.That(counts, Is.EqualTo(new long[] { 3, 6 }));
        Assert.That((await GetOkJsonAsync(As(Caller.ReadConfidential), "/movies"))["total_movies"]!.GetValue<int>(), Is.EqualTo(3));
    }

    /// <summary>
    /// Every caller's unfiltered totals equal a raw SQL count of what that caller sees, after writes that bypass the API
    /// (raw SQL: a movie made confidential, a role deleted, a role moved into a confidential movie; a team row added).
    /// </summary>
    [Test]
    public async Task ShouldKeepEveryCallersTotalsExactWhateverWritesTheRows()
    {
        var open = Ids[Production.Open];
        var other = Ids[Production.Other];
        var own = Ids[Production.Own];
        await ExecuteSeeingEverythingAsync(async context =>
        {
            await context.Database.ExecuteSqlAsync($"UPDATE movies SET \"Confidential\" = TRUE WHERE \"Id\" = {open.Movie}");
            await context.Database.ExecuteSqlAsync($"DELETE FROM roles WHERE \"Id\" = {other.ExtraRole}");
            await context.Database.ExecuteSqlAsync($"UPDATE roles SET \"MovieId\" = {own.Movie} WHERE \"Id\" = {open.ExtraRole}");
        });
        await AddTeamMemberAsync(open.Movie, SubjectOf(Caller.NoTeam), Domain.Enums.TeamPosition.Reader);

        foreach (var caller in Enum.GetValues<Caller>())
        {
            var subject = SubjectOf(caller);
            var all = caller == Caller.ReadConfidential;
            var (movies, roles) = await ExecuteSeeingEverythingAsync(async context => (
                await context.Database.SqlQuery<long>($"""
                    SELECT COUNT(*) AS "Value" FROM movies m
                    WHERE {all} OR NOT m."Confidential"
                       OR EXISTS (SELECT 1 FROM movie_team t WHERE t."MovieId" = m."Id" AND t."Subject" = {subject})
                    """).SingleAsync(),
                await context.Database.SqlQuery<long>($"""
                    SELECT COUNT(*) AS "Value" FROM roles r JOIN movies m ON m."Id" = r."MovieId"
                    WHERE {all} OR NOT m."Confidential"
                       OR EXISTS (SELECT 1 FROM movie_team t WHERE t."MovieId" = m."Id" AND t."Subject" = {subject})
                    """).SingleAsync()));

            var client = As(caller);
            Assert.Multiple(async () =>
            {
                Assert.That((await GetOkJsonAsync(client, "/movies?include_total=true"))["total_movies"]!.GetValue<long>(), Is.EqualTo(movies), $"{caller}: movies");
                Assert.That((await GetOkJsonAsync(client, "/roles?include_total=true"))["total_roles"]!.GetValue<long>(), Is.EqualTo(roles), $"{caller}: roles");
            });
        }
    }

    /// <summary>No id, name or title of <paramref name="hidden"/> appears in <paramref name="body"/>.</summary>
    private void AssertNamesNothingOf(string body, ProductionIds hidden, string production, bool allowTitle = false)
    {
        var problem = System.Text.Json.Nodes.JsonNode.Parse(body)!.AsObject();
        problem.Remove("trace_id"); // a trace id's hex digits are no id
        var numbers = Numbers(problem.ToJsonString());
        Assert.Multiple(() =>
        {
            Assert.That(body, Does.Not.Contain($"of {production}"), "a hidden role's name");
            if (!allowTitle)
            {
                Assert.That(body, Does.Not.Contain($"Working Title {production}"), "a hidden movie's title");
            }

            // The hidden things' ids, where they differ from every id the caller sees.
            var seen = Ids.Where(p => p.Key != Production.Other).SelectMany(p => new[] { p.Value.Movie, p.Value.LeadRole, p.Value.ExtraRole, p.Value.Entry, p.Value.Appointment })
                .Concat([LeadActor, ExtraActor, FreeActor]).Select(i => i.ToString()).ToHashSet();
            foreach (var id in new[] { hidden.Movie, hidden.LeadRole, hidden.ExtraRole, hidden.Entry, hidden.Appointment }.Select(i => i.ToString()).Where(i => !seen.Contains(i)))
            {
                Assert.That(numbers, Does.Not.Contain(id), $"hidden id {id}");
            }

            Assert.That(body, Does.Not.Contain("role ").Or.Contain("cast in a role"), "no role named");
        });
    }
}
