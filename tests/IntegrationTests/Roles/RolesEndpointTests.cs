using System.Net;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.IntegrationTests.Infrastructure;

namespace CastingAgency.IntegrationTests.Roles;

/// <summary>
/// Holds <c>/roles</c>, <c>/movies/{id}/roles</c>, <c>/actors/{id}/roles</c> and <c>/roles/{id}/candidates</c> to the
/// docs/api.md: permissions (§2), references, the casting rule on every write (§3), cascades, candidates and lists (§4, §5).
/// </summary>
public sealed class RolesEndpointTests : IntegrationTestBase
{
    private const string Unprocessable = "The request was well-formed but was unable to be followed due to semantic errors";

    private static Movie NewMovie(string title = "Paper Crowns") => new(title, new DateOnly(2018, 11, 2), "Northlight", null);

    private static Actor NewActor(string name, int age, Gender gender, string? location = null, int? height = null) =>
        new(name, age, gender, location, height: height);

    private static async Task<Movie> InsertMovieAsync(string title = "Paper Crowns")
    {
        var movie = NewMovie(title);
        await InsertAsync(movie);
        return movie;
    }

    private static async Task<Actor> InsertActorAsync(string name, int age, Gender gender, string? location = null, int? height = null)
    {
        var actor = NewActor(name, age, gender, location, height);
        await InsertAsync(actor);
        return actor;
    }

    /// <summary>The role and actor as stored, to prove that a refused write changed neither.</summary>
    private static async Task AssertUnchangedAsync(Role role, Actor? actor = null)
    {
        var storedRole = await FindAsync<Role>(role.Id);
        Assert.Multiple(() =>
        {
            Assert.That(storedRole, Is.Not.Null);
            Assert.That(storedRole!.Version, Is.EqualTo(role.Version), "role version");
            Assert.That(storedRole.ActorId, Is.EqualTo(role.ActorId));
            Assert.That(storedRole.Gender, Is.EqualTo(role.Gender));
            Assert.That(storedRole.MinAge, Is.EqualTo(role.MinAge));
            Assert.That(storedRole.MaxAge, Is.EqualTo(role.MaxAge));
            Assert.That(storedRole.Name, Is.EqualTo(role.Name));
        });
        if (actor is not null)
        {
            var storedActor = await FindAsync<Actor>(actor.Id);
            Assert.Multiple(() =>
            {
                Assert.That(storedActor!.Version, Is.EqualTo(actor.Version), "actor version");
                Assert.That(storedActor.Age, Is.EqualTo(actor.Age));
                Assert.That(storedActor.Gender, Is.EqualTo(actor.Gender));
            });
        }
    }

    private static async Task AssertCastingConflictAsync(HttpResponseMessage response, string roleName, string actorName)
    {
        var problem = await AssertProblemAsync(response, 409, "Conflict");
        var detail = problem["detail"]?.GetValue<string>();
        Assert.That(detail, Does.Contain(roleName).And.Contain(actorName), "the detail names the role and the actor");
    }

    // ---------------------------------------------------------------- permissions

    [TestCase("assistant", "GET", "/roles", 200)]
    [TestCase("director", "GET", "/roles", 200)]
    [TestCase("producer", "GET", "/roles", 200)]
    [TestCase("none", "GET", "/roles", 401)]
    [TestCase("assistant", "GET", "/roles/{id}", 200)]
    [TestCase("director", "GET", "/roles/{id}", 200)]
    [TestCase("producer", "GET", "/roles/{id}", 200)]
    [TestCase("none", "GET", "/roles/{id}", 401)]
    [TestCase("assistant", "POST", "/roles", 403)]
    [TestCase("director", "POST", "/roles", 201)]
    [TestCase("producer", "POST", "/roles", 201)]
    [TestCase("none", "POST", "/roles", 401)]
    [TestCase("assistant", "PATCH", "/roles/{id}", 403)]
    [TestCase("director", "PATCH", "/roles/{id}", 200)]
    [TestCase("producer", "PATCH", "/roles/{id}", 200)]
    [TestCase("none", "PATCH", "/roles/{id}", 401)]
    [TestCase("assistant", "DELETE", "/roles/{id}", 403)]
    [TestCase("director", "DELETE", "/roles/{id}", 200)]
    [TestCase("producer", "DELETE", "/roles/{id}", 200)]
    [TestCase("none", "DELETE", "/roles/{id}", 401)]
    [TestCase("assistant", "GET", "/movies/{movie}/roles", 200)]
    [TestCase("director", "GET", "/movies/{movie}/roles", 200)]
    [TestCase("producer", "GET", "/movies/{movie}/roles", 200)]
    [TestCase("none", "GET", "/movies/{movie}/roles", 401)]
    [TestCase("assistant", "GET", "/actors/{actor}/roles", 200)]
    [TestCase("director", "GET", "/actors/{actor}/roles", 200)]
    [TestCase("producer", "GET", "/actors/{actor}/roles", 200)]
    [TestCase("none", "GET", "/actors/{actor}/roles", 401)]
    [TestCase("assistant", "GET", "/roles/{id}/candidates", 200)]
    [TestCase("director", "GET", "/roles/{id}/candidates", 200)]
    [TestCase("producer", "GET", "/roles/{id}/candidates", 200)]
    [TestCase("none", "GET", "/roles/{id}/candidates", 401)]
    public async Task ShouldEnforcePermissions(string person, string method, string path, int expected)
    {
        var movie = await InsertMovieAsync();
        var actor = await InsertActorAsync("Amara Okafor", 30, Gender.Female);
        var role = await InsertRoleAsync(movie.Id, "Keeper", RoleGender.Female, 25, 35, actor.Id);
        actor = (await FindAsync<Actor>(actor.Id))!; // casting moved the actor's version (ADR-007)
        var json = method switch
        {
            "POST" => $$"""{"movie_id":{{movie.Id}},"name":"Sidekick","gender":"any","min_age":20,"max_age":40}""",
            "PATCH" => """{"description":"Changed."}""",
            _ => null,
        };
        var url = path.Replace("{id}", role.Id.ToString()).Replace("{movie}", movie.Id.ToString()).Replace("{actor}", actor.Id.ToString());

        var response = await SendAsync(As(person), method, url, json);

        Assert.That((int)response.StatusCode, Is.EqualTo(expected), await response.Content.ReadAsStringAsync());
        if (expected is 401 or 403)
        {
            await AssertProblemAsync(response, expected, expected == 401 ? "Request does not contain authorization header" : "Permission not found in JWT");
            Assert.That(await CountAsync<Role>(), Is.EqualTo(1), "a refused request creates or deletes nothing");
            await AssertUnchangedAsync(role, actor);
            Assert.That((await FindAsync<Role>(role.Id))!.Description, Is.Null);
        }
    }

    [TestCase(new[] { "get:roles" }, 403)]
    [TestCase(new[] { "get:actors" }, 403)]
    [TestCase(new[] { "get:movies", "get:roles" }, 403)]
    [TestCase(new[] { "get:roles", "get:actors" }, 200)]
    public async Task CandidatesShouldNeedBothGetRolesAndGetActors(string[] permissions, int expected)
    {
        var movie = await InsertMovieAsync();
        var role = await InsertRoleAsync(movie.Id, "Keeper", RoleGender.Any, 25, 35);

        var response = await WithPermissions(permissions).GetAsync($"/roles/{role.Id}/candidates");

        if (expected == 403)
        {
            await AssertProblemAsync(response, 403, "Permission not found in JWT");
        }
        else
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(expected));
        }
    }

    // ---------------------------------------------------------------- read

    [Test]
    public async Task ShouldGetRoleWithETag()
    {
        var movie = await InsertMovieAsync();
        var actor = await InsertActorAsync("Amara Okafor", 30, Gender.Female);
        var role = await InsertRoleAsync(movie.Id, "Keeper", RoleGender.Female, 25, 35, actor.Id, "The lighthouse keeper.");

        var response = await AsAssistant().GetAsync($"/roles/{role.Id}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.ETag!.IsWeak, Is.False);
        var body = await ReadJsonAsync(response);
        var r = body["role"]!;
        Assert.Multiple(() =>
        {
            Assert.That(body["success"]!.GetValue<bool>(), Is.True);
            Assert.That(r["id"]!.GetValue<int>(), Is.EqualTo(role.Id));
            Assert.That(r["movie_id"]!.GetValue<int>(), Is.EqualTo(movie.Id));
            Assert.That(r["actor_id"]!.GetValue<int>(), Is.EqualTo(actor.Id));
            Assert.That(r["name"]!.GetValue<string>(), Is.EqualTo("Keeper"));
            Assert.That(r["gender"]!.GetValue<string>(), Is.EqualTo("female"));
            Assert.That(r["min_age"]!.GetValue<int>(), Is.EqualTo(25));
            Assert.That(r["max_age"]!.GetValue<int>(), Is.EqualTo(35));
            Assert.That(r["description"]!.GetValue<string>(), Is.EqualTo("The lighthouse keeper."));
            Assert.That(r["created_at"]!.GetValue<string>(), Does.EndWith("Z"));
            Assert.That(r["updated_at"]!.GetValue<string>(), Does.EndWith("Z"));
        });
    }

    [TestCase("GET", "/roles/999999")]
    [TestCase("PATCH", "/roles/999999")]
    [TestCase("DELETE", "/roles/999999")]
    [TestCase("GET", "/roles/999999/candidates")]
    [TestCase("GET", "/movies/999999/roles")]
    [TestCase("GET", "/actors/999999/roles")]
    public async Task ShouldReturn404ForUnknownIds(string method, string path)
    {
        var response = await SendAsync(AsProducer(), method, path, method == "PATCH" ? """{"name":"x"}""" : null);
        await AssertProblemAsync(response, 404, "Resource not found");
    }

    [Test]
    public async Task ShouldListTheRolesOfAMovie()
    {
        var movie = await InsertMovieAsync();
        var other = await InsertMovieAsync("Other Movie");
        var keeper = await InsertRoleAsync(movie.Id, "Keeper", RoleGender.Female, 25, 35);
        var sailor = await InsertRoleAsync(movie.Id, "Sailor", RoleGender.Any, 20, 60);
        await InsertRoleAsync(other.Id, "Elsewhere", RoleGender.Any, 20, 60);

        var body = await GetOkJsonAsync(AsAssistant(), $"/movies/{movie.Id}/roles");

        Assert.Multiple(() =>
        {
            Assert.That(body["success"]!.GetValue<bool>(), Is.True);
            Assert.That(body["movie_id"]!.GetValue<int>(), Is.EqualTo(movie.Id));
            Assert.That(Values<int>(body["roles"], "id"), Is.EquivalentTo(new[] { keeper.Id, sailor.Id }));
        });
    }

    [Test]
    public async Task ShouldListTheRolesAnActorHolds()
    {
        var movie = await InsertMovieAsync();
        var actor = await InsertActorAsync("Amara Okafor", 30, Gender.Female);
        var held = await InsertRoleAsync(movie.Id, "Keeper", RoleGender.Female, 25, 35, actor.Id);
        await InsertRoleAsync(movie.Id, "Sailor", RoleGender.Any, 20, 60);

        var body = await GetOkJsonAsync(AsAssistant(), $"/actors/{actor.Id}/roles");

        Assert.That(body["actor_id"]!.GetValue<int>(), Is.EqualTo(actor.Id));
        Assert.That(Values<int>(body["roles"], "id"), Is.EqualTo(new[] { held.Id }));
    }

    [Test]
    public async Task ShouldShowCastOnMovieAndMoviesOnActor()
    {
        var movie = await InsertMovieAsync("The Last Lighthouse");
        var actor = await InsertActorAsync("Amara Okafor", 30, Gender.Female);
        var role = await InsertRoleAsync(movie.Id, "Keeper", RoleGender.Female, 25, 35);
        await InsertRoleAsync(movie.Id, "Sailor", RoleGender.Any, 20, 60);

        var cast = await AsDirector().PatchAsync($"/roles/{role.Id}", RawJson($$"""{"actor_id":{{actor.Id}}}"""));
        Assert.That(cast.StatusCode, Is.EqualTo(HttpStatusCode.OK), await cast.Content.ReadAsStringAsync());

        var movieBody = await GetOkJsonAsync(AsAssistant(), $"/movies/{movie.Id}");
        var castList = movieBody["movie"]!["cast"]!.AsArray();
        Assert.That(castList, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(castList[0]!["role_id"]!.GetValue<int>(), Is.EqualTo(role.Id));
            Assert.That(castList[0]!["role_name"]!.GetValue<string>(), Is.EqualTo("Keeper"));
            Assert.That(castList[0]!["actor_id"]!.GetValue<int>(), Is.EqualTo(actor.Id));
            Assert.That(castList[0]!["actor_name"]!.GetValue<string>(), Is.EqualTo("Amara Okafor"));
        });

        var actorBody = await GetOkJsonAsync(AsAssistant(), $"/actors/{actor.Id}");
        var movies = actorBody["actor"]!["movies"]!.AsArray();
        Assert.That(movies, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(movies[0]!["movie_id"]!.GetValue<int>(), Is.EqualTo(movie.Id));
            Assert.That(movies[0]!["title"]!.GetValue<string>(), Is.EqualTo("The Last Lighthouse"));
            Assert.That(movies[0]!["role_id"]!.GetValue<int>(), Is.EqualTo(role.Id));
            Assert.That(movies[0]!["role_name"]!.GetValue<string>(), Is.EqualTo("Keeper"));
        });
    }

    // ---------------------------------------------------------------- create

    [Test]
    public async Task ShouldCreateRoleWithLocationAndETag()
    {
        var movie = await InsertMovieAsync();
        var actor = await InsertActorAsync("Dana Levi", 40, Gender.NonBinary);

        var response = await AsDirector().PostAsync("/roles", RawJson(
            $$"""{"movie_id":{{movie.Id}},"actor_id":{{actor.Id}},"name":"  Narrator ","gender":"Any","min_age":30,"max_age":50,"description":"Voice."}"""));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var body = await ReadJsonAsync(response);
        var id = body["created"]!.GetValue<int>();
        Assert.Multiple(() =>
        {
            Assert.That(body["success"]!.GetValue<bool>(), Is.True);
            Assert.That(body["role"]!["id"]!.GetValue<int>(), Is.EqualTo(id));
            Assert.That(body["role"]!["name"]!.GetValue<string>(), Is.EqualTo("Narrator"));
            Assert.That(body["role"]!["gender"]!.GetValue<string>(), Is.EqualTo("any"));
            Assert.That(body["role"]!["actor_id"]!.GetValue<int>(), Is.EqualTo(actor.Id));
            Assert.That(response.Headers.Location!.ToString(), Does.EndWith($"/roles/{id}"));
            Assert.That(response.Headers.ETag!.IsWeak, Is.False);
        });
        var stored = await FindAsync<Role>(id);
        Assert.Multiple(() =>
        {
            Assert.That(stored!.Gender, Is.EqualTo(RoleGender.Any));
            Assert.That(stored.ActorId, Is.EqualTo(actor.Id));
            Assert.That(stored.MovieId, Is.EqualTo(movie.Id));
        });
    }

    [Test]
    public async Task ShouldRejectUnknownMovieWith422NamingMovieId()
    {
        var response = await AsDirector().PostAsync("/roles", RawJson("""{"movie_id":999999,"name":"Lead","gender":"any","min_age":20,"max_age":40}"""));

        var problem = await AssertProblemAsync(response, 422, Unprocessable);
        Assert.That(problem["errors"]!["movie_id"], Is.Not.Null, problem.ToJsonString());
        Assert.That(await CountAsync<Role>(), Is.Zero);
    }

    [Test]
    public async Task ShouldRejectUnknownActorWith422NamingActorId()
    {
        var movie = await InsertMovieAsync();

        var response = await AsDirector().PostAsync("/roles", RawJson(
            $$"""{"movie_id":{{movie.Id}},"actor_id":999999,"name":"Lead","gender":"any","min_age":20,"max_age":40}"""));

        var problem = await AssertProblemAsync(response, 422, Unprocessable);
        Assert.That(problem["errors"]!["actor_id"], Is.Not.Null, problem.ToJsonString());
        Assert.That(await CountAsync<Role>(), Is.Zero);
    }

    [TestCase("""{"name":"Lead","gender":"any","min_age":20,"max_age":40}""", "movie_id")]
    [TestCase("""{"movie_id":{movie},"gender":"any","min_age":20,"max_age":40}""", "name")]
    [TestCase("""{"movie_id":{movie},"name":"  ","gender":"any","min_age":20,"max_age":40}""", "name")]
    [TestCase("""{"movie_id":{movie},"name":"Lead","min_age":20,"max_age":40}""", "gender")]
    [TestCase("""{"movie_id":{movie},"name":"Lead","gender":"alien","min_age":20,"max_age":40}""", "gender")]
    [TestCase("""{"movie_id":{movie},"name":"Lead","gender":"any","max_age":40}""", "min_age")]
    [TestCase("""{"movie_id":{movie},"name":"Lead","gender":"any","min_age":20}""", "max_age")]
    [TestCase("""{"movie_id":{movie},"name":"Lead","gender":"any","min_age":-1,"max_age":40}""", "min_age")]
    [TestCase("""{"movie_id":{movie},"name":"Lead","gender":"any","min_age":20,"max_age":121}""", "max_age")]
    [TestCase("""{"movie_id":{movie},"name":"Lead","gender":"any","min_age":41,"max_age":40}""", "min_age")]
    public async Task ShouldRejectInvalidRoleWith422NamingTheField(string json, string field)
    {
        var movie = await InsertMovieAsync();

        var response = await AsDirector().PostAsync("/roles", RawJson(json.Replace("{movie}", movie.Id.ToString())));

        var problem = await AssertProblemAsync(response, 422, Unprocessable);
        Assert.That(problem["errors"]![field], Is.Not.Null, problem.ToJsonString());
        Assert.That(await CountAsync<Role>(), Is.Zero);
    }

    [TestCase("""{"movie_id":{movie},"name":"Lead","gender":"any","min_age":20,"max_age":40,"budget":5}""", "budget")]
    [TestCase("""{"movie_id":"one","name":"Lead","gender":"any","min_age":20,"max_age":40}""", "movie_id")]
    [TestCase("""{"movie_id":{movie},"name":"Lead","gender":"any","min_age":"20","max_age":40}""", "min_age")]
    public async Task ShouldRejectUnknownOrMistypedPropertyWith400(string json, string field)
    {
        var movie = await InsertMovieAsync();

        var response = await AsDirector().PostAsync("/roles", RawJson(json.Replace("{movie}", movie.Id.ToString())));

        var problem = await AssertProblemAsync(response, 400, "The server cannot process the request");
        Assert.That(problem["errors"]![field], Is.Not.Null, problem.ToJsonString());
        Assert.That(await CountAsync<Role>(), Is.Zero);
    }

    // ---------------------------------------------------------------- the casting rule: 409s that change nothing

    [TestCase("Ben Carter", 30, Gender.Male, "female", 25, 35)]
    [TestCase("Young Amara", 24, Gender.Female, "female", 25, 35)]
    [TestCase("Old Amara", 36, Gender.Female, "female", 25, 35)]
    [TestCase("Dana Levi", 30, Gender.NonBinary, "male", 25, 35)]
    [TestCase("Too Young Any", 19, Gender.Male, "any", 20, 40)]
    public async Task ShouldRefuseToCreateRoleWithUnfitActor(string name, int age, Gender gender, string roleGender, int min, int max)
    {
        var movie = await InsertMovieAsync();
        var actor = await InsertActorAsync(name, age, gender);

        var response = await AsDirector().PostAsync("/roles", RawJson(
            $$"""{"movie_id":{{movie.Id}},"actor_id":{{actor.Id}},"name":"Lighthouse Keeper","gender":"{{roleGender}}","min_age":{{min}},"max_age":{{max}}}"""));

        await AssertCastingConflictAsync(response, "Lighthouse Keeper", name);
        Assert.That(await CountAsync<Role>(), Is.Zero, "nothing stored");
        Assert.That((await FindAsync<Actor>(actor.Id))!.Version, Is.EqualTo(1));
    }

    [TestCase("Ben Carter", 30, Gender.Male)]
    [TestCase("Young Amara", 24, Gender.Female)]
    [TestCase("Old Amara", 36, Gender.Female)]
    public async Task ShouldRefuseToCastUnfitActorByPatch(string name, int age, Gender gender)
    {
        var movie = await InsertMovieAsync();
        var actor = await InsertActorAsync(name, age, gender);
        var role = await InsertRoleAsync(movie.Id, "Lighthouse Keeper", RoleGender.Female, 25, 35);

        var response = await AsDirector().PatchAsync($"/roles/{role.Id}", RawJson($$"""{"actor_id":{{actor.Id}}}"""));

        await AssertCastingConflictAsync(response, "Lighthouse Keeper", name);
        await AssertUnchangedAsync(role, actor);
    }

    [Test]
    public async Task ShouldRefuseToReplaceTheCastActorWithAnUnfitOne()
    {
        var movie = await InsertMovieAsync();
        var amara = await InsertActorAsync("Amara Okafor", 30, Gender.Female);
        var ben = await InsertActorAsync("Ben Carter", 30, Gender.Male);
        var role = await InsertRoleAsync(movie.Id, "Lighthouse Keeper", RoleGender.Female, 25, 35, amara.Id);
        amara = (await FindAsync<Actor>(amara.Id))!; // casting moved the actor's version (ADR-007)

        var response = await AsDirector().PatchAsync($"/roles/{role.Id}", RawJson($$"""{"actor_id":{{ben.Id}},"description":"x"}"""));

        await AssertCastingConflictAsync(response, "Lighthouse Keeper", "Ben Carter");
        await AssertUnchangedAsync(role, amara);
        Assert.That((await FindAsync<Role>(role.Id))!.Description, Is.Null);
    }

    [TestCase("""{"min_age":31}""")]
    [TestCase("""{"max_age":29}""")]
    [TestCase("""{"min_age":40,"max_age":50}""")]
    [TestCase("""{"min_age":10,"max_age":20}""")]
    [TestCase("""{"gender":"male"}""")]
    [TestCase("""{"gender":"non-binary"}""")]
    [TestCase("""{"gender":"Male","description":"Changed."}""")]
    public async Task ShouldRefuseToNarrowACastRoleAwayFromItsActor(string json)
    {
        var movie = await InsertMovieAsync();
        var actor = await InsertActorAsync("Amara Okafor", 30, Gender.Female);
        var role = await InsertRoleAsync(movie.Id, "Lighthouse Keeper", RoleGender.Any, 25, 35, actor.Id);
        actor = (await FindAsync<Actor>(actor.Id))!; // casting moved the actor's version (ADR-007)

        var response = await AsDirector().PatchAsync($"/roles/{role.Id}", RawJson(json));

        await AssertCastingConflictAsync(response, "Lighthouse Keeper", "Amara Okafor");
        await AssertUnchangedAsync(role, actor);
        Assert.That((await FindAsync<Role>(role.Id))!.Description, Is.Null);
    }

    [TestCase("""{"age":24}""")]
    [TestCase("""{"age":36}""")]
    [TestCase("""{"gender":"male"}""")]
    [TestCase("""{"gender":"Non-Binary","location":"Paris"}""")]
    public async Task ShouldRefuseActorChangesThatNoLongerFitARoleTheyHold(string json)
    {
        var movie = await InsertMovieAsync();
        var actor = await InsertActorAsync("Amara Okafor", 30, Gender.Female);
        var fine = await InsertRoleAsync(movie.Id, "Crowd", RoleGender.Any, 0, 120, actor.Id);
        var role = await InsertRoleAsync(movie.Id, "Lighthouse Keeper", RoleGender.Female, 25, 35, actor.Id);
        actor = (await FindAsync<Actor>(actor.Id))!; // casting moved the actor's version (ADR-007)

        var response = await AsDirector().PatchAsync($"/actors/{actor.Id}", RawJson(json));

        await AssertCastingConflictAsync(response, "Lighthouse Keeper", "Amara Okafor");
        await AssertUnchangedAsync(role, actor);
        await AssertUnchangedAsync(fine);
        Assert.That((await FindAsync<Actor>(actor.Id))!.Location, Is.Null);
    }

    // ---------------------------------------------------------------- the casting rule: boundaries that succeed

    [TestCase(25, Gender.Female, "female")]
    [TestCase(35, Gender.Female, "female")]
    [TestCase(30, Gender.Male, "any")]
    [TestCase(30, Gender.NonBinary, "any")]
    [TestCase(25, Gender.NonBinary, "non-binary")]
    public async Task ShouldCastActorsAtTheBoundaries(int age, Gender gender, string roleGender)
    {
        var movie = await InsertMovieAsync();
        var actor = await InsertActorAsync("Boundary Actor", age, gender);

        var response = await AsDirector().PostAsync("/roles", RawJson(
            $$"""{"movie_id":{{movie.Id}},"actor_id":{{actor.Id}},"name":"Keeper","gender":"{{roleGender}}","min_age":25,"max_age":35}"""));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var id = (await ReadJsonAsync(response))["created"]!.GetValue<int>();
        Assert.That((await FindAsync<Role>(id))!.ActorId, Is.EqualTo(actor.Id));
    }

    [TestCase("""{"min_age":30}""")]
    [TestCase("""{"max_age":30}""")]
    [TestCase("""{"min_age":30,"max_age":30}""")]
    [TestCase("""{"gender":"any"}""")]
    public async Task ShouldNarrowACastRoleExactlyToItsActor(string json)
    {
        var movie = await InsertMovieAsync();
        var actor = await InsertActorAsync("Amara Okafor", 30, Gender.Female);
        var role = await InsertRoleAsync(movie.Id, "Keeper", RoleGender.Female, 25, 35, actor.Id);

        var response = await AsDirector().PatchAsync($"/roles/{role.Id}", RawJson(json));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var stored = await FindAsync<Role>(role.Id);
        Assert.That(stored!.ActorId, Is.EqualTo(actor.Id));
        Assert.That(stored.Version, Is.EqualTo(2));
    }

    [TestCase("""{"age":25}""", 25)]
    [TestCase("""{"age":35}""", 35)]
    public async Task ShouldChangeAnActorsAgeToTheEdgeOfTheirRole(string json, int age)
    {
        var movie = await InsertMovieAsync();
        var actor = await InsertActorAsync("Amara Okafor", 30, Gender.Female);
        await InsertRoleAsync(movie.Id, "Keeper", RoleGender.Female, 25, 35, actor.Id);

        var response = await AsDirector().PatchAsync($"/actors/{actor.Id}", RawJson(json));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That((await FindAsync<Actor>(actor.Id))!.Age, Is.EqualTo(age));
    }

    [Test]
    public async Task ShouldChangeTheGenderOfAnActorWhoseRolesAreForAny()
    {
        var movie = await InsertMovieAsync();
        var actor = await InsertActorAsync("Amara Okafor", 30, Gender.Female);
        await InsertRoleAsync(movie.Id, "Keeper", RoleGender.Any, 25, 35, actor.Id);

        var response = await AsDirector().PatchAsync($"/actors/{actor.Id}", RawJson("""{"gender":"non-binary"}"""));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That((await FindAsync<Actor>(actor.Id))!.Gender, Is.EqualTo(Gender.NonBinary));
    }

    // ---------------------------------------------------------------- update and delete

    [Test]
    public async Task ShouldPatchOnlyPresentPropertiesUncastWithNullAndClearDescription()
    {
        var movie = await InsertMovieAsync();
        var other = await InsertMovieAsync("Other Movie");
        var actor = await InsertActorAsync("Amara Okafor", 30, Gender.Female);
        var role = await InsertRoleAsync(movie.Id, "Keeper", RoleGender.Female, 25, 35, actor.Id, "Old.");

        var response = await AsDirector().PatchAsync(
            $"/roles/{role.Id}", RawJson($$"""{"actor_id":null,"description":null,"movie_id":{{other.Id}}}"""));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var stored = await FindAsync<Role>(role.Id);
        Assert.Multiple(() =>
        {
            Assert.That(stored!.ActorId, Is.Null);
            Assert.That(stored.Description, Is.Null);
            Assert.That(stored.MovieId, Is.EqualTo(other.Id));
            Assert.That(stored.Name, Is.EqualTo("Keeper"));
            Assert.That(stored.Gender, Is.EqualTo(RoleGender.Female));
            Assert.That(stored.MinAge, Is.EqualTo(25));
            Assert.That(stored.MaxAge, Is.EqualTo(35));
        });
        Assert.That(await FindAsync<Actor>(actor.Id), Is.Not.Null);
    }

    [TestCase("{}", "body", 422)]
    [TestCase("""{"name":null}""", "name", 422)]
    [TestCase("""{"gender":null}""", "gender", 422)]
    [TestCase("""{"min_age":null}""", "min_age", 422)]
    [TestCase("""{"max_age":null}""", "max_age", 422)]
    [TestCase("""{"movie_id":null}""", "movie_id", 422)]
    [TestCase("""{"movie_id":999999}""", "movie_id", 422)]
    [TestCase("""{"actor_id":999999}""", "actor_id", 422)]
    [TestCase("""{"min_age":36}""", "min_age", 422)]
    [TestCase("""{"gender":"alien"}""", "gender", 422)]
    [TestCase("""{"budget":1}""", "budget", 400)]
    public async Task ShouldRejectInvalidRolePatchAndChangeNothing(string json, string field, int status)
    {
        var movie = await InsertMovieAsync();
        var role = await InsertRoleAsync(movie.Id, "Keeper", RoleGender.Female, 25, 35);

        var response = await AsDirector().PatchAsync($"/roles/{role.Id}", RawJson(json));

        var problem = await AssertProblemAsync(response, status);
        Assert.That(problem["errors"]![field], Is.Not.Null, problem.ToJsonString());
        await AssertUnchangedAsync(role);
    }

    [TestCase("PATCH")]
    [TestCase("DELETE")]
    public async Task ShouldRefuseStaleIfMatchWith412AndChangeNothing(string method)
    {
        var movie = await InsertMovieAsync();
        var role = await InsertRoleAsync(movie.Id, "Keeper", RoleGender.Female, 25, 35);

        var response = await SendAsync(AsDirector(), method, $"/roles/{role.Id}", method == "PATCH" ? """{"name":"Renamed"}""" : null, "\"99\"");

        await AssertProblemAsync(response, 412, "Precondition failed");
        await AssertUnchangedAsync(role);
    }

    [Test]
    public async Task ShouldDeleteRoleButNotItsMovieOrActor()
    {
        var movie = await InsertMovieAsync();
        var actor = await InsertActorAsync("Amara Okafor", 30, Gender.Female);
        var role = await InsertRoleAsync(movie.Id, "Keeper", RoleGender.Female, 25, 35, actor.Id);

        var response = await AsDirector().DeleteAsync($"/roles/{role.Id}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await ReadJsonAsync(response))["deleted"]!.GetValue<int>(), Is.EqualTo(role.Id));
        Assert.That(await CountAsync<Role>(), Is.Zero);
        Assert.That(await CountAsync<Movie>(), Is.EqualTo(1));
        Assert.That(await CountAsync<Actor>(), Is.EqualTo(1));
    }

    [Test]
    public async Task DeletingAMovieShouldDeleteItsRoles()
    {
        var movie = await InsertMovieAsync();
        var other = await InsertMovieAsync("Other Movie");
        var actor = await InsertActorAsync("Amara Okafor", 30, Gender.Female);
        await InsertRoleAsync(movie.Id, "Keeper", RoleGender.Female, 25, 35, actor.Id);
        await InsertRoleAsync(movie.Id, "Sailor", RoleGender.Any, 20, 60);
        var kept = await InsertRoleAsync(other.Id, "Elsewhere", RoleGender.Any, 20, 60);

        var response = await AsProducer().DeleteAsync($"/movies/{movie.Id}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(await CountAsync<Role>(), Is.EqualTo(1));
        Assert.That(await FindAsync<Role>(kept.Id), Is.Not.Null);
        Assert.That(await FindAsync<Actor>(actor.Id), Is.Not.Null, "the actor stays");
        var held = await GetOkJsonAsync(AsAssistant(), $"/actors/{actor.Id}/roles");
        Assert.That(held["roles"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task DeletingAnActorShouldUncastTheirRoles()
    {
        var movie = await InsertMovieAsync();
        var actor = await InsertActorAsync("Amara Okafor", 30, Gender.Female);
        var keeper = await InsertRoleAsync(movie.Id, "Keeper", RoleGender.Female, 25, 35, actor.Id);
        var crowd = await InsertRoleAsync(movie.Id, "Crowd", RoleGender.Any, 0, 120, actor.Id);

        var response = await AsDirector().DeleteAsync($"/actors/{actor.Id}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(await CountAsync<Role>(), Is.EqualTo(2));
        Assert.That((await FindAsync<Role>(keeper.Id))!.ActorId, Is.Null);
        Assert.That((await FindAsync<Role>(crowd.Id))!.ActorId, Is.Null);
        var movieBody = await GetOkJsonAsync(AsAssistant(), $"/movies/{movie.Id}");
        Assert.That(movieBody["movie"]!["cast"]!.AsArray(), Is.Empty);
        var open = await GetOkJsonAsync(AsAssistant(), "/roles?cast=false");
        Assert.That(open["total_roles"]!.GetValue<int>(), Is.EqualTo(2));
    }

    // ---------------------------------------------------------------- candidates

    private static async Task<Dictionary<string, Actor>> SeedCandidatesAsync()
    {
        var actors = new Dictionary<string, Actor>
        {
            ["F25"] = NewActor("F25", 25, Gender.Female, "Paris", 160),
            ["F35"] = NewActor("F35", 35, Gender.Female, "London", 175),
            ["F24"] = NewActor("F24", 24, Gender.Female, "Paris", 170),
            ["F36"] = NewActor("F36", 36, Gender.Female, "Paris", 170),
            ["M30"] = NewActor("M30", 30, Gender.Male, "Paris", 180),
            ["N30"] = NewActor("N30", 30, Gender.NonBinary, "London", 165),
            ["F30"] = NewActor("F30", 30, Gender.Female, "Paris", 168),
        };
        await InsertAsync(actors.Values.ToArray());
        return actors;
    }

    [Test]
    public async Task CandidatesShouldFitByGenderAndAgeAndExcludeTheCastActor()
    {
        var movie = await InsertMovieAsync();
        var actors = await SeedCandidatesAsync();
        var role = await InsertRoleAsync(movie.Id, "Keeper", RoleGender.Female, 25, 35, actors["F30"].Id);

        var body = await GetOkJsonAsync(AsAssistant(), $"/roles/{role.Id}/candidates?sort=name");

        Assert.Multiple(() =>
        {
            Assert.That(body["success"]!.GetValue<bool>(), Is.True);
            Assert.That(body["role_id"]!.GetValue<int>(), Is.EqualTo(role.Id));
            Assert.That(Values<string>(body["actors"], "name"), Is.EqualTo(new[] { "F25", "F35" }));
            Assert.That(body["total_actors"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(body["page"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(body["page_size"]!.GetValue<int>(), Is.EqualTo(10));
        });
    }

    [Test]
    public async Task CandidatesOfAnOpenRoleForAnyShouldIncludeEveryGender()
    {
        var movie = await InsertMovieAsync();
        await SeedCandidatesAsync();
        var role = await InsertRoleAsync(movie.Id, "Crowd", RoleGender.Any, 25, 35);

        var body = await GetOkJsonAsync(AsAssistant(), $"/roles/{role.Id}/candidates?sort=name");

        Assert.That(Values<string>(body["actors"], "name"), Is.EqualTo(new[] { "F25", "F30", "F35", "M30", "N30" }));
    }

    [TestCase("location=paris", new[] { "F25", "F30", "M30" })]
    [TestCase("min_height=168", new[] { "F30", "F35", "M30" })]
    [TestCase("location=PARIS&min_height=168", new[] { "F30", "M30" })]
    [TestCase("gender=female", new[] { "F25", "F30", "F35" })]
    [TestCase("min_age=30", new[] { "F30", "F35", "M30", "N30" })]
    [TestCase("max_age=24", new string[0])]
    [TestCase("search_term=3", new[] { "F30", "F35", "M30", "N30" })]
    public async Task CandidatesShouldBeNarrowedByActorFilters(string query, string[] expected)
    {
        var movie = await InsertMovieAsync();
        await SeedCandidatesAsync();
        var role = await InsertRoleAsync(movie.Id, "Crowd", RoleGender.Any, 25, 35);

        var body = await GetOkJsonAsync(AsAssistant(), $"/roles/{role.Id}/candidates?{query}&sort=name");

        Assert.That(Values<string>(body["actors"], "name"), Is.EqualTo(expected));
        Assert.That(body["total_actors"]!.GetValue<int>(), Is.EqualTo(expected.Length));
    }

    [Test]
    public async Task CandidatesShouldPageAndSort()
    {
        var movie = await InsertMovieAsync();
        await SeedCandidatesAsync();
        var role = await InsertRoleAsync(movie.Id, "Crowd", RoleGender.Any, 25, 35);
        var client = AsAssistant();

        var first = await GetOkJsonAsync(client, $"/roles/{role.Id}/candidates?sort=-height&page_size=2");
        Assert.That(Values<string>(first["actors"], "name"), Is.EqualTo(new[] { "M30", "F35" }));
        Assert.That(first["total_actors"]!.GetValue<int>(), Is.EqualTo(5));

        var second = await GetOkJsonAsync(client, $"/roles/{role.Id}/candidates?sort=-height&page_size=2&page=2");
        Assert.That(Values<string>(second["actors"], "name"), Is.EqualTo(new[] { "F30", "N30" }));
        Assert.That(second["page"]!.GetValue<int>(), Is.EqualTo(2));

        var byAge = await GetOkJsonAsync(client, $"/roles/{role.Id}/candidates?sort=-age,name");
        Assert.That(Values<string>(byAge["actors"], "name"), Is.EqualTo(new[] { "F35", "F30", "M30", "N30", "F25" }));

        var past = await GetOkJsonAsync(client, $"/roles/{role.Id}/candidates?page=9");
        Assert.That(past["actors"]!.AsArray(), Is.Empty);
        Assert.That(past["total_actors"]!.GetValue<int>(), Is.EqualTo(5));
    }

    [TestCase("gender=alien", 422, "gender")]
    [TestCase("min_height=10", 422, "min_height")]
    [TestCase("sort=budget", 422, "sort")]
    [TestCase("page=0", 422, "page")]
    [TestCase("colour=red", 400, "colour")]
    [TestCase("age=1&age=2", 400, "age")]
    public async Task CandidatesShouldRejectBadParameters(string query, int status, string field)
    {
        var movie = await InsertMovieAsync();
        var role = await InsertRoleAsync(movie.Id, "Crowd", RoleGender.Any, 25, 35);

        var response = await AsAssistant().GetAsync($"/roles/{role.Id}/candidates?{query}");

        var problem = await AssertProblemAsync(response, status);
        Assert.That(problem["errors"]![field], Is.Not.Null, problem.ToJsonString());
    }

    // ---------------------------------------------------------------- role lists

    private static async Task<(Movie Movie, Movie Other, Actor Amara, Actor Ben)> SeedRoleListAsync()
    {
        var movie = await InsertMovieAsync();
        var other = await InsertMovieAsync("Other Movie");
        var amara = await InsertActorAsync("Amara Okafor", 30, Gender.Female);
        var ben = await InsertActorAsync("Ben Carter", 45, Gender.Male);
        await InsertRoleAsync(movie.Id, "Keeper", RoleGender.Female, 25, 35, amara.Id);
        await InsertRoleAsync(movie.Id, "Captain", RoleGender.Male, 40, 60, ben.Id);
        await InsertRoleAsync(movie.Id, "Deckhand", RoleGender.Any, 18, 30);
        await InsertRoleAsync(other.Id, "Keeper's Daughter", RoleGender.Female, 10, 16);
        await InsertRoleAsync(other.Id, "Narrator", RoleGender.NonBinary, 50, 70);
        return (movie, other, amara, ben);
    }

    [TestCase("movie_id={movie}", new[] { "Captain", "Deckhand", "Keeper" })]
    [TestCase("movie_id={other}", new[] { "Keeper's Daughter", "Narrator" })]
    [TestCase("actor_id={amara}", new[] { "Keeper" })]
    [TestCase("name=KEEPER", new[] { "Keeper" })]
    [TestCase("name=keep", new string[0])]
    [TestCase("gender=female", new[] { "Keeper", "Keeper's Daughter" })]
    [TestCase("gender=Any", new[] { "Deckhand" })]
    [TestCase("gender=non-binary", new[] { "Narrator" })]
    [TestCase("cast=true", new[] { "Captain", "Keeper" })]
    [TestCase("cast=false", new[] { "Deckhand", "Keeper's Daughter", "Narrator" })]
    [TestCase("age=30", new[] { "Deckhand", "Keeper" })]
    [TestCase("age=50", new[] { "Captain", "Narrator" })]
    [TestCase("age=16", new[] { "Keeper's Daughter" })]
    [TestCase("age=17", new string[0])]
    [TestCase("search_term=KEEP", new[] { "Keeper", "Keeper's Daughter" })]
    [TestCase("movie_id={movie}&cast=false", new[] { "Deckhand" })]
    [TestCase("gender=female&age=12", new[] { "Keeper's Daughter" })]
    public async Task ShouldFilterRoles(string query, string[] expected)
    {
        var seeded = await SeedRoleListAsync();
        var url = "/roles?sort=name&" + query
            .Replace("{movie}", seeded.Movie.Id.ToString())
            .Replace("{other}", seeded.Other.Id.ToString())
            .Replace("{amara}", seeded.Amara.Id.ToString());

        var body = await GetOkJsonAsync(AsAssistant(), url);

        Assert.That(Values<string>(body["roles"], "name"), Is.EqualTo(expected));
        Assert.That(body["total_roles"]!.GetValue<int>(), Is.EqualTo(expected.Length));
    }

    [TestCase("sort=name", new[] { "Captain", "Deckhand", "Keeper", "Keeper's Daughter", "Narrator" })]
    [TestCase("sort=-name", new[] { "Narrator", "Keeper's Daughter", "Keeper", "Deckhand", "Captain" })]
    [TestCase("sort=min_age", new[] { "Keeper's Daughter", "Deckhand", "Keeper", "Captain", "Narrator" })]
    [TestCase("sort=-max_age", new[] { "Narrator", "Captain", "Keeper", "Deckhand", "Keeper's Daughter" })]
    public async Task ShouldSortRoles(string query, string[] expected)
    {
        await SeedRoleListAsync();

        var body = await GetOkJsonAsync(AsAssistant(), $"/roles?{query}");

        Assert.That(Values<string>(body["roles"], "name"), Is.EqualTo(expected));
    }

    [Test]
    public async Task ShouldPageRoles()
    {
        await SeedRoleListAsync();

        var page = await GetOkJsonAsync(AsAssistant(), "/roles?sort=name&page=2&page_size=2");

        Assert.Multiple(() =>
        {
            Assert.That(page["success"]!.GetValue<bool>(), Is.True);
            Assert.That(Values<string>(page["roles"], "name"), Is.EqualTo(new[] { "Keeper", "Keeper's Daughter" }));
            Assert.That(page["total_roles"]!.GetValue<int>(), Is.EqualTo(5));
            Assert.That(page["page"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(page["page_size"]!.GetValue<int>(), Is.EqualTo(2));
        });
        var past = await GetOkJsonAsync(AsAssistant(), "/roles?page=4&page_size=2");
        Assert.That(past["roles"]!.AsArray(), Is.Empty);
        Assert.That(past["total_roles"]!.GetValue<int>(), Is.EqualTo(5));
    }

    [TestCase("gender=alien", 422, "gender")]
    [TestCase("age=121", 422, "age")]
    [TestCase("sort=budget", 422, "sort")]
    [TestCase("page_size=0", 422, "page_size")]
    [TestCase("cast=maybe", 400, "cast")]
    [TestCase("movie_id=abc", 400, "movie_id")]
    [TestCase("movie_id=1&movie_id=2", 400, "movie_id")]
    [TestCase("title=x", 400, "title")]
    public async Task ShouldRejectBadRoleListParameters(string query, int status, string field)
    {
        var response = await AsAssistant().GetAsync($"/roles?{query}");

        var problem = await AssertProblemAsync(response, status);
        Assert.That(problem["errors"]![field], Is.Not.Null, problem.ToJsonString());
    }
}
