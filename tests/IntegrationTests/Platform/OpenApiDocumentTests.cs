using System.Text.Json.Nodes;
using CastingAgency.Application.Common.Models;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;
using CastingAgency.IntegrationTests.Infrastructure;

namespace CastingAgency.IntegrationTests.Platform;

/// <summary>
/// The OpenAPI document NSwag generates (ADR-004): the one the app serves is the one committed in
/// <c>docs/openapi/v1.json</c> (the TypeScript client's source), and the facts it states come from the
/// validators and <see cref="Limits"/> (ADR-010), so they cannot drift from the rules.
/// </summary>
public sealed class OpenApiDocumentTests : IntegrationTestBase
{
    [Test]
    public async Task ServedDocumentShouldEqualTheCommittedOne()
    {
        var served = await ServedAsync();
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(CommittedPath()))!;

        Assert.That(JsonNode.DeepEquals(served, committed), Is.True,
            "docs/openapi/v1.json is stale: run `dotnet build src/WebApi` (or clients/typescript/scripts/generate.sh) and commit it");
    }

    [TestCase("ActorDto")]
    [TestCase("ActorDetailDto")]
    [TestCase("MovieDetailDto")]
    [TestCase("RoleDto")]
    [TestCase("AppointmentDto")]
    [TestCase("ShortlistEntryDetailDto")]
    [TestCase("ActorListResponse")]
    public async Task ResponseSchemasShouldRequireEveryPropertyNullableOrNot(string name)
    {
        var schema = (await ServedAsync())["components"]!["schemas"]![name]!;

        // An actor's contact details are the one exception: absent for a caller without get:contacts (ADR-017).
        string[] mayBeAbsent = name is "ActorDto" or "ActorDetailDto" ? ["phone", "email"] : [];
        var properties = schema["properties"]!.AsObject().Select(p => p.Key).ToList();
        var required = schema["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToList() ?? [];
        Assert.That(properties, Is.SupersetOf(mayBeAbsent));
        Assert.That(required, Is.EquivalentTo(properties.Except(mayBeAbsent)), "the serializer writes every property, nulls included");
    }

    [TestCase("ActorDto")]
    [TestCase("ActorDetailDto")]
    public async Task ActorContactDetailsShouldBeOptionalAndNullable(string name)
    {
        var schema = (await ServedAsync())["components"]!["schemas"]![name]!;

        foreach (var contact in new[] { "phone", "email" })
        {
            Assert.That(schema["required"]!.AsArray().Select(r => r!.GetValue<string>()), Does.Not.Contain(contact));
            Assert.That(schema["properties"]![contact]!["nullable"]?.GetValue<bool>(), Is.True);
            Assert.That(schema["properties"]![contact]!["description"]!.GetValue<string>(), Does.Contain("get:contacts"));
        }
    }

    [Test]
    public async Task NullableResponseFieldsShouldBeRequiredAndNullable()
    {
        var actor = (await ServedAsync())["components"]!["schemas"]!["ActorDto"]!;

        Assert.That(actor["required"]!.AsArray().Select(r => r!.GetValue<string>()), Does.Contain("height").And.Contain("ethnicity"));
        Assert.That(actor["properties"]!["height"]!["nullable"]?.GetValue<bool>(), Is.True);
        Assert.That(actor["properties"]!["ethnicity"]!["nullable"]?.GetValue<bool>(), Is.True);
    }

    [Test]
    public async Task BodyBoundsShouldBeTheLimitsTheValidatorsEnforce()
    {
        var schemas = (await ServedAsync())["components"]!["schemas"]!;
        var create = schemas["CreateActorCommand"]!["properties"]!;

        Assert.That(create["age"]!["minimum"]!.GetValue<decimal>(), Is.EqualTo(Limits.MinAge));
        Assert.That(create["age"]!["maximum"]!.GetValue<decimal>(), Is.EqualTo(Limits.MaxAge));
        Assert.That(create["height"]!["maximum"]!.GetValue<decimal>(), Is.EqualTo(Limits.MaxHeight));
        Assert.That(create["name"]!["maxLength"]!.GetValue<int>(), Is.EqualTo(Limits.NameMaxLength));
        Assert.That(create["name"]!["minLength"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(create["description"]!["maxLength"]!.GetValue<int>(), Is.EqualTo(Limits.DescriptionMaxLength));
        Assert.That(create["email"]!["maxLength"]!.GetValue<int>(), Is.EqualTo(Limits.EmailMaxLength));
        Assert.That(create["email"]!["format"]!.GetValue<string>(), Is.EqualTo("email"));
        Assert.That(schemas["CreateActorCommand"]!["required"]!.AsArray().Select(r => r!.GetValue<string>()),
            Is.EquivalentTo(new[] { "name", "age", "gender" }));
        Assert.That(schemas["UpdateActorCommand"]!["required"], Is.Null, "a PATCH body requires nothing");
    }

    [Test]
    public async Task QueryBoundsShouldBeTheLimitsTheValidatorsEnforce()
    {
        var parameters = Parameters(await ServedAsync(), "/actors", "get");

        Assert.That(parameters["min_height"]!["schema"]!["minimum"]!.GetValue<decimal>(), Is.EqualTo(Limits.MinHeight));
        Assert.That(parameters["max_age"]!["schema"]!["maximum"]!.GetValue<decimal>(), Is.EqualTo(Limits.MaxAge));
        Assert.That(parameters["page_size"]!["schema"]!["maximum"]!.GetValue<decimal>(), Is.EqualTo(PageRequest.MaxPageSize));
        Assert.That(parameters["page"]!["schema"]!["minimum"]!.GetValue<decimal>(), Is.EqualTo(1));
    }

    [Test]
    public async Task EnumFiltersShouldListTheWireNamesWithoutADefault()
    {
        var document = await ServedAsync();
        var gender = Parameters(document, "/actors", "get")["gender"]!;

        Assert.That(gender["schema"]!["type"]!.GetValue<string>(), Is.EqualTo("array"));
        Assert.That(gender["schema"]!["items"]!["$ref"]!.GetValue<string>(), Is.EqualTo("#/components/schemas/Gender"));
        Assert.That(gender["description"]!.GetValue<string>(), Does.Contain(string.Join(", ", WireNames<Gender>.All)));
        var enumSchema = document["components"]!["schemas"]!["Gender"]!;
        Assert.That(enumSchema["enum"]!.AsArray().Select(v => v!.GetValue<string>()), Is.EqualTo(WireNames<Gender>.All));
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                foreach (var parameter in operation!["parameters"]?.AsArray() ?? [])
                {
                    var text = parameter!.ToJsonString();
                    Assert.That(text, Does.Not.Contain("\"default\"").And.Not.Contain("\"example"),
                        $"{method} {path} {parameter["name"]}: no value may look like a default");
                }
            }
        }
    }

    private static async Task<JsonNode> ServedAsync()
    {
        var response = await Anonymous().GetAsync("/openapi/v1.json");
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static Dictionary<string, JsonNode> Parameters(JsonNode document, string path, string method) =>
        document["paths"]![path]![method]!["parameters"]!.AsArray()
            .Where(p => p!["in"]!.GetValue<string>() == "query")
            .ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!);

    private static string CommittedPath()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "CastingAgency.sln")))
        {
            root = root.Parent;
        }

        return Path.Combine(root?.FullName ?? throw new InvalidOperationException("CastingAgency.sln not found above the test build"),
            "docs", "openapi", "v1.json");
    }
}
