using System.Net;
using System.Text.Json.Nodes;
using CastingAgency.IntegrationTests.Infrastructure;

namespace CastingAgency.IntegrationTests.Platform;

/// <summary>
/// Every member of every request schema in the committed OpenAPI document is something the server takes: a write that
/// uses it succeeds, and the resource it answers holds it. So nothing in a generated request type can compile and then
/// fail or vanish. A property added to a request schema fails here until it is given a value below and accepted.
/// </summary>
public sealed class RequestSchemaTests : IntegrationTestBase
{
    // One accepted value per request schema member; enums take the first wire name from the document when null.
    private static readonly Dictionary<string, Dictionary<string, JsonNode?>> Values = new()
    {
        ["CreateMovieCommand"] = new() { ["title"] = "Schema Walk", ["release_date"] = "2021-05-01", ["company"] = "Walk Pictures", ["description"] = "Walked.", ["confidential"] = true },
        ["UpdateMovieCommand"] = new() { ["title"] = "Schema Walk Two", ["release_date"] = "2022-01-02", ["company"] = "Walk Two", ["description"] = "Walked twice.", ["confidential"] = false },
        ["CreateActorCommand"] = ActorValues("walk.one@example.com"),
        ["UpdateActorCommand"] = ActorValues("walk.two@example.com"),
        ["CreateRoleCommand"] = new()
        {
            ["name"] = "Walker", ["gender"] = "female", ["min_age"] = 20, ["max_age"] = 40, ["description"] = "Walks.",
            ["movie_id"] = null, ["actor_id"] = null,
        },
        ["UpdateRoleCommand"] = new()
        {
            ["name"] = "Runner", ["gender"] = "female", ["min_age"] = 21, ["max_age"] = 39, ["description"] = "Runs.",
            ["movie_id"] = null, ["actor_id"] = null, ["published"] = true, ["submissions_close_at"] = "2099-01-01T00:00:00Z",
        },
        ["CreateSubmissionCommand"] = new() { ["actor_id"] = null, ["note"] = "Reel attached." },
        ["ReviewSubmissionCommand"] = new() { ["status"] = "rejected" },
        ["CreateShortlistEntryCommand"] = new() { ["actor_id"] = null, ["note"] = "Strong read." },
        ["UpdateShortlistEntryCommand"] = new() { ["note"] = "Stronger read.", ["status"] = "callback" },
        ["BookAppointmentCommand"] = new()
        {
            ["kind"] = "audition", ["starts_at"] = "2030-01-07T10:00:00Z", ["ends_at"] = "2030-01-07T11:00:00Z", ["location"] = "Room 1",
        },
        ["UpdateAppointmentCommand"] = new()
        {
            ["starts_at"] = "2030-01-07T10:30:00Z", ["ends_at"] = "2030-01-07T11:30:00Z", ["location"] = "Room 2", ["status"] = "confirmed",
        },
        ["PutTeamMemberCommand"] = new() { ["position"] = null, ["name"] = "Walk Member" },
    };

    private const string WalkAgency = "org_walk";

    private static Dictionary<string, JsonNode?> ActorValues(string email) => new()
    {
        ["name"] = "Walk Tester", ["age"] = 30, ["gender"] = "female", ["location"] = "Austin", ["passport"] = true,
        ["driver_license"] = true, ["union_member"] = true, ["ethnicity"] = null, ["hair_color"] = null, ["eye_color"] = null,
        ["body_type"] = null, ["height"] = 170, ["description"] = "Walks for a living.",
        ["image_link"] = "https://images.example.com/walk.jpg", ["phone"] = "+1 555 010 2030", ["email"] = email,
        ["agency_id"] = WalkAgency,
    };

    [Test]
    public async Task EveryRequestMemberOfTheDocumentShouldBeAcceptedAndReadBack()
    {
        var document = await CommittedDocumentAsync();
        var schemas = document["components"]!["schemas"]!.AsObject();
        // A schema may serve several operations (the actor bodies: /actors and /roster).
        var requests = RequestSchemas(document).GroupBy(r => r.Schema).ToDictionary(g => g.Key, g => g.First().Operation);
        Assert.That(requests.Keys, Is.EquivalentTo(Values.Keys), "every request schema has its values here");
        foreach (var (schema, values) in Values)
        {
            var members = schemas[schema]!["properties"]!.AsObject().Select(p => p.Key);
            Assert.That(members, Is.EquivalentTo(values.Keys), $"{schema}: every member has a value here, and no value is for a member it lacks");
        }

        var producer = AsProducer();
        var movie = await CreateAsync(producer, "/movies", Body(schemas, "CreateMovieCommand"), "movie");
        await PatchEachAsync(producer, $"/movies/{movie}", schemas, "UpdateMovieCommand", "movie");

        var actor = await CreateAsync(producer, "/actors", Body(schemas, "CreateActorCommand"), "actor");
        await PatchEachAsync(producer, $"/actors/{actor}", schemas, "UpdateActorCommand", "actor");

        var other = await CreateAsync(producer, "/movies", """{"title":"Second Walk","release_date":"2020-02-02"}""", "movie");
        var roleBody = Body(schemas, "CreateRoleCommand", new() { ["movie_id"] = movie, ["actor_id"] = actor });
        var role = await CreateAsync(producer, "/roles", roleBody, "role");
        await PatchEachAsync(producer, $"/roles/{role}", schemas, "UpdateRoleCommand", "role", new() { ["movie_id"] = other, ["actor_id"] = actor });

        var open = await CreateAsync(producer, "/roles", """{"name":"Open Walker","gender":"female","min_age":20,"max_age":40,"movie_id":""" + movie + "}", "role");
        var entry = await CreateAsync(producer, $"/roles/{open}/shortlist", Body(schemas, "CreateShortlistEntryCommand", new() { ["actor_id"] = actor }), "entry");
        await PatchEachAsync(producer, $"/shortlist/{entry}", schemas, "UpdateShortlistEntryCommand", "entry");

        var appointment = await CreateAsync(producer, $"/shortlist/{entry}/appointments", Body(schemas, "BookAppointmentCommand"), "appointment");
        await PatchEachAsync(producer, $"/appointments/{appointment}", schemas, "UpdateAppointmentCommand", "appointment");

        var put = await SendAsync(producer, "PUT", $"/movies/{movie}/team/auth0%7Cwalker", Body(schemas, "PutTeamMemberCommand"));
        var member = await ReadJsonAsync(put);
        Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.Created), member.ToJsonString());
        Assert.That(member["member"]!.AsObject().Select(p => p.Key), Is.SupersetOf(Values["PutTeamMemberCommand"].Keys), "the team member reads back");

        // The actor is on the walking agency's roster (agency_id above); the open role becomes a breakdown.
        Assert.That((await SendAsync(producer, "PATCH", $"/roles/{open}", """{"published":true}""")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var submission = await CreateAsync(
            AsAgent(WalkAgency), $"/breakdowns/{open}/submissions", Body(schemas, "CreateSubmissionCommand", new() { ["actor_id"] = actor }), "submission");
        await PatchEachAsync(producer, $"/submissions/{submission}", schemas, "ReviewSubmissionCommand", "submission");
    }

    [Test]
    public async Task AComputedMemberIsNoBodyMember()
    {
        var entry = await SetUpEntryAsync();
        var booked = await SendAsync(AsProducer(), "POST", $"/shortlist/{entry}/appointments",
            """{"kind":"audition","starts_at":"2030-01-07T10:00:00Z","ends_at":"2030-01-07T11:00:00Z","reschedules":true}""");
        await AssertProblemAsync(booked, 400);
    }

    private static async Task<int> SetUpEntryAsync()
    {
        var producer = AsProducer();
        var movie = await CreateAsync(producer, "/movies", """{"title":"Computed Walk","release_date":"2020-02-02"}""", "movie");
        var actor = await CreateAsync(producer, "/actors", """{"name":"Computed Walker","age":30,"gender":"female"}""", "actor");
        var role = await CreateAsync(producer, "/roles", """{"name":"Computed","gender":"female","min_age":20,"max_age":40,"movie_id":""" + movie + "}", "role");
        return await CreateAsync(producer, $"/roles/{role}/shortlist", $$"""{"actor_id":{{actor}}}""", "entry");
    }

    private static async Task<int> CreateAsync(HttpClient client, string url, string json, string member)
    {
        var response = await SendAsync(client, "POST", url, json);
        var body = await ReadJsonAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), $"POST {url} {json}: {body.ToJsonString()}");
        return body[member]!["id"]!.GetValue<int>();
    }

    /// <summary>One PATCH per member, so that each is proven on its own (some may not be combined).</summary>
    private static async Task PatchEachAsync(
        HttpClient client, string url, JsonObject schemas, string schema, string member, Dictionary<string, JsonNode?>? fixedValues = null)
    {
        foreach (var (name, value) in Values[schema])
        {
            var single = new JsonObject { [name] = Value(schemas, schema, name, fixedValues?.GetValueOrDefault(name)?.DeepClone() ?? value?.DeepClone()) };
            var response = await SendAsync(client, "PATCH", url, single.ToJsonString());
            var body = await ReadJsonAsync(response);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"PATCH {url} {single.ToJsonString()}: {body.ToJsonString()}");
            Assert.That(body[member]!.AsObject().ContainsKey(name), Is.True, $"{name} reads back from {url}");
        }
    }

    private static string Body(JsonObject schemas, string schema, Dictionary<string, JsonNode?>? fixedValues = null)
    {
        var body = new JsonObject();
        foreach (var (name, value) in Values[schema])
        {
            body[name] = Value(schemas, schema, name, fixedValues?.GetValueOrDefault(name)?.DeepClone() ?? value?.DeepClone());
        }

        return body.ToJsonString();
    }

    private static JsonNode? Value(JsonObject schemas, string schema, string name, JsonNode? value)
    {
        if (value is not null)
        {
            return value;
        }

        // An enum: the first wire name the document lists for it.
        var property = schemas[schema]!["properties"]![name]!;
        var reference = property["$ref"] ?? property["oneOf"]?.AsArray().Select(o => o?["$ref"]).FirstOrDefault(r => r is not null)
            ?? property["allOf"]?.AsArray().Select(o => o?["$ref"]).FirstOrDefault(r => r is not null);
        var target = reference is null ? property : schemas[reference.GetValue<string>().Split('/')[^1]]!;
        return target["enum"]!.AsArray().First(v => v is not null)!.DeepClone();
    }

    private static IEnumerable<(string Schema, string Operation)> RequestSchemas(JsonNode document)
    {
        foreach (var (_, path) in document["paths"]!.AsObject())
        {
            foreach (var (_, operation) in path!.AsObject())
            {
                if (operation?["requestBody"]?["content"]?["application/json"]?["schema"] is { } schema)
                {
                    var reference = schema["$ref"] ?? schema["allOf"]?[0]?["$ref"];
                    yield return (reference!.GetValue<string>().Split('/')[^1], operation["operationId"]!.GetValue<string>());
                }
            }
        }
    }

    private static async Task<JsonNode> CommittedDocumentAsync()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CastingAgency.sln")))
        {
            directory = directory.Parent;
        }

        return JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(directory!.FullName, "docs", "openapi", "v1.json")))!;
    }
}
