using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.IntegrationTests.Concurrency;

/// <summary>
/// Contract §13 under concurrency: of two simultaneous submissions of one actor to one role exactly one succeeds; a
/// selection racing a cast of the role, or a hand shortlisting of the same actor, leaves exactly one entry and a
/// submission that agrees with it. The invariants are counted in SQL over every row afterwards. Runs on the suite's
/// database (SQLite, PostgreSQL).
/// </summary>
public sealed class SubmissionConcurrencyTests : IntegrationTestBase
{
    private const int Pairs = 60;
    private const int PairsAtOnce = 10;
    private const string Agency = "org_race";
    private static readonly JsonSerializerOptions Snake = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private static Task<(int DuplicateSubmissions, int SelectedWithoutEntry, int DuplicateEntries, int CastMismatches)> CountViolationsAsync() =>
        ExecuteDbContextAsync(async context =>
        {
            var duplicates = await context.Database.SqlQueryRaw<int>(
                """
                SELECT COUNT(*) AS "Value" FROM (SELECT "RoleId", "ActorId" FROM submissions
                GROUP BY "RoleId", "ActorId" HAVING COUNT(*) > 1) t
                """).SingleAsync();
            var orphans = await context.Database.SqlQueryRaw<int>(
                """
                SELECT COUNT(*) AS "Value" FROM submissions s WHERE s."Status" = 'selected' AND NOT EXISTS
                  (SELECT 1 FROM shortlist_entries e WHERE e."RoleId" = s."RoleId" AND e."ActorId" = s."ActorId")
                """).SingleAsync();
            var entries = await context.Database.SqlQueryRaw<int>(
                """
                SELECT COUNT(*) AS "Value" FROM (SELECT "RoleId", "ActorId" FROM shortlist_entries
                GROUP BY "RoleId", "ActorId" HAVING COUNT(*) > 1) t
                """).SingleAsync();
            var mismatches = await context.Database.SqlQueryRaw<int>(
                """
                SELECT COUNT(*) AS "Value" FROM shortlist_entries e JOIN roles r ON r."Id" = e."RoleId"
                WHERE (e."Status" = 'cast') <> (r."ActorId" IS NOT NULL AND r."ActorId" = e."ActorId")
                """).SingleAsync();
            return (duplicates, orphans, entries, mismatches);
        });

    /// <summary>Per pair: a published role, an actor of the agency's roster and one to cast; with <paramref name="submitted"/>, the first already submitted.</summary>
    private static async Task<List<(Role Role, Actor Actor, Actor Other, Submission? Submission)>> ArrangeAsync(bool submitted)
    {
        var movie = new Movie("Racing Agencies", new DateOnly(2027, 5, 1));
        await InsertAsync(movie);
        return await ExecuteDbContextAsync(async context =>
        {
            var result = new List<(Role, Actor, Actor, Submission?)>();
            var now = DateTime.UtcNow;
            for (var i = 0; i < Pairs; i++)
            {
                var actor = new Actor($"Client {i}", 30, Gender.Female, agencyId: Agency);
                var other = new Actor($"Other {i}", 30, Gender.Female);
                var role = new Role(movie.Id, $"Part {i}", RoleGender.Any, 20, 40);
                role.Publish(true, now);
                context.AddRange(actor, other, role);
                await context.SaveChangesAsync();
                Submission? submission = null;
                if (submitted)
                {
                    submission = new Submission(role, actor, Agency, null);
                    context.Add(submission);
                    await context.SaveChangesAsync();
                }

                result.Add((role, actor, other, submission));
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

    [Test]
    public async Task OfTwoConcurrentSubmissionsOfOneActorToOneRoleExactlyOneSucceeds()
    {
        var arranged = await ArrangeAsync(submitted: false);
        var first = AsAgent(Agency);
        var second = AsAgent(Agency);

        var results = await RaceAsync(arranged.Select(p => (
            (Func<Task<HttpResponseMessage>>)(() => first.PostAsJsonAsync($"/breakdowns/{p.Role.Id}/submissions", new { actor_id = p.Actor.Id }, Snake)),
            (Func<Task<HttpResponseMessage>>)(() => second.PostAsJsonAsync($"/breakdowns/{p.Role.Id}/submissions", new { actor_id = p.Actor.Id }, Snake)))).ToList());

        Assert.Multiple(() =>
        {
            foreach (var (a, b, bodies) in results)
            {
                Assert.That(new[] { a, b }, Is.EquivalentTo(new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }), bodies);
            }
        });
        Assert.That(await CountAsync<Submission>(), Is.EqualTo(Pairs));
        Assert.That(await CountViolationsAsync(), Is.EqualTo((0, 0, 0, 0)));
    }

    [Test]
    public async Task SelectingWhileTheRoleIsCastLeavesOneConsistentOutcome()
    {
        var arranged = await ArrangeAsync(submitted: true);
        var reviewer = AsAssistant();
        var director = AsDirector();

        var results = await RaceAsync(arranged.Select(p => (
            (Func<Task<HttpResponseMessage>>)(() => reviewer.PatchAsJsonAsync($"/submissions/{p.Submission!.Id}", new { status = "selected" }, Snake)),
            (Func<Task<HttpResponseMessage>>)(() => director.PatchAsJsonAsync($"/roles/{p.Role.Id}", new { actor_id = p.Other.Id }, Snake)))).ToList());

        Assert.Multiple(() =>
        {
            foreach (var (select, cast, bodies) in results)
            {
                // Either order may win; a loser is refused with 409, never a 500. (A selection that commits first may
                // be followed by the cast, which then releases the new entry.)
                Assert.That(new[] { select, cast }, Has.All.AnyOf(HttpStatusCode.OK, HttpStatusCode.Conflict), bodies);
                Assert.That(new[] { select, cast }, Has.Some.EqualTo(HttpStatusCode.OK), bodies);
            }
        });
        var selectedByStatus = results.Count(r => r.First == HttpStatusCode.OK);
        Assert.That(await ExecuteDbContextAsync(c => c.Set<Submission>().CountAsync(s => s.Status == SubmissionStatus.Selected)), Is.EqualTo(selectedByStatus));
        Assert.That(await ExecuteDbContextAsync(c => c.Set<ShortlistEntry>().CountAsync()), Is.EqualTo(selectedByStatus));
        Assert.That(await CountViolationsAsync(), Is.EqualTo((0, 0, 0, 0)));
    }

    [Test]
    public async Task SelectingWhileTheSameActorIsShortlistedByHandLeavesExactlyOneEntry()
    {
        var arranged = await ArrangeAsync(submitted: true);
        var reviewer = AsAssistant();
        var byHand = AsAssistant();

        var results = await RaceAsync(arranged.Select(p => (
            (Func<Task<HttpResponseMessage>>)(() => reviewer.PatchAsJsonAsync($"/submissions/{p.Submission!.Id}", new { status = "selected" }, Snake)),
            (Func<Task<HttpResponseMessage>>)(() => byHand.PostAsJsonAsync($"/roles/{p.Role.Id}/shortlist", new { actor_id = p.Actor.Id }, Snake)))).ToList());

        Assert.Multiple(() =>
        {
            foreach (var (select, hand, bodies) in results)
            {
                Assert.That(
                    (select, hand),
                    Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.Conflict)).Or.EqualTo((HttpStatusCode.Conflict, HttpStatusCode.Created)),
                    bodies);
            }
        });
        var selected = results.Count(r => r.First == HttpStatusCode.OK);
        Assert.That(await ExecuteDbContextAsync(c => c.Set<ShortlistEntry>().CountAsync()), Is.EqualTo(Pairs), "exactly one entry per role");
        Assert.That(await ExecuteDbContextAsync(c => c.Set<Submission>().CountAsync(s => s.Status == SubmissionStatus.Selected)), Is.EqualTo(selected));
        Assert.That(await ExecuteDbContextAsync(c => c.Set<Submission>().CountAsync(s => s.Status == SubmissionStatus.Submitted)), Is.EqualTo(Pairs - selected));
        Assert.That(await CountViolationsAsync(), Is.EqualTo((0, 0, 0, 0)));
    }
}
