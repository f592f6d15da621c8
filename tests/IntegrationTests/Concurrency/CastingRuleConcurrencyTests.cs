using System.Net;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.IntegrationTests.Concurrency;

/// <summary>
/// docs/api.md §7: requests that are each valid alone never leave the database breaking the casting rule. Each pair
/// sends two PATCHes at the same moment whose combination would break it; exactly one may win, the other gets 409,
/// and the violations are counted in SQL over the whole table afterwards (must be 0). Runs on the suite's database
/// (SQLite, and PostgreSQL in CI).
/// </summary>
public sealed class CastingRuleConcurrencyTests : IntegrationTestBase
{
    private const int Pairs = 60;
    private const int PairsAtOnce = 10;

    /// <summary>Roles whose actor does not fit them, by the rule of docs/api.md §3, computed by the database itself.</summary>
    private static Task<int> CountViolationsAsync() => ExecuteDbContextAsync(context => context.Database
        .SqlQueryRaw<int>(
            """
            SELECT COUNT(*) AS "Value" FROM roles r JOIN actors a ON a."Id" = r."ActorId"
            WHERE NOT ((r."Gender" = 'any' OR r."Gender" = a."Gender") AND a."Age" >= r."MinAge" AND a."Age" <= r."MaxAge")
            """)
        .SingleAsync());

    private static async Task<(int MovieId, List<Actor> Actors)> ArrangeActorsAsync()
    {
        var movie = new Movie("Parallel Lines", new DateOnly(2024, 5, 1));
        await InsertAsync(movie);
        var actors = Enumerable.Range(1, Pairs)
            .Select(i => new Actor($"Actress {i}", 30, Gender.Female))
            .ToArray();
        await InsertAsync(actors);
        return (movie.Id, actors.ToList());
    }

    /// <summary>Sends both requests of each pair together, <see cref="PairsAtOnce"/> pairs at a time.</summary>
    private static async Task<List<(HttpStatusCode First, HttpStatusCode Second, string Bodies)>> RacePairsAsync(
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

    private static void AssertExactlyOneWinnerPerPair(List<(HttpStatusCode First, HttpStatusCode Second, string Bodies)> results)
    {
        Assert.Multiple(() =>
        {
            foreach (var (first, second, bodies) in results)
            {
                var statuses = new[] { first, second };
                Assert.That(statuses.Count(s => s == HttpStatusCode.OK), Is.EqualTo(1), $"exactly one of the pair wins: {first}/{second}: {bodies}");
                Assert.That(statuses.Count(s => s == HttpStatusCode.Conflict), Is.EqualTo(1), $"the loser gets 409: {first}/{second}: {bodies}");
            }
        });
    }

    [Test]
    public async Task ShouldNeverCastAnActorWhoseAgeChangedMeanwhile()
    {
        var (movieId, actors) = await ArrangeActorsAsync();
        var roles = actors.Select((_, i) => new Role(movieId, $"Lead {i}", RoleGender.Female, 20, 40)).ToArray();
        await InsertAsync(roles);
        var director = AsDirector();

        // Alone, each is valid: casting a 30-year-old in a 20-40 role; making an uncast actor 60.
        var results = await RacePairsAsync(actors.Zip(roles, (actor, role) => (
            (Func<Task<HttpResponseMessage>>)(() => PatchJsonAsync(director, $"/roles/{role.Id}", new { actor_id = actor.Id })),
            (Func<Task<HttpResponseMessage>>)(() => PatchJsonAsync(director, $"/actors/{actor.Id}", new { age = 60 })))).ToList());

        AssertExactlyOneWinnerPerPair(results);
        Assert.That(await CountViolationsAsync(), Is.Zero, "roles held by an actor who does not fit them");
        var cast = await ExecuteDbContextAsync(c => c.Set<Role>().CountAsync(r => r.ActorId != null));
        var aged = await ExecuteDbContextAsync(c => c.Set<Actor>().CountAsync(a => a.Age == 60));
        Assert.That(cast + aged, Is.EqualTo(Pairs), "every pair kept exactly one of its two writes");
    }

    [Test]
    public async Task ShouldNeverNarrowARoleWhileItsActorAges()
    {
        var (movieId, actors) = await ArrangeActorsAsync();
        var roles = new List<Role>();
        await ExecuteDbContextAsync(async context =>
        {
            foreach (var actor in actors)
            {
                var tracked = await context.Set<Actor>().SingleAsync(a => a.Id == actor.Id);
                var role = new Role(movieId, $"Lead {actor.Id}", RoleGender.Female, 20, 40, actor: tracked);
                context.Set<Role>().Add(role);
                roles.Add(role);
            }

            await context.SaveChangesAsync();
        });
        var director = AsDirector();

        // Alone, each is valid: the role narrowed to 20-35 still fits the 30-year-old; the actor at 38 still fits 20-40.
        var results = await RacePairsAsync(actors.Zip(roles, (actor, role) => (
            (Func<Task<HttpResponseMessage>>)(() => PatchJsonAsync(director, $"/roles/{role.Id}", new { max_age = 35 })),
            (Func<Task<HttpResponseMessage>>)(() => PatchJsonAsync(director, $"/actors/{actor.Id}", new { age = 38 })))).ToList());

        AssertExactlyOneWinnerPerPair(results);
        Assert.That(await CountViolationsAsync(), Is.Zero, "roles held by an actor who does not fit them");
        var stillCast = await ExecuteDbContextAsync(c => c.Set<Role>().CountAsync(r => r.ActorId != null));
        Assert.That(stillCast, Is.EqualTo(Pairs), "no role lost its actor");
    }

    [Test]
    public async Task ShouldMoveTheActorsVersionOnlyWhenTheRuleIsCheckedAnew()
    {
        var (movieId, actors) = await ArrangeActorsAsync();
        var actor = actors[0];
        var role = new Role(movieId, "Lead", RoleGender.Female, 20, 40);
        await InsertAsync(role);
        var director = AsDirector();
        async Task<int> ActorVersionAsync() => (await FindAsync<Actor>(actor.Id))!.Version;
        var before = await ActorVersionAsync();

        Assert.That((await PatchJsonAsync(director, $"/roles/{role.Id}", new { actor_id = actor.Id })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var afterCast = await ActorVersionAsync();
        Assert.That((await PatchJsonAsync(director, $"/roles/{role.Id}", new { description = "Rewritten." })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var afterText = await ActorVersionAsync();
        Assert.That((await PatchJsonAsync(director, $"/roles/{role.Id}", new { max_age = 35 })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var afterTerms = await ActorVersionAsync();

        Assert.Multiple(() =>
        {
            Assert.That(afterCast, Is.EqualTo(before + 1), "a cast relies on the actor as read");
            Assert.That(afterText, Is.EqualTo(afterCast), "a new description relies on nothing new");
            Assert.That(afterTerms, Is.EqualTo(afterText + 1), "new terms are checked against the actor as read");
        });
    }

    [Test]
    public async Task ShouldNeverCastAnActorWhoIsBeingDeleted()
    {
        var (movieId, actors) = await ArrangeActorsAsync();
        var roles = actors.Select((_, i) => new Role(movieId, $"Lead {i}", RoleGender.Female, 20, 40)).ToArray();
        await InsertAsync(roles);
        var director = AsDirector();

        var results = await RacePairsAsync(actors.Zip(roles, (actor, role) => (
            (Func<Task<HttpResponseMessage>>)(() => PatchJsonAsync(director, $"/roles/{role.Id}", new { actor_id = actor.Id })),
            (Func<Task<HttpResponseMessage>>)(() => director.DeleteAsync(new Uri($"/actors/{actor.Id}", UriKind.Relative))))).ToList());

        Assert.Multiple(() =>
        {
            foreach (var (cast, delete, bodies) in results)
            {
                // The delete always wins or loses cleanly; a cast that lost is 409 (or 422 if the actor was already gone).
                Assert.That(new[] { cast, delete }, Has.Some.EqualTo(HttpStatusCode.OK), bodies);
                Assert.That(cast, Is.AnyOf(HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.UnprocessableEntity), bodies);
                Assert.That(delete, Is.AnyOf(HttpStatusCode.OK, HttpStatusCode.Conflict), bodies);
            }
        });
        var dangling = await ExecuteDbContextAsync(c => c.Database
            .SqlQueryRaw<int>("""SELECT COUNT(*) AS "Value" FROM roles r WHERE r."ActorId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM actors a WHERE a."Id" = r."ActorId")""")
            .SingleAsync());
        Assert.That(dangling, Is.Zero, "roles pointing at a deleted actor");
    }
}
