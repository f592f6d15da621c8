using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.IntegrationTests.Concurrency;

/// <summary>
/// docs/api.md §9 and §7 under concurrency (ADR-007): of two simultaneous overlapping bookings of one actor, two offers for
/// one role, or two casts of one role, exactly one succeeds and the other gets 409. Afterwards the invariants are
/// counted in SQL over every row: overlapping live appointments per actor, roles with more than one offered entry, and
/// entries whose "cast" disagrees with the role's actor (each 0). Runs on the suite's database (SQLite, PostgreSQL).
/// </summary>
public sealed class PipelineConcurrencyTests : IntegrationTestBase
{
    private const int Pairs = 60;
    private const int PairsAtOnce = 10;
    private static readonly JsonSerializerOptions Snake = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private static HttpClient Producer()
    {
        var client = Testing.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(TestTokens.Producer, "test|race"));
        return client;
    }

    private static Task<(int Overlaps, int DoubleOffers, int CastMismatches)> CountViolationsAsync() =>
        ExecuteDbContextAsync(async context =>
        {
            var overlaps = await context.Database.SqlQueryRaw<int>(
                """
                SELECT COUNT(*) AS "Value" FROM appointments a JOIN appointments b
                  ON a."ActorId" = b."ActorId" AND a."Id" < b."Id"
                 AND a."StartsAt" < b."EndsAt" AND b."StartsAt" < a."EndsAt"
                WHERE a."Status" NOT IN ('declined', 'canceled') AND b."Status" NOT IN ('declined', 'canceled')
                """).SingleAsync();
            var offers = await context.Database.SqlQueryRaw<int>(
                """
                SELECT COUNT(*) AS "Value" FROM (SELECT "RoleId" FROM shortlist_entries WHERE "Status" = 'offered'
                GROUP BY "RoleId" HAVING COUNT(*) > 1) t
                """).SingleAsync();
            var mismatches = await context.Database.SqlQueryRaw<int>(
                """
                SELECT COUNT(*) AS "Value" FROM shortlist_entries e JOIN roles r ON r."Id" = e."RoleId"
                WHERE (e."Status" = 'cast') <> (r."ActorId" IS NOT NULL AND r."ActorId" = e."ActorId")
                """).SingleAsync();
            return (overlaps, offers, mismatches);
        });

    /// <summary>
    /// The audit trail under the storm, counted in SQL: how many rows of <paramref name="table"/> (those matching
    /// <paramref name="where"/>) lack exactly <paramref name="per"/> records of <paramref name="action"/>, and how many
    /// such records exist in all (a request that lost its race wrote none).
    /// </summary>
    private static Task<(int Wrong, int Records)> AuditOfAsync(string table, string where, string resource, string action, int per) =>
        ExecuteDbContextAsync(async context =>
        {
            var records = $"""
                SELECT COUNT(*) FROM audit_records r WHERE r."Resource" = '{resource}' AND r."Action" = '{action}'
                """;
            var wrong = $"""
                SELECT COUNT(*) AS "Value" FROM {table} t WHERE {where} AND ({records} AND r."ResourceId" = t."Id") <> {per}
                """;
            var total = $"""SELECT ({records}) AS "Value" """;
            return (await context.Database.SqlQueryRaw<int>(wrong).SingleAsync(), await context.Database.SqlQueryRaw<int>(total).SingleAsync());
        });

    /// <summary>Per pair: one role with two shortlisted actors (and one actor on two roles for the booking race).</summary>
    private static async Task<List<(Role Role, ShortlistEntry First, ShortlistEntry Second)>> ArrangeAsync()
    {
        var movie = new Movie("Racing Hearts", new DateOnly(2024, 5, 1));
        await InsertAsync(movie);
        return await ExecuteDbContextAsync(async context =>
        {
            var result = new List<(Role, ShortlistEntry, ShortlistEntry)>();
            for (var i = 0; i < Pairs; i++)
            {
                var a = new Actor($"A{i}", 30, Gender.Female);
                var b = new Actor($"B{i}", 30, Gender.Female);
                var role = new Role(movie.Id, $"Lead {i}", RoleGender.Any, 20, 40);
                context.AddRange(a, b, role);
                await context.SaveChangesAsync();
                var first = role.AddToShortlist(a, "test|seed", null);
                var second = role.AddToShortlist(b, "test|seed", null);
                await context.SaveChangesAsync();
                result.Add((role, first, second));
            }

            return result;
        });
    }

    private static async Task<List<(HttpStatusCode First, HttpStatusCode Second, string Bodies)>> RaceAsync(
        IReadOnlyList<(Func<Task<HttpResponseMessage>> First, Func<Task<HttpResponseMessage>> Second)> pairs)
    {
        var results = new List<(HttpStatusCode, HttpStatusCode, string)>();
        foreach (var wave in pairs.Chunk(PairsAtOnce))
        {
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var tasks = wave.Select(async pair =>
            {
                await start.Task;
                var responses = await Task.WhenAll(Task.Run(pair.First), Task.Run(pair.Second));
                var bodies = $"{await responses[0].Content.ReadAsStringAsync()} | {await responses[1].Content.ReadAsStringAsync()}";
                return (responses[0].StatusCode, responses[1].StatusCode, bodies);
            }).ToList();
            start.SetResult();
            results.AddRange(await Task.WhenAll(tasks));
        }

        return results;
    }

    private static void AssertExactlyOneWinner(List<(HttpStatusCode First, HttpStatusCode Second, string Bodies)> results, HttpStatusCode success)
    {
        Assert.Multiple(() =>
        {
            foreach (var (first, second, bodies) in results)
            {
                var statuses = new[] { first, second };
                Assert.That(statuses.Count(s => s == success), Is.EqualTo(1), $"exactly one of the pair wins: {first}/{second}: {bodies}");
                Assert.That(statuses.Count(s => s == HttpStatusCode.Conflict), Is.EqualTo(1), $"the loser gets 409: {first}/{second}: {bodies}");
            }
        });
    }

    [Test]
    public async Task OfTwoConcurrentOverlappingBookingsOfOneActorExactlyOneSucceeds()
    {
        var arranged = await ArrangeAsync();

        // The same actor on two roles: their entries race for overlapping slots.
        var secondEntries = await ExecuteDbContextAsync(async context =>
        {
            var list = new List<int>();
            foreach (var (_, first, _) in arranged)
            {
                var actor = await context.Actors.SingleAsync(a => a.Id == first.ActorId);
                var other = new Role(arranged[0].Role.MovieId, "Second part", RoleGender.Any, 20, 40);
                context.Add(other);
                await context.SaveChangesAsync();
                var entry = other.AddToShortlist(actor, "test|seed", null);
                await context.SaveChangesAsync();
                list.Add(entry.Id);
            }

            return list;
        });

        var client = Producer();
        Task<HttpResponseMessage> Book(int entry, string start, string end) => client.PostAsJsonAsync(
            $"/shortlist/{entry}/appointments", new { kind = "audition", starts_at = $"2026-03-02T{start}:00Z", ends_at = $"2026-03-02T{end}:00Z" }, Snake);
        var results = await RaceAsync(arranged.Select((p, i) => (
            (Func<Task<HttpResponseMessage>>)(() => Book(p.First.Id, "09:00", "10:00")),
            (Func<Task<HttpResponseMessage>>)(() => Book(secondEntries[i], "09:30", "10:30")))).ToList());

        AssertExactlyOneWinner(results, HttpStatusCode.Created);
        Assert.That(await CountAsync<Appointment>(), Is.EqualTo(Pairs));
        Assert.That((await CountViolationsAsync()).Overlaps, Is.Zero);
        Assert.That(await AuditOfAsync("appointments", "1 = 1", "appointments", "create", 1), Is.EqualTo((0, Pairs)), "one record per booking made");
    }

    [Test]
    public async Task OfTwoConcurrentOffersForOneRoleExactlyOneSucceeds()
    {
        var arranged = await ArrangeAsync();
        var client = Producer();
        Task<HttpResponseMessage> Offer(int entry) => client.PatchAsJsonAsync($"/shortlist/{entry}", new { status = "offered" }, Snake);
        var results = await RaceAsync(arranged.Select(p => (
            (Func<Task<HttpResponseMessage>>)(() => Offer(p.First.Id)),
            (Func<Task<HttpResponseMessage>>)(() => Offer(p.Second.Id)))).ToList());

        AssertExactlyOneWinner(results, HttpStatusCode.OK);
        Assert.That(await ExecuteDbContextAsync(c => c.ShortlistEntries.CountAsync(e => e.Status == ShortlistStatus.Offered)), Is.EqualTo(Pairs));
        Assert.That(await CountViolationsAsync(), Is.EqualTo((0, 0, 0)));
        Assert.That(await AuditOfAsync("shortlist_entries", "t.\"Status\" = 'offered'", "shortlist", "update", 1), Is.EqualTo((0, Pairs)), "one record per offer made");
    }

    [Test]
    public async Task OfTwoConcurrentCastsOfOneRoleExactlyOneSucceeds()
    {
        var arranged = await ArrangeAsync();
        var client = Producer();
        await OfferFirstAsync(client, arranged);

        var results = await RaceAsync(arranged.Select(p => (
            (Func<Task<HttpResponseMessage>>)(() => client.PatchAsJsonAsync($"/shortlist/{p.First.Id}", new { status = "cast" }, Snake)),
            (Func<Task<HttpResponseMessage>>)(() => client.PatchAsJsonAsync($"/shortlist/{p.First.Id}", new { status = "cast" }, Snake)))).ToList());

        AssertExactlyOneWinner(results, HttpStatusCode.OK);
        Assert.That(await ExecuteDbContextAsync(c => c.ShortlistEntries.CountAsync(e => e.Status == ShortlistStatus.Cast)), Is.EqualTo(Pairs));
        Assert.That(await ExecuteDbContextAsync(c => c.Set<ShortlistStatusChange>().CountAsync(h => h.Status == ShortlistStatus.Cast)), Is.EqualTo(Pairs));
        Assert.That(await CountViolationsAsync(), Is.EqualTo((0, 0, 0)));
        Assert.Multiple(async () =>
        {
            // Per pair, one cast committed: the entry (offered, then cast), the role and the other entry released.
            Assert.That(await AuditOfAsync("roles", "1 = 1", "roles", "update", 1), Is.EqualTo((0, Pairs)));
            Assert.That(await AuditOfAsync("shortlist_entries", "t.\"Status\" = 'cast'", "shortlist", "update", 2), Is.EqualTo((0, 3 * Pairs)));
            Assert.That(await AuditOfAsync("shortlist_entries", "t.\"Status\" = 'released'", "shortlist", "update", 1), Is.EqualTo((0, 3 * Pairs)));
        });
    }

    [Test]
    [Category("Slow")]
    public async Task APipelineCastRacingACastThroughPatchRolesLeavesPipelineAndRoleAgreeing()
    {
        var arranged = await ArrangeAsync();
        var client = Producer();
        await OfferFirstAsync(client, arranged);
        var etags = new List<string>();
        foreach (var (role, _, _) in arranged)
        {
            etags.Add((await client.GetAsync($"/roles/{role.Id}")).Headers.ETag!.Tag);
        }

        // Each would cast the role (the second PATCH holds the role's tag as read before the race, as a client does).
        Task<HttpResponseMessage> CastThroughRole(int roleId, int actorId, string etag)
        {
            var request = new HttpRequestMessage(HttpMethod.Patch, $"/roles/{roleId}") { Content = JsonContent.Create(new { actor_id = actorId }) };
            request.Headers.TryAddWithoutValidation("If-Match", etag);
            return client.SendAsync(request);
        }

        var results = await RaceAsync(arranged.Select((p, i) => (
            (Func<Task<HttpResponseMessage>>)(() => client.PatchAsJsonAsync($"/shortlist/{p.First.Id}", new { status = "cast" }, Snake)),
            (Func<Task<HttpResponseMessage>>)(() => CastThroughRole(p.Role.Id, p.Second.ActorId, etags[i])))).ToList());

        Assert.Multiple(() =>
        {
            foreach (var (first, second, bodies) in results)
            {
                var statuses = new[] { first, second };
                Assert.That(statuses.Count(s => s == HttpStatusCode.OK), Is.EqualTo(1), $"exactly one cast wins: {first}/{second}: {bodies}");
                Assert.That(statuses.Count(s => s is HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed), Is.EqualTo(1), bodies);
            }
        });
        Assert.That(await ExecuteDbContextAsync(c => c.ShortlistEntries.CountAsync(e => e.Status == ShortlistStatus.Cast)), Is.EqualTo(Pairs));
        Assert.That(await CountViolationsAsync(), Is.EqualTo((0, 0, 0)));
        Assert.That(await AuditOfAsync("roles", "1 = 1", "roles", "update", 1), Is.EqualTo((0, Pairs)), "one record per role cast, whichever way");
    }

    private static async Task OfferFirstAsync(HttpClient client, List<(Role Role, ShortlistEntry First, ShortlistEntry Second)> arranged)
    {
        foreach (var (_, first, _) in arranged)
        {
            var offered = await client.PatchAsJsonAsync($"/shortlist/{first.Id}", new { status = "offered" }, Snake);
            Assert.That(offered.StatusCode, Is.EqualTo(HttpStatusCode.OK), await offered.Content.ReadAsStringAsync());
        }
    }
}
