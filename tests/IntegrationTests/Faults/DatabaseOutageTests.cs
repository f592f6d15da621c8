using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.IntegrationTests.Infrastructure;
using CastingAgency.IntegrationTests.Security;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CastingAgency.IntegrationTests.Faults;

/// <summary>
/// Outages under load on the real PostgreSQL server (docs/operations.md): a frozen server with every pooled
/// connection in use is answered 503 within 10 s however many requests wait on it, and an outage logs at most one line
/// per failed request, without stack traces. The server sits behind a <see cref="FaultProxy"/>.
/// </summary>
[Category("Slow")]
[NonParallelizable]
public sealed class DatabaseOutageTests : IntegrationTestBase
{
    private static readonly TimeSpan AnswerBound = TimeSpan.FromSeconds(10);

    [TestCase(30)]
    [TestCase(60)]
    public async Task ShouldAnswerEveryRequestOnAFrozenServerWithin10sWhateverThePoolHolds(int connections)
    {
        await using var fault = await OutageHost.StartAsync();
        var actor = new Actor("Frozen Reader", 40, Gender.Male);
        await InsertAsync(actor);
        await fault.WarmPoolAsync(connections, $"/actors/{actor.Id}");

        fault.Proxy.Set(ProxyMode.Freeze);
        var answers = await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => fault.TimedGetAsync($"/actors/{actor.Id}")));
        fault.Proxy.Set(ProxyMode.Pass);

        var slowest = answers.Max(a => a.Elapsed);
        TestContext.Out.WriteLine($"{connections} warm connections frozen: slowest answer {slowest.TotalSeconds:0.0} s");
        Assert.Multiple(() =>
        {
            Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(slowest, Is.LessThan(AnswerBound), "every request answered within the bound");
        });
        var recovered = await fault.Client.GetAsync(new Uri($"/actors/{actor.Id}", UriKind.Relative));
        Assert.That(recovered.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the pool recovers");
    }

    [Test]
    public async Task AnOutageShouldLogAtMostOneLinePerFailedRequestAndNoStackTrace()
    {
        await using var fault = await OutageHost.StartAsync();
        Assert.That((await fault.Client.GetAsync(new Uri("/actors", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var before = fault.Logs.Records.Count;

        fault.Proxy.Set(ProxyMode.Refuse);
        var failed = 0;
        var outage = Stopwatch.StartNew();
        while (outage.Elapsed < TimeSpan.FromSeconds(15))
        {
            var answers = await Task.WhenAll(
                fault.TimedGetAsync("/actors"),
                fault.TimedPostAsync("/actors", """{"name":"Outage Writer","age":30,"gender":"female"}"""));
            failed += answers.Count(a => a.Status == HttpStatusCode.ServiceUnavailable);
            Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(HttpStatusCode.ServiceUnavailable));
        }

        fault.Proxy.Set(ProxyMode.Pass);
        var lines = fault.Logs.Records.Skip(before).Where(r => r.Level >= LogLevel.Information).ToList();
        TestContext.Out.WriteLine($"{failed} failed requests, {lines.Count} log lines at Information or above");
        Assert.Multiple(() =>
        {
            Assert.That(failed, Is.GreaterThan(0));
            Assert.That(lines, Has.Count.LessThanOrEqualTo(failed), string.Join("\n", lines.Take(20).Select(l => $"{l.Level} {l.Category}: {l.Message}")));
            Assert.That(lines.Where(l => l.Exception is not null), Is.Empty, "no exception (stack trace) in any line");
            Assert.That(lines.Where(l => l.Level >= LogLevel.Error), Is.Empty, "an outage is a Warning, not an error");
        });
    }

    /// <summary>An in-process API on PostgreSQL through a proxy, with every log record captured.</summary>
    private sealed class OutageHost : IAsyncDisposable
    {
        private readonly CastingAgencyFactory _factory;

        private OutageHost(FaultProxy proxy, CastingAgencyFactory factory, HttpClient client, CapturingLoggerProvider logs)
        {
            Proxy = proxy;
            _factory = factory;
            Client = client;
            Logs = logs;
        }

        public FaultProxy Proxy { get; }

        public HttpClient Client { get; }

        public CapturingLoggerProvider Logs { get; }

        public static Task<OutageHost> StartAsync()
        {
            if (!TestDatabase.IsPostgres)
            {
                Assert.Ignore("PostgreSQL outages run on the PostgreSQL suite (TEST_DATABASE_PROVIDER=Postgres).");
            }

            var upstream = new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString);
            var proxy = FaultProxy.Start(upstream.Host!, upstream.Port);
            var viaProxy = new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString)
            {
                Host = "127.0.0.1", Port = proxy.Port, MaxPoolSize = 100,
            };
            var logs = new CapturingLoggerProvider();
            var factory = new CastingAgencyFactory(new Dictionary<string, string?>
            {
                ["ConnectionStrings:CastingAgency"] = viaProxy.ConnectionString,
                ["Logging:LogLevel:Default"] = "Information",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
            });
            var host = factory.WithWebHostBuilder(builder =>
                builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(logs)));
            var client = host.CreateClient();
            client.Timeout = TimeSpan.FromSeconds(60);
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
                "Bearer", TestTokens.Create(TestTokens.Director, "test|outage"));
            return Task.FromResult(new OutageHost(proxy, factory, client, logs));
        }

        /// <summary>
        /// Fills the pool with <paramref name="connections"/> open connections: the requests wait on a lock the test
        /// holds (each on a connection of its own), then all finish and their connections go back to the pool.
        /// </summary>
        public async Task WarmPoolAsync(int connections, string path)
        {
            await using var holder = new NpgsqlConnection(TestDatabase.ConnectionString);
            await holder.OpenAsync();
            await using var transaction = await holder.BeginTransactionAsync();
            await using (var take = new NpgsqlCommand("LOCK TABLE actors IN ACCESS EXCLUSIVE MODE", holder, transaction))
            {
                await take.ExecuteNonQueryAsync();
            }

            var waiting = Enumerable.Range(0, connections).Select(_ => Client.GetAsync(new Uri(path, UriKind.Relative))).ToList();
            await Eventually.UntilAsync(
                async () => await WaitingOnLockAsync() >= connections,
                TimeSpan.FromSeconds(60),
                () => $"{connections} requests waiting on the lock");
            await transaction.CommitAsync();
            var statuses = (await Task.WhenAll(waiting)).Select(r => r.StatusCode).ToList();
            Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK), "the warming requests succeeded");
        }

        public async Task<(HttpStatusCode Status, TimeSpan Elapsed)> TimedGetAsync(string path)
        {
            var clock = Stopwatch.StartNew();
            using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
            return (response.StatusCode, clock.Elapsed);
        }

        public async Task<(HttpStatusCode Status, TimeSpan Elapsed)> TimedPostAsync(string path, string json)
        {
            var clock = Stopwatch.StartNew();
            using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
            using var response = await Client.PostAsync(new Uri(path, UriKind.Relative), content);
            return (response.StatusCode, clock.Elapsed);
        }

        public async ValueTask DisposeAsync()
        {
            Proxy.Set(ProxyMode.Pass);
            Client.Dispose();
            await _factory.DisposeAsync();
            await Proxy.DisposeAsync();
        }

        private static async Task<long> WaitingOnLockAsync()
        {
            await using var probe = new NpgsqlConnection(TestDatabase.ConnectionString);
            await probe.OpenAsync();
            await using var count = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", probe);
            return (long)(await count.ExecuteScalarAsync())!;
        }
    }
}
