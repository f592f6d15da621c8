using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CastingAgency.IntegrationTests.Faults;

/// <summary>
/// docs/operations.md ("Database"): when the database is down, refusing connections, locked or not answering, a request is answered
/// within 10 s with 503 "Service unavailable" and <c>Retry-After</c> — never a 500 or a hang — and changes nothing;
/// readiness answers 503 in JSON within 5 s; when the database is back, so is the API. PostgreSQL faults go through
/// a <see cref="FaultProxy"/> in front of the real server; SQLite's is another connection holding the write lock.
/// </summary>
[NonParallelizable] // bounds durations (docs/operations.md)
public sealed class DatabaseFaultTests : IntegrationTestBase
{
    private static readonly TimeSpan AnswerBound = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan ReadinessBound = TimeSpan.FromSeconds(5);

    private static async Task<(HttpResponseMessage Response, TimeSpan Elapsed)> TimedAsync(Func<Task<HttpResponseMessage>> send)
    {
        var clock = Stopwatch.StartNew();
        var response = await send();
        return (response, clock.Elapsed);
    }

    private static async Task AssertUnavailableAsync(HttpResponseMessage response, TimeSpan elapsed)
    {
        var problem = await AssertProblemAsync(response, 503, "Service unavailable");
        Assert.Multiple(() =>
        {
            Assert.That(elapsed, Is.LessThan(AnswerBound), "answered in time, not hung");
            Assert.That(response.Headers.RetryAfter?.Delta?.TotalSeconds, Is.GreaterThanOrEqualTo(1), "Retry-After in seconds");
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("database"));
        });
    }

    private static async Task AssertNotReadyAsync(HttpClient client)
    {
        var (ready, elapsed) = await TimedAsync(() => client.GetAsync(new Uri("/health/ready", UriKind.Relative)));
        var body = await ready.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), body);
            Assert.That(elapsed, Is.LessThan(ReadinessBound), "readiness answered within 5 s");
            Assert.That(ready.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
            Assert.That(JsonNode.Parse(body)!["checks"]!["database"]!["status"]!.GetValue<string>(), Is.EqualTo("unhealthy"));
        });
    }

    private static object NewActorBody(string name) => new { name, age = 30, gender = "female" };

    [Test]
    public async Task ShouldAnswer503WhenPostgresRefusesConnectionsAndRecover()
    {
        await using var fault = await PostgresBehindProxyAsync();
        var client = fault.Client;
        Assert.That((await client.GetAsync(new Uri("/actors", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.OK), "warm pool");

        fault.Proxy.Set(ProxyMode.Refuse);
        var (list, listElapsed) = await TimedAsync(() => client.GetAsync(new Uri("/actors", UriKind.Relative)));
        await AssertUnavailableAsync(list, listElapsed);
        var (post, postElapsed) = await TimedAsync(() => PostJsonAsync(client, "/actors", NewActorBody("Refused Writer")));
        await AssertUnavailableAsync(post, postElapsed);
        await AssertNotReadyAsync(client);

        fault.Proxy.Set(ProxyMode.Pass);
        Assert.That((await client.GetAsync(new Uri("/actors", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.OK), "recovered");
        Assert.That((await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await CountAsync<Actor>(), Is.Zero, "the refused POST wrote nothing");
    }

    [Test]
    public async Task ShouldAnswer503WhenPostgresStopsAnsweringAndRecover()
    {
        await using var fault = await PostgresBehindProxyAsync();
        var client = fault.Client;
        await InsertAsync(new Actor("Frozen Reader", 40, Gender.Male));
        Assert.That((await client.GetAsync(new Uri("/actors", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.OK), "warm pool");

        fault.Proxy.Set(ProxyMode.Freeze);
        var answers = await Task.WhenAll(
            TimedAsync(() => client.GetAsync(new Uri("/actors", UriKind.Relative))),
            TimedAsync(() => PostJsonAsync(client, "/actors", NewActorBody("Frozen Writer"))));
        TestContext.Out.WriteLine($"frozen: GET answered in {answers[0].Elapsed}, POST in {answers[1].Elapsed}");
        foreach (var (response, elapsed) in answers)
        {
            await AssertUnavailableAsync(response, elapsed);
        }

        await AssertNotReadyAsync(client);

        fault.Proxy.Set(ProxyMode.Pass);
        var recovered = await client.GetAsync(new Uri("/actors", UriKind.Relative));
        Assert.That(recovered.StatusCode, Is.EqualTo(HttpStatusCode.OK), await recovered.Content.ReadAsStringAsync());
        Assert.That(await CountAsync<Actor>(), Is.EqualTo(1), "the POST that timed out wrote nothing");
    }

    [Test]
    public async Task ShouldAnswer503WhenSqliteIsLockedByAnotherWriter()
    {
        if (!TestDatabase.IsSqlite)
        {
            Assert.Ignore("SQLite's write lock; the PostgreSQL faults have their own tests.");
        }

        var director = AsDirector();
        await using (var holder = new SqliteConnection(TestDatabase.ConnectionString))
        {
            await holder.OpenAsync();
            await using (var begin = holder.CreateCommand())
            {
                begin.CommandText = "BEGIN IMMEDIATE; INSERT INTO movies (\"Title\", \"TitleNormalized\", \"ReleaseDate\", \"CreatedAt\", \"UpdatedAt\", \"Version\") " +
                                    "VALUES ('Lock', 'LOCK', '2020-01-01', '2020-01-01 00:00:00', '2020-01-01 00:00:00', 1);";
                await begin.ExecuteNonQueryAsync();
            }

            var (post, elapsed) = await TimedAsync(() => PostJsonAsync(director, "/actors", NewActorBody("Locked Out")));
            await AssertUnavailableAsync(post, elapsed);

            // Readers are not blocked by a writer (WAL).
            Assert.That((await director.GetAsync(new Uri("/actors", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            await using var rollback = holder.CreateCommand();
            rollback.CommandText = "ROLLBACK;";
            await rollback.ExecuteNonQueryAsync();
        }

        Assert.That(await CountAsync<Actor>(), Is.Zero, "the refused POST wrote nothing");
        var retried = await PostJsonAsync(director, "/actors", NewActorBody("Locked Out"));
        Assert.That(retried.StatusCode, Is.EqualTo(HttpStatusCode.Created), "the retry after the lock is released succeeds");
    }

    private static async Task<PostgresFault> PostgresBehindProxyAsync()
    {
        if (!TestDatabase.IsPostgres)
        {
            Assert.Ignore("PostgreSQL faults run on the PostgreSQL suite (TEST_DATABASE_PROVIDER=Postgres).");
        }

        var upstream = new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString);
        var proxy = FaultProxy.Start(upstream.Host!, upstream.Port);
        var viaProxy = new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString) { Host = "127.0.0.1", Port = proxy.Port };
        var factory = new CastingAgencyFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:CastingAgency"] = viaProxy.ConnectionString,

        });
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Bearer", TestTokens.Create(TestTokens.Director, "test|fault"));
        await Task.CompletedTask;
        return new PostgresFault(proxy, factory, client);
    }

    private sealed record PostgresFault(FaultProxy Proxy, CastingAgencyFactory Factory, HttpClient Client) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Proxy.Set(ProxyMode.Pass);
            Client.Dispose();
            await Factory.DisposeAsync();
            await Proxy.DisposeAsync();
        }
    }
}
