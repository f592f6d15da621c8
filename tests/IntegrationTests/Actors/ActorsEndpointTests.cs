using System.Net;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.IntegrationTests.Infrastructure;

namespace CastingAgency.IntegrationTests.Actors;

/// <summary>Holds <c>/actors</c> to docs/api.md §3 (Actor), §2 (permissions), §5 (lists) and §7 (If-Match).</summary>
public sealed class ActorsEndpointTests : IntegrationTestBase
{
    private const string Unprocessable = "The request was well-formed but was unable to be followed due to semantic errors";
    private const string BadRequest = "The server cannot process the request";

    private static Actor NewActor(
        string name = "Amara Okafor", int age = 30, Gender gender = Gender.Female, string? location = "Lagos",
        int? height = 170, string? email = null) =>
        new(name, age, gender, location, height: height, email: email, ethnicity: Ethnicity.Black, passport: true);

    private static Movie NewMovie(string title = "Paper Crowns") => new(title, new DateOnly(2018, 11, 2), "Northlight", null);

    // ---------------------------------------------------------------- permissions

    [TestCase("assistant", "GET", "/actors", 200)]
    [TestCase("director", "GET", "/actors", 200)]
    [TestCase("producer", "GET", "/actors", 200)]
    [TestCase("none", "GET", "/actors", 401)]
    [TestCase("assistant", "GET", "/actors/{id}", 200)]
    [TestCase("director", "GET", "/actors/{id}", 200)]
    [TestCase("producer", "GET", "/actors/{id}", 200)]
    [TestCase("none", "GET", "/actors/{id}", 401)]
    [TestCase("assistant", "POST", "/actors", 403)]
    [TestCase("director", "POST", "/actors", 201)]
    [TestCase("producer", "POST", "/actors", 201)]
    [TestCase("none", "POST", "/actors", 401)]
    [TestCase("assistant", "PATCH", "/actors/{id}", 403)]
    [TestCase("director", "PATCH", "/actors/{id}", 200)]
    [TestCase("producer", "PATCH", "/actors/{id}", 200)]
    [TestCase("none", "PATCH", "/actors/{id}", 401)]
    [TestCase("assistant", "DELETE", "/actors/{id}", 403)]
    [TestCase("director", "DELETE", "/actors/{id}", 200)]
    [TestCase("producer", "DELETE", "/actors/{id}", 200)]
    [TestCase("none", "DELETE", "/actors/{id}", 401)]
    [TestCase("assistant", "GET", "/actors/{id}/roles", 200)]
    [TestCase("director", "GET", "/actors/{id}/roles", 200)]
    [TestCase("producer", "GET", "/actors/{id}/roles", 200)]
    [TestCase("none", "GET", "/actors/{id}/roles", 401)]
    public async Task ShouldEnforcePermissions(string person, string method, string path, int expected)
    {
        var actor = NewActor();
        await InsertAsync(actor);
        var json = method switch
        {
            "POST" => """{"name":"Lena Park","age":31,"gender":"female"}""",
            "PATCH" => """{"location":"Seoul"}""",
            _ => null,
        };

        var response = await SendAsync(As(person), method, path.Replace("{id}", actor.Id.ToString()), json);

        Assert.That((int)response.StatusCode, Is.EqualTo(expected), await response.Content.ReadAsStringAsync());
        if (expected is 401 or 403)
        {
            await AssertProblemAsync(response, expected, expected == 401 ? "Request does not contain authorization header" : "Permission not found in JWT");
            Assert.That(await CountAsync<Actor>(), Is.EqualTo(1), "a refused request creates or deletes nothing");
            var stored = await FindAsync<Actor>(actor.Id);
            Assert.That(stored!.Location, Is.EqualTo("Lagos"), "a refused request changes nothing");
            Assert.That(stored.Version, Is.EqualTo(1));
        }
    }

    // ---------------------------------------------------------------- union_member (issue 11: a field added in four files)

    [Test]
    public async Task ShouldCreatePatchAndFilterByUnionMember()
    {
        var created = await AsDirector().PostAsync("/actors", RawJson("""{"name":"Una Member","age":40,"gender":"female","union_member":true}"""));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var id = (await ReadJsonAsync(created))["created"]!.GetValue<int>();
        var other = await AsDirector().PostAsync("/actors", RawJson("""{"name":"Nora Nonmember","age":41,"gender":"female"}"""));
        var otherActor = (await ReadJsonAsync(other))["actor"]!;
        Assert.That(otherActor["union_member"]!.GetValue<bool>(), Is.False, "union_member defaults to false");

        var members = await GetOkJsonAsync(AsAssistant(), "/actors?union_member=true");
        Assert.That(Values<int>(members["actors"], "id"), Is.EqualTo(new[] { id }));

        var patched = await SendAsync(AsDirector(), "PATCH", $"/actors/{id}", """{"union_member":false}""");
        Assert.That(patched.StatusCode, Is.EqualTo(HttpStatusCode.OK), await patched.Content.ReadAsStringAsync());
        Assert.That((await ReadJsonAsync(patched))["actor"]!["union_member"]!.GetValue<bool>(), Is.False);
        Assert.That((await FindAsync<Actor>(id))!.UnionMember, Is.False);
        Assert.That(Values<int>((await GetOkJsonAsync(AsAssistant(), "/actors?union_member=true"))["actors"], "id"), Is.Empty);

        var nulled = await SendAsync(AsDirector(), "PATCH", $"/actors/{id}", """{"union_member":null}""");
        await AssertProblemAsync(nulled, 422, Unprocessable);
        var wrongType = await AsAssistant().GetAsync("/actors?union_member=maybe");
        await AssertProblemAsync(wrongType, 400, BadRequest);
    }

    // ---------------------------------------------------------------- read

    [Test]
    public async Task ShouldGetActorWithTheMoviesOfTheRolesTheyHold()
    {
        var movie = NewMovie("The Last Lighthouse");
        var actor = NewActor();
        await InsertAsync(movie);
        await InsertAsync(actor);
        var held = await InsertRoleAsync(movie.Id, "Keeper", RoleGender.Female, 25, 35, actor.Id);
        await InsertRoleAsync(movie.Id, "Sailor", RoleGender.Any, 20, 60);

        var response = await AsAssistant().GetAsync($"/actors/{actor.Id}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.ETag, Is.Not.Null);
        var body = await ReadJsonAsync(response);
        var movies = body["actor"]!["movies"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(body["success"]!.GetValue<bool>(), Is.True);
            Assert.That(body["actor"]!["id"]!.GetValue<int>(), Is.EqualTo(actor.Id));
            Assert.That(body["actor"]!["gender"]!.GetValue<string>(), Is.EqualTo("female"));
            Assert.That(body["actor"]!["ethnicity"]!.GetValue<string>(), Is.EqualTo("black"));
            Assert.That(body["actor"]!["driver_license"]!.GetValue<bool>(), Is.False);
            Assert.That(movies, Has.Count.EqualTo(1));
            Assert.That(movies[0]!["movie_id"]!.GetValue<int>(), Is.EqualTo(movie.Id));
            Assert.That(movies[0]!["title"]!.GetValue<string>(), Is.EqualTo("The Last Lighthouse"));
            Assert.That(movies[0]!["role_id"]!.GetValue<int>(), Is.EqualTo(held.Id));
            Assert.That(movies[0]!["role_name"]!.GetValue<string>(), Is.EqualTo("Keeper"));
        });
    }

    [Test]
    public async Task ShouldListTheRolesAnActorHolds()
    {
        var movie = NewMovie();
        var actor = NewActor();
        await InsertAsync(movie);
        await InsertAsync(actor);
        var held = await InsertRoleAsync(movie.Id, "Keeper", RoleGender.Female, 25, 35, actor.Id);
        await InsertRoleAsync(movie.Id, "Sailor", RoleGender.Any, 20, 60);

        var body = await GetOkJsonAsync(AsAssistant(), $"/actors/{actor.Id}/roles");

        Assert.Multiple(() =>
        {
            Assert.That(body["success"]!.GetValue<bool>(), Is.True);
            Assert.That(body["actor_id"]!.GetValue<int>(), Is.EqualTo(actor.Id));
            Assert.That(Values<int>(body["roles"], "id"), Is.EqualTo(new[] { held.Id }));
            Assert.That(body["roles"]![0]!["actor_id"]!.GetValue<int>(), Is.EqualTo(actor.Id));
        });
    }

    [TestCase("GET", "/actors/999999")]
    [TestCase("GET", "/actors/999999/roles")]
    [TestCase("PATCH", "/actors/999999")]
    [TestCase("DELETE", "/actors/999999")]
    [TestCase("GET", "/actors/0")]
    public async Task ShouldReturn404ForUnknownActor(string method, string path)
    {
        var response = await SendAsync(AsProducer(), method, path, method == "PATCH" ? """{"age":40}""" : null);
        await AssertProblemAsync(response, 404, "Resource not found");
    }

    // ---------------------------------------------------------------- create

    [Test]
    public async Task ShouldCreateActorWithEveryFieldLocationAndETag()
    {
        var response = await AsDirector().PostAsync("/actors", RawJson("""
            {"name":"  Lena Park ","age":31,"gender":"female","location":"Seoul","passport":true,"driver_license":true,
             "ethnicity":"asian","hair_color":"black","eye_color":"brown","body_type":"athletic","height":168,
             "description":"Stage and screen.","image_link":"https://img.example.com/lena.jpg","phone":"+82 (10) 1234-5678",
             "email":"lena@example.com"}
            """));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var body = await ReadJsonAsync(response);
        var id = body["created"]!.GetValue<int>();
        var actor = body["actor"]!;
        Assert.Multiple(() =>
        {
            Assert.That(body["success"]!.GetValue<bool>(), Is.True);
            Assert.That(actor["id"]!.GetValue<int>(), Is.EqualTo(id));
            Assert.That(actor["name"]!.GetValue<string>(), Is.EqualTo("Lena Park"));
            Assert.That(actor["driver_license"]!.GetValue<bool>(), Is.True);
            Assert.That(actor["body_type"]!.GetValue<string>(), Is.EqualTo("athletic"));
            Assert.That(actor["image_link"]!.GetValue<string>(), Is.EqualTo("https://img.example.com/lena.jpg"));
            Assert.That(actor["phone"]!.GetValue<string>(), Is.EqualTo("+82 (10) 1234-5678"));
            Assert.That(actor["created_at"]!.GetValue<string>(), Does.EndWith("Z"));
            Assert.That(response.Headers.Location!.ToString(), Does.EndWith($"/actors/{id}"));
            Assert.That(response.Headers.ETag!.IsWeak, Is.False);
        });
        var stored = await FindAsync<Actor>(id);
        Assert.Multiple(() =>
        {
            Assert.That(stored!.Name, Is.EqualTo("Lena Park"));
            Assert.That(stored.Height, Is.EqualTo(168));
            Assert.That(stored.Email, Is.EqualTo("lena@example.com"));
        });
    }

    [Test]
    public async Task ShouldDefaultPassportAndDriverLicenseToFalse()
    {
        var response = await AsDirector().PostAsync("/actors", RawJson("""{"name":"Lena Park","age":31,"gender":"female"}"""));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var actor = (await ReadJsonAsync(response))["actor"]!;
        Assert.Multiple(() =>
        {
            Assert.That(actor["passport"]!.GetValue<bool>(), Is.False);
            Assert.That(actor["driver_license"]!.GetValue<bool>(), Is.False);
            Assert.That(actor["height"], Is.Null);
            Assert.That(actor["ethnicity"], Is.Null);
        });
    }

    [Test]
    public async Task ShouldMatchEnumInputCaseInsensitivelyAndStoreLowercase()
    {
        var response = await AsDirector().PostAsync("/actors", RawJson("""
            {"name":"Omar Haddad","age":40,"gender":"Female","ethnicity":"Middle Eastern","hair_color":"BLOND",
             "eye_color":"Hazel","body_type":"Plus-Sized"}
            """));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var id = (await ReadJsonAsync(response))["created"]!.GetValue<int>();
        var actor = (await GetOkJsonAsync(AsAssistant(), $"/actors/{id}"))["actor"]!;
        Assert.Multiple(() =>
        {
            Assert.That(actor["gender"]!.GetValue<string>(), Is.EqualTo("female"));
            Assert.That(actor["ethnicity"]!.GetValue<string>(), Is.EqualTo("middle eastern"));
            Assert.That(actor["hair_color"]!.GetValue<string>(), Is.EqualTo("blond"));
            Assert.That(actor["eye_color"]!.GetValue<string>(), Is.EqualTo("hazel"));
            Assert.That(actor["body_type"]!.GetValue<string>(), Is.EqualTo("plus-sized"));
        });
        var stored = await FindAsync<Actor>(id);
        Assert.Multiple(() =>
        {
            Assert.That(stored!.Gender, Is.EqualTo(Gender.Female));
            Assert.That(stored.Ethnicity, Is.EqualTo(Ethnicity.MiddleEastern));
            Assert.That(stored.BodyType, Is.EqualTo(BodyType.PlusSized));
        });
    }

    [TestCase("""{"age":30,"gender":"female"}""", "name")]
    [TestCase("""{"name":"   ","age":30,"gender":"female"}""", "name")]
    [TestCase("""{"name":"x","gender":"female"}""", "age")]
    [TestCase("""{"name":"x","age":-1,"gender":"female"}""", "age")]
    [TestCase("""{"name":"x","age":121,"gender":"female"}""", "age")]
    [TestCase("""{"name":"x","age":30}""", "gender")]
    [TestCase("""{"name":"x","age":30,"gender":"alien"}""", "gender")]
    [TestCase("""{"name":"x","age":30,"gender":"any"}""", "gender")]
    [TestCase("""{"name":"x","age":30,"gender":"female","height":29}""", "height")]
    [TestCase("""{"name":"x","age":30,"gender":"female","height":301}""", "height")]
    [TestCase("""{"name":"x","age":30,"gender":"female","email":"not-an-email"}""", "email")]
    [TestCase("""{"name":"x","age":30,"gender":"female","email":"a@"}""", "email")]
    [TestCase("""{"name":"x","age":30,"gender":"female","image_link":"ftp://x"}""", "image_link")]
    [TestCase("""{"name":"x","age":30,"gender":"female","image_link":"/images/x.png"}""", "image_link")]
    [TestCase("""{"name":"x","age":30,"gender":"female","phone":"555-CALL-NOW"}""", "phone")]
    [TestCase("""{"name":"x","age":30,"gender":"female","ethnicity":"martian"}""", "ethnicity")]
    [TestCase("""{"name":"x","age":30,"gender":"female","hair_color":"green"}""", "hair_color")]
    [TestCase("""{"name":"x","age":30,"gender":"female","eye_color":"black"}""", "eye_color")]
    [TestCase("""{"name":"x","age":30,"gender":"female","body_type":"tall"}""", "body_type")]
    public async Task ShouldRejectInvalidActorWith422NamingTheField(string json, string field)
    {
        var response = await AsDirector().PostAsync("/actors", RawJson(json));

        var problem = await AssertProblemAsync(response, 422, Unprocessable);
        Assert.That(problem["errors"]![field], Is.Not.Null, problem.ToJsonString());
        Assert.That(await CountAsync<Actor>(), Is.Zero);
    }

    [TestCase("name", 201)]
    [TestCase("location", 201)]
    [TestCase("description", 4001)]
    [TestCase("phone", 33)]
    [TestCase("image_link", 2049)]
    public async Task ShouldRejectTooLongTextWith422(string field, int length)
    {
        var value = field switch
        {
            "image_link" => "https://example.com/" + new string('a', length - "https://example.com/".Length),
            "phone" => new string('1', length),
            _ => new string('a', length),
        };
        var json = $$"""{"name":"x","age":30,"gender":"female","{{field}}":"{{value}}"}""";
        if (field == "name")
        {
            json = $$"""{"name":"{{value}}","age":30,"gender":"female"}""";
        }

        var response = await AsDirector().PostAsync("/actors", RawJson(json));

        var problem = await AssertProblemAsync(response, 422, Unprocessable);
        Assert.That(problem["errors"]![field], Is.Not.Null, problem.ToJsonString());
        Assert.That(await CountAsync<Actor>(), Is.Zero);
    }

    [Test]
    public async Task ShouldAcceptTheLongestValues()
    {
        var json = $$"""
            {"name":"{{new string('n', 200)}}","age":120,"gender":"non-binary","height":300,"description":"{{new string('d', 4000)}}",
             "phone":"{{new string('1', 32)}}"}
            """;
        var response = await AsDirector().PostAsync("/actors", RawJson(json));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    [TestCase("""{"name":"x","age":30,"gender":"female","shoe_size":42}""", "shoe_size")]
    [TestCase("""{"name":"x","age":30,"gender":"female","id":7}""", "id")]
    [TestCase("""{"name":"x","age":"thirty","gender":"female"}""", "age")]
    [TestCase("""{"name":"x","age":30,"gender":"female","passport":"yes"}""", "passport")]
    [TestCase("""{"name":"x","age":30,"gender":"female","height":170.5}""", "height")]
    [TestCase("""{"name":["x"],"age":30,"gender":"female"}""", "name")]
    public async Task ShouldRejectUnknownOrMistypedPropertyWith400(string json, string field)
    {
        var response = await AsDirector().PostAsync("/actors", RawJson(json));

        var problem = await AssertProblemAsync(response, 400, BadRequest);
        Assert.That(problem["errors"]![field], Is.Not.Null, problem.ToJsonString());
        Assert.That(await CountAsync<Actor>(), Is.Zero);
    }

    [Test]
    public async Task ShouldRejectDuplicateEmailCaseInsensitivelyWith409()
    {
        await InsertAsync(NewActor(email: "amara@example.com"));

        var response = await AsDirector().PostAsync("/actors", RawJson("""{"name":"Other","age":30,"gender":"male","email":"AMARA@Example.COM"}"""));

        await AssertProblemAsync(response, 409, "Conflict");
        Assert.That(await CountAsync<Actor>(), Is.EqualTo(1), "nothing stored");
    }

    [Test]
    public async Task ShouldRejectPatchToAnotherActorsEmailWith409()
    {
        var amara = NewActor(email: "amara@example.com");
        var ben = NewActor("Ben Carter", 45, Gender.Male, email: "ben@example.com");
        await InsertAsync(amara, ben);

        var response = await AsDirector().PatchAsync($"/actors/{ben.Id}", RawJson("""{"email":"Amara@example.com"}"""));

        await AssertProblemAsync(response, 409, "Conflict");
        var stored = await FindAsync<Actor>(ben.Id);
        Assert.That(stored!.Email, Is.EqualTo("ben@example.com"));
        Assert.That(stored.Version, Is.EqualTo(1));
    }

    [Test]
    public async Task ShouldAllowAnActorToKeepTheirOwnEmailInAnotherCase()
    {
        var amara = NewActor(email: "amara@example.com");
        await InsertAsync(amara);

        var response = await AsDirector().PatchAsync($"/actors/{amara.Id}", RawJson("""{"email":"AMARA@example.com","age":31}"""));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That((await FindAsync<Actor>(amara.Id))!.Age, Is.EqualTo(31));
    }

    // ---------------------------------------------------------------- update

    [Test]
    public async Task ShouldPatchOnlyPresentPropertiesAndClearOptionalWithNull()
    {
        var actor = NewActor(location: "Lagos", height: 170, email: "amara@example.com");
        await InsertAsync(actor);

        var response = await AsDirector().PatchAsync(
            $"/actors/{actor.Id}", RawJson("""{"location":null,"height":null,"ethnicity":null,"age":31,"hair_color":"Auburn"}"""));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var body = await ReadJsonAsync(response);
        Assert.That(body["actor"]!["hair_color"]!.GetValue<string>(), Is.EqualTo("auburn"));
        Assert.That(response.Headers.ETag, Is.Not.Null);
        var stored = await FindAsync<Actor>(actor.Id);
        Assert.Multiple(() =>
        {
            Assert.That(stored!.Location, Is.Null);
            Assert.That(stored.Height, Is.Null);
            Assert.That(stored.Ethnicity, Is.Null);
            Assert.That(stored.Age, Is.EqualTo(31));
            Assert.That(stored.HairColor, Is.EqualTo(HairColor.Auburn));
            Assert.That(stored.Name, Is.EqualTo("Amara Okafor"), "absent properties keep their values");
            Assert.That(stored.Gender, Is.EqualTo(Gender.Female));
            Assert.That(stored.Passport, Is.True);
            Assert.That(stored.Email, Is.EqualTo("amara@example.com"));
            Assert.That(stored.Version, Is.EqualTo(2));
        });
    }

    [TestCase("{}", "body", 422)]
    [TestCase("""{"name":null}""", "name", 422)]
    [TestCase("""{"age":null}""", "age", 422)]
    [TestCase("""{"gender":null}""", "gender", 422)]
    [TestCase("""{"age":121}""", "age", 422)]
    [TestCase("""{"gender":"ALIEN"}""", "gender", 422)]
    [TestCase("""{"height":29}""", "height", 422)]
    [TestCase("""{"email":"nope"}""", "email", 422)]
    [TestCase("""{"image_link":"ftp://x"}""", "image_link", 422)]
    [TestCase("""{"phone":"call me"}""", "phone", 422)]
    [TestCase("""{"nickname":"Ams"}""", "nickname", 400)]
    [TestCase("""{"age":"old"}""", "age", 400)]
    public async Task ShouldRejectInvalidPatchAndChangeNothing(string json, string field, int status)
    {
        var actor = NewActor();
        await InsertAsync(actor);

        var response = await AsDirector().PatchAsync($"/actors/{actor.Id}", RawJson(json));

        var problem = await AssertProblemAsync(response, status, status == 422 ? Unprocessable : BadRequest);
        Assert.That(problem["errors"]![field], Is.Not.Null, problem.ToJsonString());
        var stored = await FindAsync<Actor>(actor.Id);
        Assert.Multiple(() =>
        {
            Assert.That(stored!.Version, Is.EqualTo(1));
            Assert.That(stored.Name, Is.EqualTo("Amara Okafor"));
            Assert.That(stored.Age, Is.EqualTo(30));
            Assert.That(stored.Height, Is.EqualTo(170));
        });
    }

    [TestCase("PATCH")]
    [TestCase("DELETE")]
    public async Task ShouldRefuseStaleIfMatchWith412AndChangeNothing(string method)
    {
        var actor = NewActor();
        await InsertAsync(actor);
        var client = AsDirector();
        var etag = (await client.GetAsync($"/actors/{actor.Id}")).Headers.ETag!.Tag;
        var first = await client.PatchAsync($"/actors/{actor.Id}", RawJson("""{"location":"Abuja"}"""));
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var response = await SendAsync(client, method, $"/actors/{actor.Id}", method == "PATCH" ? """{"location":"Accra"}""" : null, etag);

        await AssertProblemAsync(response, 412, "Precondition failed");
        var stored = await FindAsync<Actor>(actor.Id);
        Assert.That(stored, Is.Not.Null);
        Assert.That(stored!.Location, Is.EqualTo("Abuja"));
        Assert.That(stored.Version, Is.EqualTo(2));
    }

    [Test]
    public async Task ShouldHonourMatchingIfMatch()
    {
        var actor = NewActor();
        await InsertAsync(actor);
        var client = AsDirector();
        var etag = (await client.GetAsync($"/actors/{actor.Id}")).Headers.ETag!.Tag;

        var patch = await SendAsync(client, "PATCH", $"/actors/{actor.Id}", """{"location":"Abuja"}""", etag);
        Assert.That(patch.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var newTag = patch.Headers.ETag!.Tag;
        Assert.That(newTag, Is.Not.EqualTo(etag));

        var delete = await SendAsync(client, "DELETE", $"/actors/{actor.Id}", ifMatch: newTag);
        Assert.That(delete.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await CountAsync<Actor>(), Is.Zero);
    }

    // ---------------------------------------------------------------- delete

    [Test]
    public async Task ShouldDeleteActorAndLeaveTheirRolesUncast()
    {
        var movie = NewMovie();
        var actor = NewActor();
        var other = NewActor("Ben Carter", 45, Gender.Male);
        await InsertAsync(movie);
        await InsertAsync(actor, other);
        var role = await InsertRoleAsync(movie.Id, "Keeper", RoleGender.Female, 25, 35, actor.Id);
        var untouched = await InsertRoleAsync(movie.Id, "Captain", RoleGender.Male, 40, 50, other.Id);

        var response = await AsDirector().DeleteAsync($"/actors/{actor.Id}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var body = await ReadJsonAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(body["success"]!.GetValue<bool>(), Is.True);
            Assert.That(body["deleted"]!.GetValue<int>(), Is.EqualTo(actor.Id));
        });
        Assert.That(await FindAsync<Actor>(actor.Id), Is.Null);
        var stored = await FindAsync<Role>(role.Id);
        Assert.That(stored, Is.Not.Null, "the role still exists");
        Assert.That(stored!.ActorId, Is.Null, "the role is uncast");
        Assert.That((await FindAsync<Role>(untouched.Id))!.ActorId, Is.EqualTo(other.Id));
        var roleBody = await GetOkJsonAsync(AsAssistant(), $"/roles/{role.Id}");
        Assert.That(roleBody["role"]!.AsObject().ContainsKey("actor_id"), Is.True, "actor_id is present, as null");
        Assert.That(roleBody["role"]!["actor_id"], Is.Null);
        await AssertProblemAsync(await AsAssistant().GetAsync($"/actors/{actor.Id}"), 404, "Resource not found");
    }

    // ---------------------------------------------------------------- lists

    private static async Task<(Actor Amara, Actor Ben, Actor Chen, Actor Dana, Actor Stone)> SeedListAsync()
    {
        var amara = new Actor(
            "Amara Okafor", 30, Gender.Female, "Lagos", Ethnicity.Black, HairColor.Black, EyeColor.Brown, BodyType.Athletic, 170,
            email: "amara@example.com", passport: true, driverLicense: false);
        var ben = new Actor(
            "Ben Carter", 45, Gender.Male, "London", Ethnicity.White, HairColor.Blond, EyeColor.Blue, BodyType.Average, 182,
            email: "ben@example.com", passport: true, driverLicense: true);
        var chen = new Actor(
            "Chen Wei", 25, Gender.Male, "Shanghai", Ethnicity.Asian, HairColor.Black, EyeColor.Brown, BodyType.Slim, 175, passport: false, driverLicense: true);
        var dana = new Actor(
            "Dana Levi", 60, Gender.NonBinary, "Tel Aviv", Ethnicity.MiddleEastern, HairColor.Gray, EyeColor.Green, BodyType.Curvy, 160, passport: false, driverLicense: false);
        var stone = new Actor(
            "Amara Stone", 18, Gender.Female, "london", Ethnicity.White, HairColor.Red, EyeColor.Hazel, BodyType.Slim, 165, passport: false, driverLicense: true);
        await InsertAsync(amara, ben, chen, dana, stone);
        return (amara, ben, chen, dana, stone);
    }

    [TestCase("sort=name", new[] { "Amara Okafor", "Amara Stone", "Ben Carter", "Chen Wei", "Dana Levi" })]
    [TestCase("sort=-name", new[] { "Dana Levi", "Chen Wei", "Ben Carter", "Amara Stone", "Amara Okafor" })]
    [TestCase("sort=age", new[] { "Amara Stone", "Chen Wei", "Amara Okafor", "Ben Carter", "Dana Levi" })]
    [TestCase("sort=-age", new[] { "Dana Levi", "Ben Carter", "Amara Okafor", "Chen Wei", "Amara Stone" })]
    [TestCase("sort=height", new[] { "Dana Levi", "Amara Stone", "Amara Okafor", "Chen Wei", "Ben Carter" })]
    [TestCase("sort=-height", new[] { "Ben Carter", "Chen Wei", "Amara Okafor", "Amara Stone", "Dana Levi" })]
    public async Task ShouldSortActors(string query, string[] expected)
    {
        await SeedListAsync();

        var body = await GetOkJsonAsync(AsAssistant(), $"/actors?{query}");

        Assert.That(Values<string>(body["actors"], "name"), Is.EqualTo(expected));
        Assert.That(body["total_actors"]!.GetValue<int>(), Is.EqualTo(5));
    }

    [TestCase("sort=height")]
    [TestCase("sort=-height")]
    public async Task ShouldSortActorsWithoutHeightLastOnEveryProvider(string query)
    {
        await SeedListAsync();
        await InsertAsync(new Actor("No Height", 40, Gender.Male));

        var body = await GetOkJsonAsync(AsAssistant(), $"/actors?{query}");

        Assert.That(Values<string>(body["actors"], "name").Last(), Is.EqualTo("No Height"));
    }

    [TestCase("", false)]
    [TestCase("sort=id", false)]
    [TestCase("sort=-id", true)]
    public async Task ShouldSortActorsByIdByDefault(string query, bool descending)
    {
        var seeded = await SeedListAsync();
        var ids = new[] { seeded.Amara.Id, seeded.Ben.Id, seeded.Chen.Id, seeded.Dana.Id, seeded.Stone.Id }.Order().ToArray();

        var body = await GetOkJsonAsync(AsAssistant(), $"/actors?{query}");

        Assert.That(Values<int>(body["actors"], "id"), Is.EqualTo(descending ? ids.Reverse() : ids));
    }

    [Test]
    public async Task ShouldBreakSortTiesById()
    {
        var first = NewActor("Same Age One", 30);
        var second = NewActor("Same Age Two", 30);
        var third = NewActor("Same Age Three", 30);
        await InsertAsync(first, second, third);

        var body = await GetOkJsonAsync(AsAssistant(), "/actors?sort=-age");

        Assert.That(Values<int>(body["actors"], "id"), Is.EqualTo(new[] { first.Id, second.Id, third.Id }.Order()));
    }

    [Test]
    public async Task ShouldPageActors()
    {
        await SeedListAsync();
        var client = AsAssistant();

        var page = await GetOkJsonAsync(client, "/actors?sort=name&page=2&page_size=2");
        Assert.Multiple(() =>
        {
            Assert.That(page["success"]!.GetValue<bool>(), Is.True);
            Assert.That(page["total_actors"]!.GetValue<int>(), Is.EqualTo(5));
            Assert.That(page["page"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(page["page_size"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(Values<string>(page["actors"], "name"), Is.EqualTo(new[] { "Ben Carter", "Chen Wei" }));
        });

        var last = await GetOkJsonAsync(client, "/actors?sort=name&page=3&page_size=2");
        Assert.That(Values<string>(last["actors"], "name"), Is.EqualTo(new[] { "Dana Levi" }));

        var defaults = await GetOkJsonAsync(client, "/actors");
        Assert.That(defaults["page"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(defaults["page_size"]!.GetValue<int>(), Is.EqualTo(10));

        var past = await GetOkJsonAsync(client, "/actors?page=4&page_size=2");
        Assert.That(past["actors"]!.AsArray(), Is.Empty);
        Assert.That(past["total_actors"]!.GetValue<int>(), Is.EqualTo(5), "the true total on a page past the end");
    }

    [TestCase("name=amara%20okafor", new[] { "Amara Okafor" })]
    [TestCase("name=AMARA%20STONE", new[] { "Amara Stone" })]
    [TestCase("name=amara", new string[0])]
    [TestCase("age=45", new[] { "Ben Carter" })]
    [TestCase("min_age=25", new[] { "Amara Okafor", "Ben Carter", "Chen Wei", "Dana Levi" })]
    [TestCase("max_age=25", new[] { "Chen Wei", "Amara Stone" })]
    [TestCase("min_age=25&max_age=45", new[] { "Amara Okafor", "Ben Carter", "Chen Wei" })]
    [TestCase("gender=female", new[] { "Amara Okafor", "Amara Stone" })]
    [TestCase("gender=Non-Binary", new[] { "Dana Levi" })]
    [TestCase("gender=male", new[] { "Ben Carter", "Chen Wei" })]
    [TestCase("location=LONDON", new[] { "Ben Carter", "Amara Stone" })]
    [TestCase("location=lon", new string[0])]
    [TestCase("passport=true", new[] { "Amara Okafor", "Ben Carter" })]
    [TestCase("passport=false", new[] { "Chen Wei", "Dana Levi", "Amara Stone" })]
    [TestCase("driver_license=false", new[] { "Amara Okafor", "Dana Levi" })]
    [TestCase("driver_license=true", new[] { "Ben Carter", "Chen Wei", "Amara Stone" })]
    [TestCase("ethnicity=white", new[] { "Ben Carter", "Amara Stone" })]
    [TestCase("ethnicity=Middle%20Eastern", new[] { "Dana Levi" })]
    [TestCase("hair_color=black", new[] { "Amara Okafor", "Chen Wei" })]
    [TestCase("eye_color=hazel", new[] { "Amara Stone" })]
    [TestCase("eye_color=brown", new[] { "Amara Okafor", "Chen Wei" })]
    [TestCase("body_type=slim", new[] { "Chen Wei", "Amara Stone" })]
    [TestCase("height=175", new[] { "Chen Wei" })]
    [TestCase("min_height=170", new[] { "Amara Okafor", "Ben Carter", "Chen Wei" })]
    [TestCase("max_height=165", new[] { "Dana Levi", "Amara Stone" })]
    [TestCase("min_height=170&max_height=180", new[] { "Amara Okafor", "Chen Wei" })]
    [TestCase("search_term=AMARA", new[] { "Amara Okafor", "Amara Stone" })]
    [TestCase("search_term=aR", new[] { "Amara Okafor", "Amara Stone", "Ben Carter" })]
    [TestCase("search_term=wei", new[] { "Chen Wei" })]
    [TestCase("gender=male&min_age=30", new[] { "Ben Carter" })]
    [TestCase("gender=female&location=london&driver_license=true", new[] { "Amara Stone" })]
    public async Task ShouldFilterActors(string query, string[] expected)
    {
        await SeedListAsync();

        var body = await GetOkJsonAsync(AsAssistant(), $"/actors?{query}&sort=id");

        Assert.That(Values<string>(body["actors"], "name"), Is.EquivalentTo(expected));
        Assert.That(body["total_actors"]!.GetValue<int>(), Is.EqualTo(expected.Length));
    }

    /// <summary>The email filter needs get:contacts (contract §12; refused without it in ContactDetailsTests).</summary>
    [TestCase("email=BEN@example.com", new[] { "Ben Carter" })]
    [TestCase("email=ben", new string[0])]
    public async Task ShouldFilterActorsByEmailForACallerWithGetContacts(string query, string[] expected)
    {
        await SeedListAsync();

        var body = await GetOkJsonAsync(AsDirector(), $"/actors?{query}&sort=id");

        Assert.That(Values<string>(body["actors"], "name"), Is.EquivalentTo(expected));
        Assert.That(body["total_actors"]!.GetValue<int>(), Is.EqualTo(expected.Length));
    }

    [TestCase("gender=alien", 422, "gender")]
    [TestCase("gender=any", 422, "gender")]
    [TestCase("ethnicity=martian", 422, "ethnicity")]
    [TestCase("hair_color=green", 422, "hair_color")]
    [TestCase("eye_color=black", 422, "eye_color")]
    [TestCase("body_type=tall", 422, "body_type")]
    [TestCase("age=121", 422, "age")]
    [TestCase("min_height=10", 422, "min_height")]
    [TestCase("page=0", 422, "page")]
    [TestCase("page_size=101", 422, "page_size")]
    [TestCase("sort=shoe_size", 422, "sort")]
    [TestCase("sort=-email", 422, "sort")]
    [TestCase("colour=red", 400, "colour")]
    [TestCase("age=1&age=2", 400, "age")]
    [TestCase("location=rome&location=paris", 400, "location")]
    [TestCase("age=abc", 400, "age")]
    [TestCase("passport=maybe", 400, "passport")]
    [TestCase("min_height=1.5", 400, "min_height")]
    public async Task ShouldRejectBadListParameters(string query, int status, string field)
    {
        var response = await AsAssistant().GetAsync($"/actors?{query}");

        var problem = await AssertProblemAsync(response, status, status == 422 ? Unprocessable : BadRequest);
        Assert.That(problem["errors"]![field], Is.Not.Null, problem.ToJsonString());
    }
}
