using System.Data.Common;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CastingAgency.IntegrationTests.Performance;

/// <summary>
/// The N+1 guard: every endpoint runs a fixed number of SQL commands, however many rows it returns.
/// The dataset holds several movies, actors and cast roles, so a per-row query would push a count over
/// its limit. Commands are counted by a <see cref="DbCommandInterceptor"/> registered in a dedicated factory.
/// </summary>
public sealed class SqlCommandCountTests : IntegrationTestBase
{
    private static readonly CommandCounter Counter = new();
    private static WebApplicationFactory<Program>? _factory;
    private Ids _ids = null!;

    [OneTimeSetUp]
    public void StartCountingFactory() =>
        _factory = Testing.Factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(Counter)));

    [OneTimeTearDown]
    public async Task StopCountingFactory()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    [SetUp]
    public async Task SeedAsync()
    {
        // Five movies, eight actors, and each movie with three roles, two of them cast.
        var movies = Enumerable.Range(1, 5).Select(i => new Movie($"Movie {i}", new DateOnly(2000 + i, 1, 1), "Studio")).ToArray();
        await InsertAsync(movies);
        var actors = Enumerable.Range(1, 8)
            .Select(i => new Actor(new ActorProfile($"Actor {i}", 30 + i, i % 2 == 0 ? Gender.Female : Gender.Male, "Rome", Email: $"a{i}@example.com")))
            .ToArray();
        await InsertAsync(actors);
        var roles = movies.SelectMany((m, i) => new[]
        {
            new Role(m.Id, "Lead", RoleGender.Any, 20, 60, actor: actors[i]),
            new Role(m.Id, "Friend", RoleGender.Any, 20, 60, actor: actors[i + 3]),
            new Role(m.Id, "Extra", RoleGender.Any, 20, 60),
        }).ToArray();
        await InsertRolesAsync(actors, roles);

        // The pipeline: every open role lists four actors, each with two appointments (one entry offered per role).
        var (entry, offered, appointment) = await ExecuteDbContextAsync(async context =>
        {
            var open = await context.Roles.Include(r => r.Shortlist).Where(r => r.ActorId == null).OrderBy(r => r.Id).ToListAsync();
            var people = await context.Actors.OrderBy(a => a.Id).ToListAsync();
            var entries = new List<ShortlistEntry>();
            foreach (var role in open)
            {
                entries.AddRange(people.Take(4).Select(a => role.AddToShortlist(a, "test|seed", null)));
            }

            await context.SaveChangesAsync();
            var day = new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
            var booked = new List<Appointment>();
            foreach (var (e, i) in entries.Select((e, i) => (e, i)))
            {
                var actor = people.Single(a => a.Id == e.ActorId);
                booked.Add(e.Book(AppointmentKind.Audition, day.AddDays(i).AddHours(0), day.AddDays(i).AddHours(1), "Room", actor, []));
                booked.Add(e.Book(AppointmentKind.Audition, day.AddDays(i).AddHours(2), day.AddDays(i).AddHours(3), "Room", actor, []));
            }

            await context.SaveChangesAsync();
            open[0].Move(entries[1], ShortlistStatus.Offered, "test|seed");
            await context.SaveChangesAsync();
            return (entries[0].Id, entries[1].Id, booked[0].Id);
        });
        _ids = new Ids(movies[0].Id, movies[4].Id, actors[0].Id, actors[7].Id, roles[0].Id, roles[2].Id, entry, offered, appointment);
    }

    public static IEnumerable<TestCaseData> Endpoints()
    {
        // name, limit, expected status, request
        yield return Case("list movies (count + page)", 2, HttpStatusCode.OK, _ => Get("/movies?page_size=100"));
        yield return Case("get movie with its cast", 1, HttpStatusCode.OK, i => Get($"/movies/{i.Movie}"));
        yield return Case("list movie roles", 2, HttpStatusCode.OK, i => Get($"/movies/{i.Movie}/roles"));
        // The maintained counts cost no command: the database's triggers keep them (ADR-011), the cascade included.
        yield return Case("create movie", 2, HttpStatusCode.Created, _ => Send(HttpMethod.Post, "/movies", new { title = "New", release_date = "2020-01-01" }));
        yield return Case("update movie", 3, HttpStatusCode.OK, i => Send(HttpMethod.Patch, $"/movies/{i.Movie}", new { title = "Renamed" }));
        yield return Case("delete movie (cascades its roles)", 2, HttpStatusCode.OK, i => new HttpRequestMessage(HttpMethod.Delete, $"/movies/{i.OtherMovie}"));

        yield return Case("list actors (count + page)", 2, HttpStatusCode.OK, _ => Get("/actors?page_size=100"));
        yield return Case("filtered actor search (count + page)", 2, HttpStatusCode.OK, _ => Get("/actors?gender=female&min_age=25&max_age=45&location=rome"));
        yield return Case("get actor with their movies", 1, HttpStatusCode.OK, i => Get($"/actors/{i.Actor}"));
        yield return Case("list actor roles", 2, HttpStatusCode.OK, i => Get($"/actors/{i.Actor}/roles"));
        // An actor is also counted by gender and age (ADR-011): the triggers move its group's rows, no command here.
        yield return Case("create actor", 2, HttpStatusCode.Created, _ => Send(HttpMethod.Post, "/actors", new { name = "New", age = 30, gender = "male", email = "new@example.com" }));
        yield return Case("update actor", 2, HttpStatusCode.OK, i => Send(HttpMethod.Patch, $"/actors/{i.Actor}", new { age = 35 }));
        // Writes are one command per changed row on SQLite (no batching); the reads stay fixed. Deleting the actor also
        // reads their shortlist entries (one query) and deletes each (five here; appointments go by database cascade).
        yield return Case("delete actor (releases roles)", 9, HttpStatusCode.OK, i => new HttpRequestMessage(HttpMethod.Delete, $"/actors/{i.Actor}"));

        yield return Case("list roles (count + page)", 2, HttpStatusCode.OK, _ => Get("/roles"));
        yield return Case("get role", 1, HttpStatusCode.OK, i => Get($"/roles/{i.Role}"));
        // Casting writes the actor's version too (the casting rule's guard under concurrency, ADR-007): one more command.
        yield return Case("create role (checks movie and actor)", 4, HttpStatusCode.Created, i => Send(HttpMethod.Post, "/roles", new { movie_id = i.Movie, name = "New", gender = "any", min_age = 20, max_age = 60, actor_id = i.OtherActor }));
        // Casting the open role releases its four entries: an UPDATE and a history INSERT each (8 writes, no reads).
        yield return Case("update role", 12, HttpStatusCode.OK, i => Send(HttpMethod.Patch, $"/roles/{i.OpenRole}", new { actor_id = i.OtherActor }));
        yield return Case("delete role", 2, HttpStatusCode.OK, i => new HttpRequestMessage(HttpMethod.Delete, $"/roles/{i.Role}"));
        yield return Case("role candidates (role + maintained count by gender and age + page)", 3, HttpStatusCode.OK, i => Get($"/roles/{i.OpenRole}/candidates?page_size=100"));
        // The cast actor's gender and age come with the role (one join): the total subtracts them by the casting rule.
        yield return Case("role candidates of a cast role (role with its actor + maintained count + page)", 3, HttpStatusCode.OK, i => Get($"/roles/{i.Role}/candidates?page_size=100"));

        yield return Case("list role shortlist (role + count + page)", 3, HttpStatusCode.OK, i => Get($"/roles/{i.OpenRole}/shortlist?page_size=100&status=shortlisted&status=offered"));
        // Writes: the entry, its first history item, and the role's version (ADR-007).
        yield return Case("shortlist an actor (role + actor + 3 writes)", 5, HttpStatusCode.Created, i => Send(HttpMethod.Post, $"/roles/{i.OpenRole}/shortlist", new { actor_id = i.OtherActor }));
        yield return Case("get shortlist entry with its appointments", 1, HttpStatusCode.OK, i => Get($"/shortlist/{i.Entry}"));
        yield return Case("shortlist entry history (exists + list)", 2, HttpStatusCode.OK, i => Get($"/shortlist/{i.Entry}/history"));
        yield return Case("move a shortlist entry (entry + role with shortlist + 2 writes)", 4, HttpStatusCode.OK, i => Send(HttpMethod.Patch, $"/shortlist/{i.Entry}", new { status = "callback" }));
        // Casting writes the entry, the role, the actor's version, and releases the three other entries (UPDATE + history
        // INSERT each) and cancels the actor's two appointments: 2 reads + 12 writes.
        yield return Case("cast a shortlist entry (entry + role with shortlist + 12 writes)", 14, HttpStatusCode.OK, i => Send(HttpMethod.Patch, $"/shortlist/{i.Offered}", new { status = "cast" }));
        yield return Case("delete shortlist entry", 2, HttpStatusCode.OK, i => new HttpRequestMessage(HttpMethod.Delete, $"/shortlist/{i.Entry}"));
        // Writes: the appointment, and the versions of the actor and the entry (ADR-007).
        yield return Case("book an appointment (entry + schedule + 3 writes)", 5, HttpStatusCode.Created, i => Send(HttpMethod.Post, $"/shortlist/{i.Entry}/appointments", new { kind = "audition", starts_at = "2027-01-04T09:00:00Z", ends_at = "2027-01-04T10:00:00Z" }));
        yield return Case("list appointments (count + page)", 2, HttpStatusCode.OK, i => Get($"/appointments?page_size=100&movie_id={i.Movie}&status=scheduled&status=confirmed"));
        yield return Case("list actor appointments (actor + count + page)", 3, HttpStatusCode.OK, i => Get($"/actors/{i.Actor}/appointments?page_size=100"));
        yield return Case("get appointment", 1, HttpStatusCode.OK, i => Get($"/appointments/{i.Appointment}"));
        yield return Case("reschedule an appointment (appointment + actor + schedule + 2 writes)", 5, HttpStatusCode.OK, i => Send(HttpMethod.Patch, $"/appointments/{i.Appointment}", new { starts_at = "2027-02-01T09:00:00Z", ends_at = "2027-02-01T10:00:00Z" }));
        yield return Case("delete appointment", 2, HttpStatusCode.OK, i => new HttpRequestMessage(HttpMethod.Delete, $"/appointments/{i.Appointment}"));
    }

    [TestCaseSource(nameof(Endpoints))]
    public async Task Endpoint_runs_a_bounded_number_of_sql_commands(int limit, HttpStatusCode expected, Func<Ids, HttpRequestMessage> request)
    {
        using var client = _factory!.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(TestTokens.Producer));
        using var message = request(_ids);

        Counter.Reset();
        using var response = await client.SendAsync(message);
        var commands = Counter.Snapshot();

        Assert.That(response.StatusCode, Is.EqualTo(expected), await response.Content.ReadAsStringAsync());
        TestContext.Out.WriteLine($"{commands.Count} SQL command(s):\n{string.Join("\n---\n", commands)}");
        Assert.That(commands, Is.Not.Empty, "the counter saw no command: is the interceptor wired?");
        Assert.That(commands, Has.Count.LessThanOrEqualTo(limit), $"more SQL commands than the endpoint's limit of {limit}:\n{string.Join("\n---\n", commands)}");
    }

    [Test]
    public async Task The_limit_holds_as_rows_grow()
    {
        // Twice the roles and actors: the cast of a movie and a list page still cost the same commands.
        var movie = _ids.Movie;
        var more = Enumerable.Range(1, 10)
            .Select(i => new Actor(new ActorProfile($"Extra actor {i}", 40, Gender.Male)))
            .ToArray();
        await InsertAsync(more);
        await InsertRolesAsync(more, more.Select(a => new Role(movie, "Crowd", RoleGender.Any, 20, 60, actor: a)).ToArray());

        using var client = _factory!.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(TestTokens.Producer));
        foreach (var (url, limit) in new[] { ($"/movies/{movie}", 1), ("/actors?page_size=100", 2), ($"/movies/{movie}/roles", 2) })
        {
            Counter.Reset();
            using var response = await client.GetAsync(url);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
            Assert.That(Counter.Snapshot(), Has.Count.InRange(1, limit), url);
        }
    }

    [TestCase("/movies?page_size=100")]
    [TestCase("/actors?page_size=100")]
    [TestCase("/roles")]
    public async Task An_unfiltered_list_is_one_page_query_and_the_maintained_count(string url)
    {
        using var client = _factory!.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(TestTokens.Producer));

        Counter.Reset();
        using var response = await client.GetAsync(url);
        var commands = Counter.Snapshot();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(commands, Has.Count.EqualTo(2), string.Join("\n---\n", commands));
        Assert.That(commands.Count(c => c.Contains("row_counts", StringComparison.Ordinal)), Is.EqualTo(1), "the total is the maintained count");
        Assert.That(commands.Any(c => c.Contains("COUNT(", StringComparison.OrdinalIgnoreCase)), Is.False, "no COUNT over the table");
        Assert.That(commands, Has.None.Match(@"(?is)\bIN\s*\(\s*SELECT\b"), "a list without a condition pages by its primary key, not ids first");
    }

    [Test]
    public async Task A_rare_roles_candidates_page_is_one_union_of_its_ages_in_three_commands()
    {
        using var client = _factory!.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(TestTokens.Producer));
        var url = $"/roles/{_ids.OpenRole}/candidates?page_size=5";

        Counter.Reset();
        using (var common = await client.GetAsync(url))
        {
            Assert.That(common.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        // The page is the statement that reads actors (SQLite's read of the counts joins a VALUES list: UNION ALL too).
        static bool Merged(string c) => c.Contains("UNION ALL", StringComparison.OrdinalIgnoreCase) && !c.Contains("row_counts", StringComparison.Ordinal);
        Assert.That(Counter.Snapshot().Any(Merged), Is.False, "a common role walks in id order");

        // A million more actors in all, none in the role's groups: the role is now rare, its page a merge of its ages.
        await ExecuteDbContextAsync(c => c.Database.ExecuteSqlRawAsync("UPDATE row_counts SET n = n + 1000000 WHERE name = 'actors'"));
        Counter.Reset();
        using var rare = await client.GetAsync(url);
        var commands = Counter.Snapshot();

        Assert.That(rare.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(commands, Has.Count.EqualTo(3), string.Join("\n---\n", commands));
        var page = commands.Single(Merged);
        Assert.That(page.Split("UNION ALL", StringSplitOptions.None), Has.Length.EqualTo(64), "the role's 41 ages (20 to 60), one part each, padded to 64");
    }

    [Test]
    public async Task A_filtered_page_reads_its_ids_first()
    {
        using var client = _factory!.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(TestTokens.Producer));

        Counter.Reset();
        using var response = await client.GetAsync("/actors?gender=female&min_age=25&max_age=45&location=rome&include_total=false");
        var commands = Counter.Snapshot();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(commands, Has.Count.EqualTo(1), string.Join("\n---\n", commands));
        Assert.That(commands[0], Does.Match(@"(?is)\bIN\s*\(\s*SELECT\b.*\bLIMIT\b|\bIN\s*\(\s*SELECT\b.*\bFETCH\b"), "the page's ids come from a limited subquery");
    }

    [Test]
    public async Task A_cast_roles_candidates_page_reads_its_ids_first_and_its_ages_as_a_list()
    {
        using var client = _factory!.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(TestTokens.Producer));

        Counter.Reset();
        using var response = await client.GetAsync($"/roles/{_ids.Role}/candidates?sort=name&include_total=false");
        var commands = Counter.Snapshot();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var page = commands[^1];
        Assert.That(page, Does.Match(@"(?is)\bIN\s*\(\s*SELECT\b.*\bLIMIT\b|\bIN\s*\(\s*SELECT\b.*\bFETCH\b"), "the page's ids come from a limited subquery");
        Assert.That(page, Does.Not.Match(@"[""\[`]Age[""\]`]\s*(>=|<=)"), "the role's ages are a list, not a range of two parameters (AnyOf.Between)");
        Assert.That(page, Does.Match(@"(?i)[""\[`]Age[""\]`]\s*(IN\s*\(|=\s*ANY\s*\()"), "the list itself");
    }

    [Test]
    public async Task A_list_without_total_and_by_cursor_is_one_query()
    {
        using var client = _factory!.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(TestTokens.Producer));
        var first = await (await client.GetAsync("/actors?page_size=3&include_total=false")).Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonNode>();
        var cursor = first!["next_cursor"]!.GetValue<string>();

        Counter.Reset();
        using var response = await client.GetAsync($"/actors?page_size=3&include_total=false&cursor={Uri.EscapeDataString(cursor)}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Counter.Snapshot(), Has.Count.EqualTo(1));
    }

    /// <summary>Adds the roles with their (already stored) actors attached, not re-added.</summary>
    private static Task InsertRolesAsync(Actor[] actors, Role[] roles) =>
        ExecuteDbContextAsync(async context =>
        {
            context.Actors.AttachRange(actors);
            context.Roles.AddRange(roles);
            await context.SaveChangesAsync();
        });

    private static TestCaseData Case(string name, int limit, HttpStatusCode expected, Func<Ids, HttpRequestMessage> request) =>
        new TestCaseData(limit, expected, request).SetName($"{name} runs at most {limit} SQL command(s)");

    private static HttpRequestMessage Get(string url) => new(HttpMethod.Get, url);

    private static HttpRequestMessage Send(HttpMethod method, string url, object body) =>
        new(method, url) { Content = JsonContent.Create(body) };

    public sealed record Ids(int Movie, int OtherMovie, int Actor, int OtherActor, int Role, int OpenRole, int Entry, int Offered, int Appointment);

    /// <summary>Records the text of every command EF Core executes.</summary>
    private sealed class CommandCounter : DbCommandInterceptor
    {
        private readonly List<string> _commands = [];

        public void Reset()
        {
            lock (_commands)
            {
                _commands.Clear();
            }
        }

        public List<string> Snapshot()
        {
            lock (_commands)
            {
                return [.. _commands];
            }
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
            Record(command, result);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Record(command, result));

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
            Record(command, result);

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Record(command, result));

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
            Record(command, result);

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Record(command, result));

        private T Record<T>(DbCommand command, T result)
        {
            lock (_commands)
            {
                _commands.Add(command.CommandText);
            }

            return result;
        }
    }
}
