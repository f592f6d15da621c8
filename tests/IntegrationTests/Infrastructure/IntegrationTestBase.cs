using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CastingAgency.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Testing = CastingAgency.IntegrationTests.Testing;

namespace CastingAgency.IntegrationTests.Infrastructure;

/// <summary>
/// Every integration test starts from an empty database (Respawn in [SetUp]) and talks HTTP to the real
/// pipeline with real tokens. Contoso-style helpers arrange and inspect the database directly, so a test can
/// prove that a refused request changed nothing.
/// </summary>
public abstract class IntegrationTestBase
{
    protected static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    [SetUp]
    public Task ResetDatabase() => Testing.ResetDatabaseAsync();

    protected static HttpClient Anonymous() => Testing.Factory.CreateClient();

    protected static HttpClient AsAssistant() => WithPermissions(TestTokens.Assistant, "test|assistant");

    protected static HttpClient AsDirector() => WithPermissions(TestTokens.Director, "test|director");

    protected static HttpClient AsProducer() => WithPermissions(TestTokens.Producer, "test|producer");

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

    protected static Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, Json);

    protected static Task<HttpResponseMessage> PatchJsonAsync(HttpClient client, string url, object body) =>
        client.PatchAsJsonAsync(url, body, Json);
}
