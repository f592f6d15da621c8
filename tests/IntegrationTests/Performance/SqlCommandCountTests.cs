using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.IntegrationTests.Performance;

/// <summary>
/// The N+1 guard: every endpoint runs a fixed number of SQL commands, however many rows it returns.
/// The dataset holds several movies, actors and cast roles, so a per-row query would push a count over
/// its limit. What the commands look like is <see cref="PlanGuardTests"/>' business.
/// </summary>
public sealed class SqlCommandCountTests : CapturedSqlTestBase
{
    public static IEnumerable<TestCaseData> Endpoints()
    {
        // name, limit, expected status, request
        // Every write adds one INSERT of its audit records (ADR-016); an update's or delete's single record rides in the save's
        // batch where the provider batches (not SQLite: one command per row), so there it adds no command. A shortlist or appointment write whose role is not
        // loaded reads the role's movie (one query); a delete reads what it cascades to, one query per level, so that each
        // row gets its own record, and then deletes those rows itself (one command each on SQLite, batched elsewhere).
        yield return Case("list movies (count + page)", 2, HttpStatusCode.OK, _ => Get("/movies?page_size=100"));
        yield return Case("get movie with its cast", 1, HttpStatusCode.OK, i => Get($"/movies/{i.Movie}"));
        yield return Case("list movie roles", 2, HttpStatusCode.OK, i => Get($"/movies/{i.Movie}/roles"));
        // The maintained counts cost no command: the database's triggers keep them (ADR-011), the cascade included.
        yield return Case("create movie (+ audit)", 3, HttpStatusCode.Created, _ => Send(HttpMethod.Post, "/movies", new { title = "New", release_date = "2020-01-01" }));
        yield return Case("update movie (+ audit)", 4, HttpStatusCode.OK, i => Send(HttpMethod.Patch, $"/movies/{i.Movie}", new { title = "Renamed" }));
        yield return Case("delete movie (cascades its roles and team; + 5 cascade reads, each row deleted and audited)", 23, HttpStatusCode.OK, i => new HttpRequestMessage(HttpMethod.Delete, $"/movies/{i.OtherMovie}"));

        yield return Case("list actors (count + page)", 2, HttpStatusCode.OK, _ => Get("/actors?page_size=100"));
        yield return Case("filtered actor search (count + page)", 2, HttpStatusCode.OK, _ => Get("/actors?gender=female&min_age=25&max_age=45&location=rome"));
        yield return Case("get actor with their movies", 1, HttpStatusCode.OK, i => Get($"/actors/{i.Actor}"));
        yield return Case("list actor roles", 2, HttpStatusCode.OK, i => Get($"/actors/{i.Actor}/roles"));
        // An actor is also counted by gender and age (ADR-011): the triggers move its group's rows, no command here.
        yield return Case("create actor (+ audit)", 3, HttpStatusCode.Created, _ => Send(HttpMethod.Post, "/actors", new { name = "New", age = 30, gender = "male", email = "new@example.com" }));
        yield return Case("update actor (+ audit)", 3, HttpStatusCode.OK, i => Send(HttpMethod.Patch, $"/actors/{i.Actor}", new { age = 35 }));
        // Writes are one command per changed row on SQLite (no batching); the reads stay fixed. Deleting the actor also
        // reads their shortlist entries (one query) and deletes each (five here; appointments go by database cascade), and
        // reads their agencies' submissions (one query; none here).
        yield return Case("delete actor (releases roles; + cascade reads, each row deleted and audited)", 26, HttpStatusCode.OK, i => new HttpRequestMessage(HttpMethod.Delete, $"/actors/{i.Actor}"));

        yield return Case("list roles (count + page)", 2, HttpStatusCode.OK, _ => Get("/roles"));
        yield return Case("get role", 1, HttpStatusCode.OK, i => Get($"/roles/{i.Role}"));
        // Casting writes the actor's version too (the casting rule's guard under concurrency, ADR-007): one more command.
        yield return Case("create role (checks movie and actor; + audit)", 5, HttpStatusCode.Created, i => Send(HttpMethod.Post, "/roles", new { movie_id = i.Movie, name = "New", gender = "any", min_age = 20, max_age = 60, actor_id = i.OtherActor }));
        // Casting the open role releases its four entries: an UPDATE and a history INSERT each (8 writes, no reads).
        yield return Case("update role (+ audit)", 13, HttpStatusCode.OK, i => Send(HttpMethod.Patch, $"/roles/{i.OpenRole}", new { actor_id = i.OtherActor }));
        yield return Case("delete role (+ cascade reads of entries and submissions + audit)", 5, HttpStatusCode.OK, i => new HttpRequestMessage(HttpMethod.Delete, $"/roles/{i.Role}"));
        yield return Case("role candidates (role + maintained count by gender and age + page)", 3, HttpStatusCode.OK, i => Get($"/roles/{i.OpenRole}/candidates?page_size=100"));
        // The cast actor's gender and age come with the role (one join): the total subtracts them by the casting rule.
        yield return Case("role candidates of a cast role (role with its actor + maintained count + page)", 3, HttpStatusCode.OK, i => Get($"/roles/{i.Role}/candidates?page_size=100"));

        yield return Case("list role shortlist (role + count + page)", 3, HttpStatusCode.OK, i => Get($"/roles/{i.OpenRole}/shortlist?page_size=100&status=shortlisted&status=offered"));
        // Writes: the entry, its first history item, and the role's version (ADR-007).
        yield return Case("shortlist an actor (role + actor + 3 writes + audit)", 6, HttpStatusCode.Created, i => Send(HttpMethod.Post, $"/roles/{i.OpenRole}/shortlist", new { actor_id = i.OtherActor }));
        yield return Case("get shortlist entry with its appointments", 1, HttpStatusCode.OK, i => Get($"/shortlist/{i.Entry}"));
        yield return Case("shortlist entry history (exists + list)", 2, HttpStatusCode.OK, i => Get($"/shortlist/{i.Entry}/history"));
        yield return Case("move a shortlist entry (entry + role with shortlist + 2 writes + audit)", 5, HttpStatusCode.OK, i => Send(HttpMethod.Patch, $"/shortlist/{i.Entry}", new { status = "callback" }));
        // Casting writes the entry, the role, the actor's version, and releases the three other entries (UPDATE + history
        // INSERT each) and cancels the actor's two appointments: 2 reads + 12 writes.
        yield return Case("cast a shortlist entry (entry + role with shortlist + 12 writes + audit)", 15, HttpStatusCode.OK, i => Send(HttpMethod.Patch, $"/shortlist/{i.Offered}", new { status = "cast" }));
        yield return Case("delete shortlist entry (+ cascade read, role's movie, each row deleted, audit)", 7, HttpStatusCode.OK, i => new HttpRequestMessage(HttpMethod.Delete, $"/shortlist/{i.Entry}"));
        // Writes: the appointment, and the versions of the actor and the entry (ADR-007).
        yield return Case("book an appointment (entry + schedule + 3 writes + role's movie + audit)", 7, HttpStatusCode.Created, i => Send(HttpMethod.Post, $"/shortlist/{i.Entry}/appointments", new { kind = "audition", starts_at = "2027-01-04T09:00:00Z", ends_at = "2027-01-04T10:00:00Z" }));
        yield return Case("list appointments (count + page)", 2, HttpStatusCode.OK, i => Get($"/appointments?page_size=100&movie_id={i.Movie}&status=scheduled&status=confirmed"));
        yield return Case("list actor appointments (actor + count + page)", 3, HttpStatusCode.OK, i => Get($"/actors/{i.Actor}/appointments?page_size=100"));
        yield return Case("get appointment", 1, HttpStatusCode.OK, i => Get($"/appointments/{i.Appointment}"));
        yield return Case("reschedule an appointment (appointment + actor + schedule + 2 writes + role's movie + audit)", 7, HttpStatusCode.OK, i => Send(HttpMethod.Patch, $"/appointments/{i.Appointment}", new { starts_at = "2027-02-01T09:00:00Z", ends_at = "2027-02-01T10:00:00Z" }));
        yield return Case("delete appointment (+ role's movie + audit)", 4, HttpStatusCode.OK, i => new HttpRequestMessage(HttpMethod.Delete, $"/appointments/{i.Appointment}"));
    }

    [TestCaseSource(nameof(Endpoints))]
    public async Task EndpointRunsABoundedNumberOfSqlCommands(int limit, HttpStatusCode expected, Func<Ids, HttpRequestMessage> request)
    {
        using var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(TestTokens.Producer));
        using var message = request(TestIds);

        Counter.Reset();
        using var response = await client.SendAsync(message);
        var commands = Counter.Snapshot();

        Assert.That(response.StatusCode, Is.EqualTo(expected), await response.Content.ReadAsStringAsync());
        TestContext.Out.WriteLine($"{commands.Count} SQL command(s):\n{string.Join("\n---\n", commands)}");
        Assert.That(commands, Is.Not.Empty, "the counter saw no command: is the interceptor wired?");
        Assert.That(commands, Has.Count.LessThanOrEqualTo(limit), $"more SQL commands than the endpoint's limit of {limit}:\n{string.Join("\n---\n", commands)}");
    }

    /// <summary>
    /// An agency's submission as a burst sends it (contract §13), with an <c>Idempotency-Key</c>: the key's claim, one
    /// read of the role, the roster's actor and the pre-check, the INSERT, its audit record and the key's completion.
    /// </summary>
    [Test]
    public async Task AnIdempotentSubmissionRunsAtMostFiveSqlCommands()
    {
        const string agency = "org_count";
        var actor = new Actor("Rosa Roster", 30, Gender.Female, agencyId: agency);
        await InsertAsync(actor);
        await ExecuteDbContextAsync(async context =>
        {
            var role = await context.Roles.SingleAsync(r => r.Id == TestIds.OpenRole);
            role.Publish(true, DateTime.UtcNow);
            await context.SaveChangesAsync();
        });
        using var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", TestTokens.Create(TestTokens.Agent, $"test|agent|{agency}", extraClaims: new Dictionary<string, object> { ["org_id"] = agency }));
        using var message = Send(HttpMethod.Post, $"/breakdowns/{TestIds.OpenRole}/submissions", new { actor_id = actor.Id });
        message.Headers.TryAddWithoutValidation("Idempotency-Key", "count-submission-1");

        Counter.Reset();
        using var response = await client.SendAsync(message);
        var commands = Counter.Snapshot();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        TestContext.Out.WriteLine($"{commands.Count} SQL command(s):\n{string.Join("\n---\n", commands)}");
        Assert.That(commands, Has.Count.InRange(1, 5), string.Join("\n---\n", commands));
        Assert.That(await CountAsync<Submission>(), Is.EqualTo(1));
    }

    [Test]
    public async Task TheLimitHoldsAsRowsGrow()
    {
        // Twice the roles and actors: the cast of a movie and a list page still cost the same commands.
        var movie = TestIds.Movie;
        var more = Enumerable.Range(1, 10)
            .Select(i => new Actor($"Extra actor {i}", 40, Gender.Male))
            .ToArray();
        await InsertAsync(more);
        await InsertRolesAsync(more, more.Select(a => new Role(movie, "Crowd", RoleGender.Any, 20, 60, actor: a)).ToArray());

        using var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(TestTokens.Producer));
        foreach (var (url, limit) in new[] { ($"/movies/{movie}", 1), ("/actors?page_size=100", 2), ($"/movies/{movie}/roles", 2) })
        {
            Counter.Reset();
            using var response = await client.GetAsync(url);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
            Assert.That(Counter.Snapshot(), Has.Count.InRange(1, limit), url);
        }
    }

    [Test]
    public async Task AListWithoutTotalAndByCursorIsOneQuery()
    {
        using var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(TestTokens.Producer));
        var first = await (await client.GetAsync("/actors?page_size=3&include_total=false")).Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonNode>();
        var cursor = first!["next_cursor"]!.GetValue<string>();

        Counter.Reset();
        using var response = await client.GetAsync($"/actors?page_size=3&include_total=false&cursor={Uri.EscapeDataString(cursor)}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Counter.Snapshot(), Has.Count.EqualTo(1));
    }

    private static TestCaseData Case(string name, int limit, HttpStatusCode expected, Func<Ids, HttpRequestMessage> request) =>
        new TestCaseData(limit, expected, request).SetName($"{name} runs at most {limit} SQL command(s)");

    private static HttpRequestMessage Get(string url) => new(HttpMethod.Get, url);

    private static HttpRequestMessage Send(HttpMethod method, string url, object body) =>
        new(method, url) { Content = JsonContent.Create(body) };
}
