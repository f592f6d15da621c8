using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CastingAgency.Infrastructure.Persistence;
using CastingAgency.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CastingAgency.IntegrationTests.Faults;

/// <summary>
/// A real PostgreSQL fast shutdown (<c>pg_ctl stop -m fast</c>: every session ends with 57P01) under keyed write load,
/// ten times over: no request is answered 500, and once the server is back every key's retry ends in exactly one
/// actor (none lost, none twice), counted in SQL. The cluster is the test's own (<see cref="PrivatePostgres"/>).
/// </summary>
[Category("Slow")]
[NonParallelizable]
public sealed class FastShutdownTests
{
    private const int Runs = 10;
    private const int Writers = 6;

    [Test]
    public async Task KeyedWritesThroughTenFastShutdownsShouldNeverBe500NorLoseOrDuplicate()
    {
        if (!TestDatabase.IsPostgres)
        {
            Assert.Ignore("runs on the PostgreSQL suite (TEST_DATABASE_PROVIDER=Postgres).");
        }

        await using var cluster = await PrivatePostgres.CreateAsync();
        await using var factory = new CastingAgencyFactory(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:CastingAgency"] = cluster.ConnectionString(),
            ["Idempotency:LeaseSeconds"] = "2",
        });
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        }

        var client = factory.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(30);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(TestTokens.Director, "test|fast-shutdown"));
        var answers = new ConcurrentBag<(string Key, HttpStatusCode Status)>();
        var next = 0;

        for (var run = 0; run < Runs; run++)
        {
            if (run > 0)
            {
                await cluster.StartAsync();
            }

            using var stop = new CancellationTokenSource();
            var before = answers.Count(a => a.Status == HttpStatusCode.Created);
            var writers = Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var key = $"fast-{Interlocked.Increment(ref next)}";
                    answers.Add((key, await PostAsync(client, key)));
                }
            })).ToList();

            await Eventually.UntilAsync(
                () => answers.Count(a => a.Status == HttpStatusCode.Created) >= before + 20,
                TimeSpan.FromSeconds(60),
                () => $"run {run}: writes under way");
            await cluster.StopFastAsync();
            var stoppedAt = answers.Count;
            await Eventually.UntilAsync(
                () => answers.Count >= stoppedAt + Writers * 2,
                TimeSpan.FromSeconds(60),
                () => $"run {run}: answers after the shutdown");
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        await cluster.StartAsync();
        var statuses = answers.GroupBy(a => a.Status).ToDictionary(g => g.Key, g => g.Count());
        TestContext.Out.WriteLine("answers: " + string.Join(", ", statuses.Select(s => $"{(int)s.Key} x {s.Value}")));
        Assert.That(statuses.Keys, Is.SubsetOf(new[] { HttpStatusCode.Created, HttpStatusCode.ServiceUnavailable, HttpStatusCode.Conflict }));
        Assert.That(statuses.GetValueOrDefault(HttpStatusCode.ServiceUnavailable), Is.GreaterThan(0), "the shutdowns were felt");

        // Every key that was not answered 201 is retried with the same key until it is: each ends in one actor.
        foreach (var key in answers.Where(a => a.Status != HttpStatusCode.Created).Select(a => a.Key).Distinct())
        {
            await Eventually.UntilAsync(
                async () => await PostAsync(client, key) == HttpStatusCode.Created,
                TimeSpan.FromSeconds(60),
                () => $"the keyed retry of {key} succeeds");
        }

        await using var connection = new NpgsqlConnection(cluster.ConnectionString());
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand(
            "SELECT count(*), count(DISTINCT \"Name\") FROM actors", connection);
        await using var reader = await count.ExecuteReaderAsync();
        await reader.ReadAsync();
        var keys = answers.Select(a => a.Key).Distinct().Count();
        Assert.Multiple(() =>
        {
            Assert.That(reader.GetInt64(0), Is.EqualTo(keys), "one actor per key: none lost, none twice");
            Assert.That(reader.GetInt64(1), Is.EqualTo(keys), "each key's actor once");
        });
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient client, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/actors")
        {
            Content = new StringContent($$"""{"name":"Writer {{key}}","age":30,"gender":"female"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
