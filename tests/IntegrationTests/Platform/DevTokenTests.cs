using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using CastingAgency.IntegrationTests.Infrastructure;

namespace CastingAgency.IntegrationTests.Platform;

/// <summary>
/// <c>POST /dev/token</c> (docs/api.md §2) on a dedicated factory in the Development environment, with its own signing
/// key and issuer (so the minted token validates only because the endpoint signs with the configured key), no demo data.
/// </summary>
public sealed class DevTokenTests : IntegrationTestBase
{
    private CastingAgencyFactory _development = null!;

    [OneTimeSetUp]
    public void StartDevelopment() =>
        _development = new CastingAgencyFactory(
            new Dictionary<string, string?>
            {
                ["Database:SeedDemoData"] = "false",
                ["Authentication:Schemes:Bearer:ValidIssuer"] = "casting-agency-dev-tests",
                ["Authentication:Schemes:Bearer:SigningKeys:0:Issuer"] = "casting-agency-dev-tests",
                ["Authentication:Schemes:Bearer:SigningKeys:0:Value"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            },
            environment: "Development");

    [OneTimeTearDown]
    public void StopDevelopment() => _development.Dispose();

    [Test]
    public async Task DevelopmentDocumentShouldListTheDevTokenEndpoint()
    {
        var response = await _development.CreateClient().GetAsync("/openapi/v1.json");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var operation = (await ReadJsonAsync(response))["paths"]?["/dev/token"]?["post"];
        Assert.That(operation?["operationId"]?.GetValue<string>(), Is.EqualTo("createDevToken"));
        Assert.That(operation?["summary"]?.GetValue<string>(), Does.StartWith("Development only"));
    }

    private async Task<(string Token, List<string> Permissions)> MintAsync(string role)
    {
        var response = await _development.CreateClient().PostAsync("/dev/token", RawJson($$"""{"role":"{{role}}"}"""));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var body = await ReadJsonAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(body["token_type"]!.GetValue<string>(), Is.EqualTo("Bearer"));
            Assert.That(body["expires_in"]!.GetValue<int>(), Is.GreaterThan(0));
            Assert.That(body["access_token"]!.GetValue<string>().Split('.'), Has.Length.EqualTo(3));
        });
        return (body["access_token"]!.GetValue<string>(), body["permissions"]!.AsArray().Select(p => p!.GetValue<string>()).ToList());
    }

    private HttpClient DevClient(string token)
    {
        var client = _development.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [TestCase("casting_assistant")]
    [TestCase("casting_director")]
    [TestCase("executive_producer")]
    public async Task ShouldMintATokenWithTheContractPermissions(string role)
    {
        var expected = role switch
        {
            "casting_assistant" => TestTokens.Assistant,
            "casting_director" => TestTokens.Director,
            _ => TestTokens.Producer,
        };

        var (token, permissions) = await MintAsync(role);

        Assert.That(permissions, Is.EquivalentTo(expected));
        Assert.That(permissions, Has.Count.EqualTo(role switch { "casting_assistant" => 6, "casting_director" => 15, _ => 20 }));
        var list = await DevClient(token).GetAsync("/movies");
        Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.OK), await list.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task TokensShouldCarryExactlyTheirPermissions()
    {
        var assistant = DevClient((await MintAsync("casting_assistant")).Token);
        var director = DevClient((await MintAsync("casting_director")).Token);
        var producer = DevClient((await MintAsync("executive_producer")).Token);
        const string actor = """{"name":"Dev Actor","age":30,"gender":"female"}""";
        const string movie = """{"title":"Dev Movie","release_date":"2020-01-01"}""";

        await AssertProblemAsync(await assistant.PostAsync("/actors", RawJson(actor)), 403, "Permission not found in JWT");
        Assert.That((await director.PostAsync("/actors", RawJson(actor))).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        await AssertProblemAsync(await director.PostAsync("/movies", RawJson(movie)), 403, "Permission not found in JWT");
        var created = await producer.PostAsync("/movies", RawJson(movie));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        Assert.That(await CountAsync<Domain.Entities.Movie>(), Is.EqualTo(1));
        Assert.That(await CountAsync<Domain.Entities.Actor>(), Is.EqualTo(1));
    }

    [Test]
    public async Task SuiteTokensSignedWithAnotherKeyShouldNotValidateInDevelopment()
    {
        var client = _development.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(TestTokens.Producer));

        await AssertProblemAsync(await client.GetAsync("/movies"), 401);
    }

    [TestCase("""{"role":"casting_intern"}""")]
    [TestCase("""{"role":"CASTING_DIRECTOR_X"}""")]
    [TestCase("""{"role":null}""")]
    [TestCase("{}")]
    public async Task UnknownRoleShouldBe422(string json)
    {
        var response = await _development.CreateClient().PostAsync("/dev/token", RawJson(json));

        var problem = await AssertProblemAsync(response, 422, "The request was well-formed but was unable to be followed due to semantic errors");
        Assert.That(problem["errors"]!["role"], Is.Not.Null, problem.ToJsonString());
    }

    [Test]
    public async Task ShouldMintATokenForTheSubTheBodyNamesSoATeamMemberSeesTheirConfidentialMovie()
    {
        var movie = new Domain.Entities.Movie("Working Title", new DateOnly(2027, 5, 1));
        movie.SetConfidential(true);
        await InsertAsync(movie);
        await InsertAsync(new Domain.Entities.TeamMember(movie.Id, "auth0|ana", Domain.Enums.TeamPosition.CastingDirector, null, "auth0|boss"));

        var response = await _development.CreateClient().PostAsync("/dev/token", RawJson("""{"role":"casting_director","sub":"auth0|ana"}"""));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var token = (await ReadJsonAsync(response))["access_token"]!.GetValue<string>();
        var member = DevClient(token);
        var outsider = DevClient((await MintAsync("casting_director")).Token);

        Assert.That(new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(token).Subject, Is.EqualTo("auth0|ana"));
        Assert.That((await member.GetAsync($"/movies/{movie.Id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await AssertProblemAsync(await outsider.GetAsync($"/movies/{movie.Id}"), 404);
    }

    [TestCase("")]
    [TestCase(" auth0|ana")]
    [TestCase("auth0|\\u0007ana")]
    [TestCase("LONG")]
    public async Task BadSubShouldBe422(string sub)
    {
        var value = sub == "LONG" ? new string('s', 256) : sub;

        var response = await _development.CreateClient().PostAsync("/dev/token", RawJson($$"""{"role":"casting_director","sub":"{{value}}"}"""));

        var problem = await AssertProblemAsync(response, 422);
        Assert.That(problem["errors"]!["sub"], Is.Not.Null, problem.ToJsonString());
    }

    [Test]
    public async Task ShouldMintATalentAgentTokenCarryingItsAgency()
    {
        var response = await _development.CreateClient().PostAsync("/dev/token", RawJson("""{"role":"talent_agent","org_id":"org_dev_agency"}"""));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var body = await ReadJsonAsync(response);
        var permissions = body["permissions"]!.AsArray().Select(p => p!.GetValue<string>()).ToList();
        Assert.That(permissions, Is.EquivalentTo(new[] { "get:breakdowns", "post:submissions", "manage:roster" }));
        var token = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(body["access_token"]!.GetValue<string>());
        Assert.That(token.GetClaim("org_id").Value, Is.EqualTo("org_dev_agency"));

        var agent = DevClient(body["access_token"]!.GetValue<string>());
        Assert.That((await agent.GetAsync("/roster")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await AssertProblemAsync(await agent.GetAsync("/movies"), 403, "Permission not found in JWT");
    }

    [TestCase("""{"role":"talent_agent"}""")]
    [TestCase("""{"role":"talent_agent","org_id":null}""")]
    [TestCase("""{"role":"talent_agent","org_id":""}""")]
    [TestCase("""{"role":"talent_agent","org_id":"   "}""")]
    [TestCase("""{"role":"talent_agent","org_id":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}""")]
    [TestCase("""{"role":"casting_director","org_id":"org_dev_agency"}""")]
    public async Task OrgIdShouldBeRequiredForTalentAgentsAndOnlyForThem(string json)
    {
        var response = await _development.CreateClient().PostAsync("/dev/token", RawJson(json));

        var problem = await AssertProblemAsync(response, 422, "The request was well-formed but was unable to be followed due to semantic errors");
        Assert.That(problem["errors"]!["org_id"], Is.Not.Null, problem.ToJsonString());
    }

    [Test]
    public async Task RouteShouldNotExistOutsideDevelopment()
    {
        var response = await Anonymous().PostAsync("/dev/token", RawJson("""{"role":"executive_producer"}"""));

        await AssertProblemAsync(response, 404, "Resource not found");
    }
}
