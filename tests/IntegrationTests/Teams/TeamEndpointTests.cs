using System.Net;
using System.Text.Json.Nodes;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.IntegrationTests.Teams;

/// <summary>
/// docs/api.md, "Confidential productions and their teams": a movie's team (GET, PUT, DELETE of a member by its
/// token subject), the <c>confidential</c> flag of movies and who may set it, and the creator who joins the team.
/// Database checks read past the visibility filter, so they see every row whoever the test acts as.
/// </summary>
public sealed class TeamEndpointTests : IntegrationTestBase
{
    /// <summary>A token that may change teams but does not see every production (a studio's line producer).</summary>
    private static readonly string[] TeamManager = [.. TestTokens.Director, "post:movies", "manage:teams"];

    private static HttpClient AsTeamManager(string subject = "auth0|manager") => WithPermissions(TeamManager, subject);

    private static async Task<Movie> NewMovieAsync(bool confidential = false, string title = "Working Title", params string[] team)
    {
        var movie = new Movie(title, new DateOnly(2027, 5, 1), "Northlight");
        movie.SetConfidential(confidential);
        await InsertAsync(movie);
        foreach (var sub in team)
        {
            await InsertAsync(new TeamMember(movie.Id, sub, TeamPosition.Producer, null, "auth0|boss"));
        }

        return movie;
    }

    private static Task<List<TeamMember>> StoredTeamAsync(int movieId) =>
        ExecuteDbContextAsync(context => context.TeamMembers.AsNoTracking().Where(t => t.MovieId == movieId).OrderBy(t => t.Subject).ToListAsync());

    private static Task<Movie?> StoredMovieAsync(int id) =>
        ExecuteDbContextAsync(context => context.Movies.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(m => m.Id == id));

    private static Task<int> StoredMovieCountAsync() =>
        ExecuteDbContextAsync(context => context.Movies.IgnoreQueryFilters().CountAsync());

    /// <summary>Asserts a contract-shaped problem whose <c>detail</c> says exactly why.</summary>
    private static async Task AssertDetailAsync(HttpResponseMessage response, int status, string detail)
    {
        var problem = await AssertProblemAsync(response, status);
        Assert.That(problem["detail"]?.GetValue<string>(), Is.EqualTo(detail));
    }

    private static string Team(int movieId, string? escapedSub = null) =>
        escapedSub is null ? $"/movies/{movieId}/team" : $"/movies/{movieId}/team/{escapedSub}";

    [Test]
    public async Task ShouldAddAMemberWith201AndChangeItWith200()
    {
        var movie = await NewMovieAsync();
        var client = AsProducer();

        var added = await SendAsync(client, "PUT", Team(movie.Id, "auth0%7Cana"), """{"position":"casting_director","name":" Ana Ruiz "}""");

        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Created), await added.Content.ReadAsStringAsync());
        Assert.That(added.Headers.Location?.ToString(), Does.EndWith(Team(movie.Id)));
        var body = await ReadJsonAsync(added);
        var member = body["member"]!;
        Assert.Multiple(() =>
        {
            Assert.That(body["success"]!.GetValue<bool>(), Is.True);
            Assert.That(member.AsObject().Select(p => p.Key), Is.EquivalentTo(new[] { "sub", "name", "position", "added_at", "added_by" }));
            Assert.That(member["sub"]!.GetValue<string>(), Is.EqualTo("auth0|ana"));
            Assert.That(member["name"]!.GetValue<string>(), Is.EqualTo("Ana Ruiz"));
            Assert.That(member["position"]!.GetValue<string>(), Is.EqualTo("casting_director"));
            Assert.That(member["added_by"]!.GetValue<string>(), Is.EqualTo("test|producer"));
            Assert.That(member["added_at"]!.GetValue<DateTime>(), Is.EqualTo(DateTime.UtcNow).Within(TimeSpan.FromMinutes(5)));
        });

        var changed = await SendAsync(AsTeamManager(), "PUT", Team(movie.Id, "auth0%7Cana"), """{"position":"reader"}""");

        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await changed.Content.ReadAsStringAsync());
        Assert.That(changed.Headers.Location, Is.Null);
        var again = (await ReadJsonAsync(changed))["member"]!;
        var stored = (await StoredTeamAsync(movie.Id)).Single();
        Assert.Multiple(() =>
        {
            Assert.That(again["position"]!.GetValue<string>(), Is.EqualTo("reader"));
            Assert.That(again["name"], Is.Null, "PUT replaces the member: an absent name is none");
            Assert.That(again["added_by"]!.GetValue<string>(), Is.EqualTo("test|producer"), "added_by stays who added them");
            Assert.That(again["added_at"]!.GetValue<DateTime>(), Is.EqualTo(member["added_at"]!.GetValue<DateTime>()));
            Assert.That(stored.Subject, Is.EqualTo("auth0|ana"));
            Assert.That(stored.Position, Is.EqualTo(TeamPosition.Reader));
            Assert.That(stored.Name, Is.Null);
        });
    }

    [Test]
    public async Task ShouldListTheTeamByAddedAtThenSub()
    {
        var movie = await NewMovieAsync(team: ["z|late", "b|tie", "a|tie"]);
        var noon = new DateTime(2026, 12, 7, 12, 0, 0, DateTimeKind.Utc);
        await ExecuteDbContextAsync(context => context.TeamMembers
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.CreatedAt, t => t.Subject == "z|late" ? noon.AddHours(1) : noon)));

        var body = await GetOkJsonAsync(AsAssistant(), Team(movie.Id));

        Assert.Multiple(() =>
        {
            Assert.That(body["success"]!.GetValue<bool>(), Is.True);
            Assert.That(body["movie_id"]!.GetValue<int>(), Is.EqualTo(movie.Id));
            Assert.That(Values<string>(body["team"], "sub"), Is.EqualTo(new[] { "a|tie", "b|tie", "z|late" }));
            Assert.That(Values<string>(body["team"], "position"), Is.All.EqualTo("producer"));
            Assert.That(Values<string>(body["team"], "added_by"), Is.All.EqualTo("auth0|boss"));
        });
    }

    [Test]
    public async Task ShouldAnswerAnEmptyTeamForAMovieWithoutOne()
    {
        var movie = await NewMovieAsync();

        var body = await GetOkJsonAsync(AsAssistant(), Team(movie.Id));

        Assert.That(body["team"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task ShouldRemoveAMemberAndAnswer404ForOneNotOnTheTeam()
    {
        var movie = await NewMovieAsync(team: ["auth0|ana", "auth0|ben"]);

        var removed = await SendAsync(AsTeamManager(), "DELETE", Team(movie.Id, "auth0%7Cana"));

        Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await removed.Content.ReadAsStringAsync());
        var body = await ReadJsonAsync(removed);
        Assert.Multiple(() =>
        {
            Assert.That(body["success"]!.GetValue<bool>(), Is.True);
            Assert.That(body["deleted"]!.GetValue<string>(), Is.EqualTo("auth0|ana"));
        });
        Assert.That((await StoredTeamAsync(movie.Id)).Select(t => t.Subject), Is.EqualTo(new[] { "auth0|ben" }));

        var again = await SendAsync(AsTeamManager(), "DELETE", Team(movie.Id, "auth0%7Cana"));

        await AssertDetailAsync(again, 404, $"sub 'auth0|ana' is not on the team of movie {movie.Id}");
        Assert.That((await StoredTeamAsync(movie.Id)).Select(t => t.Subject), Is.EqualTo(new[] { "auth0|ben" }));
    }

    [TestCase("auth0|abc", "auth0%7Cabc")]
    [TestCase("auth0|abc", "auth0|abc")]
    [TestCase("samlp|studio|ana@studio.example", "samlp%7Cstudio%7Cana%40studio.example")]
    [TestCase("https://idp.example/users/42", "https%3A%2F%2Fidp.example%2Fusers%2F42")]
    [TestCase("name with spaces", "name%20with%20spaces")]
    public async Task ShouldAddressAMemberByItsUrlEncodedSub(string sub, string escaped)
    {
        var movie = await NewMovieAsync();
        var client = AsTeamManager();

        var added = await SendAsync(client, "PUT", Team(movie.Id, escaped), """{"position":"reader"}""");

        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Created), await added.Content.ReadAsStringAsync());
        Assert.That((await ReadJsonAsync(added))["member"]!["sub"]!.GetValue<string>(), Is.EqualTo(sub));
        Assert.That((await StoredTeamAsync(movie.Id)).Single().Subject, Is.EqualTo(sub));
        Assert.That(Values<string>((await GetOkJsonAsync(client, Team(movie.Id)))["team"], "sub"), Is.EqualTo(new[] { sub }));

        var removed = await SendAsync(client, "DELETE", Team(movie.Id, escaped));

        Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await removed.Content.ReadAsStringAsync());
        Assert.That((await ReadJsonAsync(removed))["deleted"]!.GetValue<string>(), Is.EqualTo(sub));
        Assert.That(await StoredTeamAsync(movie.Id), Is.Empty);
    }

    [TestCase("PUT")]
    [TestCase("DELETE")]
    public async Task ShouldAnswer403WithoutManageTeamsAndChangeNothing(string method)
    {
        var movie = await NewMovieAsync(team: ["auth0|ana"]);
        string[] everythingElse = [.. TestTokens.Producer.Where(p => p != "manage:teams")];

        var response = await SendAsync(WithPermissions(everythingElse), method, Team(movie.Id, "auth0%7Cana"), method == "PUT" ? """{"position":"reader"}""" : null);

        await AssertProblemAsync(response, 403, "Permission not found in JWT");
        var stored = (await StoredTeamAsync(movie.Id)).Single();
        Assert.That(stored.Position, Is.EqualTo(TeamPosition.Producer));
    }

    [Test]
    public async Task ShouldAnswer422NamingTheFieldAndChangeNothing()
    {
        var movie = await NewMovieAsync(team: ["auth0|ana"]);
        var client = AsProducer();
        var longSub = new string('s', 256);

        var cases = new (string Method, string Url, string? Json, string Field)[]
        {
            ("PUT", Team(movie.Id, longSub), """{"position":"reader"}""", "sub"),
            ("DELETE", Team(movie.Id, longSub), null, "sub"),
            ("PUT", Team(movie.Id, "%20auth0%7Cana"), """{"position":"reader"}""", "sub"),
            ("PUT", Team(movie.Id, "auth0%7Cana"), """{"position":"gaffer"}""", "position"),
            ("PUT", Team(movie.Id, "auth0%7Cana"), """{"name":"Ana"}""", "position"),
            ("PUT", Team(movie.Id, "auth0%7Cana"), """{"position":null}""", "position"),
            ("PUT", Team(movie.Id, "auth0%7Cana"), $$"""{"position":"reader","name":"{{new string('n', 201)}}"}""", "name"),
            ("PUT", Team(movie.Id, "auth0%7Cben"), """{"position":"reader","name":"a\u0000b"}""", "name"),
        };

        foreach (var (method, url, json, field) in cases)
        {
            var response = await SendAsync(client, method, url, json);

            var problem = await AssertProblemAsync(response, 422);
            Assert.That(problem["errors"]![field], Is.Not.Null, $"{method} {url} {json}: {problem.ToJsonString()}");
        }

        var stored = (await StoredTeamAsync(movie.Id)).Single();
        Assert.Multiple(() =>
        {
            Assert.That(stored.Subject, Is.EqualTo("auth0|ana"));
            Assert.That(stored.Position, Is.EqualTo(TeamPosition.Producer));
            Assert.That(stored.Name, Is.Null);
        });
    }

    [Test]
    public async Task ShouldAnswer404ForTheTeamOfAMovieTheCallerDoesNotSeeAsForOneThatNeverExisted()
    {
        var hidden = await NewMovieAsync(confidential: true, team: ["auth0|ana"]);
        var missing = hidden.Id + 1000;
        var outsider = AsTeamManager("auth0|outsider");

        foreach (var (method, suffix, json) in new (string, string?, string?)[]
                 {
                     ("GET", null, null), ("PUT", "auth0%7Coutsider", """{"position":"producer"}"""), ("DELETE", "auth0%7Cana", null),
                 })
        {
            var refused = await AssertProblemAsync(await SendAsync(outsider, method, Team(hidden.Id, suffix), json), 404);
            var never = await AssertProblemAsync(await SendAsync(outsider, method, Team(missing, suffix), json), 404);
            Assert.That(
                refused["detail"]!.GetValue<string>().Replace(hidden.Id.ToString(), "{id}"),
                Is.EqualTo(never["detail"]!.GetValue<string>().Replace(missing.ToString(), "{id}")), method);
            Assert.That(refused["message"]!.GetValue<string>(), Is.EqualTo(never["message"]!.GetValue<string>()));
            Assert.That(refused["title"]!.GetValue<string>(), Is.EqualTo(never["title"]!.GetValue<string>()));
            Assert.That(refused["type"]!.GetValue<string>(), Is.EqualTo(never["type"]!.GetValue<string>()));
        }

        Assert.That((await StoredTeamAsync(hidden.Id)).Select(t => t.Subject), Is.EqualTo(new[] { "auth0|ana" }), "nothing changed");

        // A member sees the movie and its team; so does a token that sees every production.
        var member = WithPermissions(TestTokens.Assistant, "auth0|ana");
        Assert.That(Values<string>((await GetOkJsonAsync(member, Team(hidden.Id)))["team"], "sub"), Is.EqualTo(new[] { "auth0|ana" }));
        await GetOkJsonAsync(AsProducer(), Team(hidden.Id));
    }

    [Test]
    public async Task ShouldAnswerOne201AndNo500ToConcurrentPutsOfOneSub()
    {
        var movie = await NewMovieAsync();
        const int Writers = 8;
        var clients = Enumerable.Range(0, Writers).Select(_ => AsTeamManager()).ToList();

        var responses = await Task.WhenAll(clients.Select((client, i) =>
            SendAsync(client, "PUT", Team(movie.Id, "auth0%7Cana"), $$"""{"position":"reader","name":"Writer {{i}}"}""")));

        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        Assert.That(statuses.Count(s => s == 201), Is.EqualTo(1), string.Join(", ", statuses));
        Assert.That(statuses, Is.All.AnyOf(200, 201, 409), string.Join(", ", statuses));
        foreach (var conflict in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            // Lost the insert to the unique key, or the change to another writer's (the member's version).
            var problem = await AssertProblemAsync(conflict, 409);
            Assert.That(problem["detail"]!.GetValue<string>(), Is.AnyOf(
                $"sub 'auth0|ana' was added to the team of movie {movie.Id} by another request; send the PUT again to change it",
                "the resource was changed or deleted by another request; read it again and retry"));
        }

        var stored = (await StoredTeamAsync(movie.Id)).Single();
        Assert.That(stored.Subject, Is.EqualTo("auth0|ana"));
    }

    [Test]
    public async Task ShouldShowConfidentialInEveryMovieRepresentation()
    {
        var open = await NewMovieAsync(title: "Open Call");
        var client = AsProducer();

        var created = await SendAsync(client, "POST", "/movies", """{"title":"Working Title","release_date":"2027-05-01","confidential":true}""");

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var id = (await ReadJsonAsync(created))["movie"]!["id"]!.GetValue<int>();
        Assert.That((await ReadJsonAsync(created))["movie"]!["confidential"]!.GetValue<bool>(), Is.True);
        Assert.That((await GetOkJsonAsync(client, $"/movies/{id}"))["movie"]!["confidential"]!.GetValue<bool>(), Is.True);
        Assert.That((await GetOkJsonAsync(client, $"/movies/{open.Id}"))["movie"]!["confidential"]!.GetValue<bool>(), Is.False);
        var list = await GetOkJsonAsync(client, "/movies?sort=title");
        Assert.That(Values<bool>(list["movies"], "confidential"), Is.EqualTo(new[] { false, true }));

        Assert.That(Values<string>((await GetOkJsonAsync(client, "/movies?confidential=true"))["movies"], "title"), Is.EqualTo(new[] { "Working Title" }));
        Assert.That(Values<string>((await GetOkJsonAsync(client, "/movies?confidential=false"))["movies"], "title"), Is.EqualTo(new[] { "Open Call" }));

        var patched = await SendAsync(client, "PATCH", $"/movies/{id}", """{"confidential":false}""");

        Assert.That(patched.StatusCode, Is.EqualTo(HttpStatusCode.OK), await patched.Content.ReadAsStringAsync());
        Assert.That((await ReadJsonAsync(patched))["movie"]!["confidential"]!.GetValue<bool>(), Is.False);
        Assert.That((await StoredMovieAsync(id))!.Confidential, Is.False);
    }

    [Test]
    public async Task ShouldAnswer403ToConfidentialOnCreateWithoutManageTeamsAndStoreNothing()
    {
        string[] producerWithoutTeams = [.. TestTokens.Producer.Where(p => p != "manage:teams")];
        var client = WithPermissions(producerWithoutTeams);

        var refused = await SendAsync(client, "POST", "/movies", """{"title":"Working Title","release_date":"2027-05-01","confidential":true}""");

        await AssertDetailAsync(refused, 403, "changing confidential also needs manage:teams");
        Assert.That(await StoredMovieCountAsync(), Is.Zero);

        // The default is no change: sending it needs nothing more.
        var open = await SendAsync(client, "POST", "/movies", """{"title":"Open Call","release_date":"2027-05-01","confidential":false}""");

        Assert.That(open.StatusCode, Is.EqualTo(HttpStatusCode.Created), await open.Content.ReadAsStringAsync());
        Assert.That(await StoredMovieCountAsync(), Is.EqualTo(1));
    }

    [TestCase(false, true)]
    [TestCase(true, false)]
    public async Task ShouldAnswer403ToChangingConfidentialWithoutManageTeamsAndChangeNothing(bool current, bool requested)
    {
        var movie = await NewMovieAsync(confidential: current, team: ["test|director"]);
        var before = await StoredMovieAsync(movie.Id);

        var refused = await SendAsync(AsDirector(), "PATCH", $"/movies/{movie.Id}", $$"""{"confidential":{{(requested ? "true" : "false")}},"company":"Other"}""");

        await AssertDetailAsync(refused, 403, "changing confidential also needs manage:teams");
        var after = await StoredMovieAsync(movie.Id);
        Assert.Multiple(() =>
        {
            Assert.That(after!.Confidential, Is.EqualTo(current));
            Assert.That(after.Company, Is.EqualTo("Northlight"));
            Assert.That(after.Version, Is.EqualTo(before!.Version));
        });

        // Sending the current value is no change.
        var same = await SendAsync(AsDirector(), "PATCH", $"/movies/{movie.Id}", $$"""{"confidential":{{(current ? "true" : "false")}},"company":"Other"}""");

        Assert.That(same.StatusCode, Is.EqualTo(HttpStatusCode.OK), await same.Content.ReadAsStringAsync());
        Assert.That((await StoredMovieAsync(movie.Id))!.Company, Is.EqualTo("Other"));
    }

    [Test]
    public async Task ShouldTakeANullConfidentialFlagAsTheDefaultOnCreateAndRefuseItOnPatch()
    {
        var movie = await NewMovieAsync();

        var create = await SendAsync(AsProducer(), "POST", "/movies", """{"title":"X","release_date":"2027-05-01","confidential":null}""");
        var patch = await AssertProblemAsync(await SendAsync(AsProducer(), "PATCH", $"/movies/{movie.Id}", """{"confidential":null}"""), 422);

        Assert.That(create.StatusCode, Is.EqualTo(HttpStatusCode.Created), await create.Content.ReadAsStringAsync());
        Assert.That((await ReadJsonAsync(create))["movie"]!["confidential"]!.GetValue<bool>(), Is.False);
        Assert.That(patch["errors"]!["confidential"], Is.Not.Null);
        Assert.That((await StoredMovieAsync(movie.Id))!.Version, Is.EqualTo(movie.Version));
    }

    [Test]
    public async Task ShouldMakeTheCreatorOfAConfidentialMovieItsProducerWhenTheyDoNotSeeEveryProduction()
    {
        var maker = AsTeamManager("auth0|maker");

        var created = await SendAsync(maker, "POST", "/movies", """{"title":"Working Title","release_date":"2027-05-01","confidential":true}""");

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var id = (await ReadJsonAsync(created))["created"]!.GetValue<int>();
        var member = (await StoredTeamAsync(id)).Single();
        Assert.Multiple(() =>
        {
            Assert.That(member.Subject, Is.EqualTo("auth0|maker"));
            Assert.That(member.Position, Is.EqualTo(TeamPosition.Producer));
            Assert.That(member.AddedBy, Is.EqualTo("auth0|maker"));
            Assert.That(member.Name, Is.Null);
        });

        // The creator keeps seeing what they made; another caller like them does not.
        await GetOkJsonAsync(maker, $"/movies/{id}");
        Assert.That(Values<string>((await GetOkJsonAsync(maker, Team(id)))["team"], "sub"), Is.EqualTo(new[] { "auth0|maker" }));
        await AssertProblemAsync(await AsTeamManager("auth0|other").GetAsync($"/movies/{id}"), 404);
    }

    [Test]
    public async Task ShouldNotAddACreatorWhoSeesEveryProductionToTheTeam()
    {
        var created = await SendAsync(AsProducer(), "POST", "/movies", """{"title":"Working Title","release_date":"2027-05-01","confidential":true}""");

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var id = (await ReadJsonAsync(created))["created"]!.GetValue<int>();
        Assert.That(await StoredTeamAsync(id), Is.Empty);
        Assert.That((await StoredMovieAsync(id))!.Confidential, Is.True);
    }

    [Test]
    public async Task ShouldMakeWhoeverMakesAMovieConfidentialItsProducerUnlessOnTheTeamOrSeeingEverything()
    {
        var byManager = await NewMovieAsync(title: "First");
        var byMember = await NewMovieAsync(title: "Second");
        var byProducer = await NewMovieAsync(title: "Third");
        await InsertAsync(new TeamMember(byMember.Id, "auth0|maker", TeamPosition.Reader, "Mo", "auth0|boss"));
        var maker = AsTeamManager("auth0|maker");

        foreach (var (client, id) in new[] { (maker, byManager.Id), (maker, byMember.Id), (AsProducer(), byProducer.Id) })
        {
            var response = await SendAsync(client, "PATCH", $"/movies/{id}", """{"confidential":true}""");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
            Assert.That((await StoredMovieAsync(id))!.Confidential, Is.True);
        }

        var joined = (await StoredTeamAsync(byManager.Id)).Single();
        var kept = (await StoredTeamAsync(byMember.Id)).Single();
        Assert.Multiple(async () =>
        {
            Assert.That((joined.Subject, joined.Position, joined.AddedBy), Is.EqualTo(("auth0|maker", TeamPosition.Producer, "auth0|maker")));
            Assert.That((kept.Position, kept.Name, kept.AddedBy), Is.EqualTo((TeamPosition.Reader, "Mo", "auth0|boss")), "already on the team: kept as they were");
            Assert.That(await StoredTeamAsync(byProducer.Id), Is.Empty);
        });
        await GetOkJsonAsync(maker, $"/movies/{byManager.Id}");
    }
}
