using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework.Internal;
using Testing = CastingAgency.IntegrationTests.Testing;

namespace CastingAgency.IntegrationTests.Infrastructure;

/// <summary>
/// Every fixture runs on a database lane of its own (<see cref="DatabaseLanes"/>), and every integration test starts
/// from an empty database (Respawn in [SetUp]) and talks HTTP to the real pipeline with real tokens. Contoso-style helpers arrange and inspect the database directly, so a test can
/// prove that a refused request changed nothing.
/// </summary>
public abstract class IntegrationTestBase
{
    protected static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    [OneTimeSetUp]
    public Task LeaseDatabaseLane() => DatabaseLanes.LeaseAsync(TestExecutionContext.CurrentContext.CurrentTest);

    [OneTimeTearDown]
    public void ReturnDatabaseLane() => DatabaseLanes.Return(TestExecutionContext.CurrentContext.CurrentTest);

    [SetUp]
    public Task ResetDatabase() => Testing.ResetDatabaseAsync();

    protected static HttpClient Anonymous() => Testing.Factory.CreateClient();

    protected static HttpClient AsAssistant() => WithPermissions(TestTokens.Assistant, "test|assistant");

    protected static HttpClient AsDirector() => WithPermissions(TestTokens.Director, "test|director");

    protected static HttpClient AsProducer() => WithPermissions(TestTokens.Producer, "test|producer");

    /// <summary>A talent agent of <paramref name="agency"/> (its token's <c>org_id</c>).</summary>
    protected static HttpClient AsAgent(string agency) =>
        WithToken(TestTokens.Create(TestTokens.Agent, $"test|agent|{agency}", extraClaims: new Dictionary<string, object> { ["org_id"] = agency }));

    /// <summary>The client of one of the people of docs/api.md §2: "assistant", "director", "producer", or "none" (no token).</summary>
    protected static HttpClient As(string person) => person switch
    {
        "assistant" => AsAssistant(),
        "director" => AsDirector(),
        "producer" => AsProducer(),
        "none" => Anonymous(),
        _ => throw new ArgumentOutOfRangeException(nameof(person), person, "assistant, director, producer or none"),
    };

    protected static HttpClient WithPermissions(IEnumerable<string> permissions, string subject = "test|custom") =>
        WithToken(TestTokens.Create(permissions, subject));

    protected static HttpClient WithToken(string token)
    {
        var client = Testing.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A JSON body sent exactly as written (so tests can send malformed or hostile JSON).</summary>
    protected static StringContent RawJson(string json) => new(json, Encoding.UTF8, "application/json");

    protected static async Task<JsonNode> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) ?? throw new AssertionException($"Empty body for {(int)response.StatusCode}");
    }

    /// <summary>Asserts the status and that the body is a contract-shaped problem; returns the body.</summary>
    protected static async Task<JsonNode> AssertProblemAsync(HttpResponseMessage response, int status, string? message = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(status), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), body);
        var problem = JsonNode.Parse(body)!;
        Assert.Multiple(() =>
        {
            Assert.That(problem["status"]!.GetValue<int>(), Is.EqualTo(status));
            Assert.That(problem["error"]!.GetValue<int>(), Is.EqualTo(status));
            Assert.That(problem["success"]!.GetValue<bool>(), Is.False);
            Assert.That(problem["title"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty);
            Assert.That(problem["type"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty);
            Assert.That(problem["trace_id"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty);
            Assert.That(problem["message"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty);
            Assert.That(body, Does.Not.Contain("   at ").And.Not.Contain("Exception"), "no stack traces or exception names");
            if (message is not null)
            {
                Assert.That(problem["message"]!.GetValue<string>(), Is.EqualTo(message));
            }
        });
        return problem;
    }

    protected static async Task<T> ExecuteDbContextAsync<T>(Func<CastingAgencyDbContext, Task<T>> action)
    {
        await using var scope = Testing.Factory.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<CastingAgencyDbContext>();
        return await action(context);
    }

    protected static Task ExecuteDbContextAsync(Func<CastingAgencyDbContext, Task> action) =>
        ExecuteDbContextAsync(async context =>
        {
            await action(context);
            return true;
        });

    /// <summary>Stores entities through the real context (audit stamps and versions included).</summary>
    protected static Task InsertAsync<T>(params T[] entities)
        where T : class =>
        ExecuteDbContextAsync(async context =>
        {
            context.Set<T>().AddRange(entities);
            await context.SaveChangesAsync();
        });

    protected static Task<int> CountAsync<T>()
        where T : class =>
        ExecuteDbContextAsync(context => context.Set<T>().CountAsync());

    protected static Task<T?> FindAsync<T>(int id)
        where T : class =>
        ExecuteDbContextAsync(async context => await context.Set<T>().FindAsync(id));

    /// <summary>Sends <paramref name="json"/> exactly as written (if any), with an optional <c>If-Match</c> tag.</summary>
    protected static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url, string? json = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (json is not null)
        {
            request.Content = RawJson(json);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Reads the 200 body of a GET, failing with the body when the status is not 200.</summary>
    protected static async Task<JsonNode> GetOkJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK), $"{url}: {await response.Content.ReadAsStringAsync()}");
        return await ReadJsonAsync(response);
    }

    /// <summary>One property of every item of a JSON array, in order (e.g. the names of a page of actors).</summary>
    protected static List<T> Values<T>(JsonNode? array, string property) =>
        array!.AsArray().Select(item => item![property]!.GetValue<T>()).ToList();

    /// <summary>
    /// Stores a role, cast with the stored actor <paramref name="actorId"/> when given (loaded in the same context,
    /// so the entity enforces the casting rule exactly as the API does).
    /// </summary>
    protected static Task<Role> InsertRoleAsync(
        int movieId, string name, RoleGender gender, int minAge, int maxAge, int? actorId = null, string? description = null) =>
        ExecuteDbContextAsync(async context =>
        {
            var actor = actorId is { } id ? await context.Set<Actor>().SingleAsync(a => a.Id == id) : null;
            var role = new Role(movieId, name, gender, minAge, maxAge, description, actor);
            context.Set<Role>().Add(role);
            await context.SaveChangesAsync();
            return role;
        });

    protected static Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, Json);

    protected static Task<HttpResponseMessage> PatchJsonAsync(HttpClient client, string url, object body) =>
        client.PatchAsJsonAsync(url, body, Json);
}
