using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using CastingAgency.Domain.Entities;
using CastingAgency.IntegrationTests.Infrastructure;
using Npgsql;

namespace CastingAgency.IntegrationTests.Faults;

/// <summary>
/// docs/operations.md, start-up and shutdown, on the real process: an unreachable database at start is retried with backoff,
/// then the process exits 1 with one clear line (no abort); SIGTERM reports unready at once, keeps serving for the drain
/// window, and lets an upload that is still arriving finish with its 201; a client that abandons its upload is no error.
/// Each step waits for what the process logs or answers (generous bounds, no fixed sleeps), so a busy machine only
/// makes them slower. Slow: skip with <c>dotnet test --filter TestCategory!=Slow</c>.
/// </summary>
[NonParallelizable] // the drain steps run inside an upload's 30 s request timeout: alone, as a busy laptop allows
[Category("Slow")]
public sealed class ProcessLifecycleTests : IntegrationTestBase
{
    private static Dictionary<string, string> Settings(string provider, string connectionString, bool migrate) =>
        ApiProcess.TestSettings(provider, connectionString, migrate);

    private static void AssertNoErrorLines(string output) => Assert.Multiple(() =>
    {
        Assert.That(output, Does.Not.Contain("fail:"), output);
        Assert.That(output, Does.Not.Contain("Unhandled exception"), output);
        Assert.That(output, Does.Not.Contain("   at "), "no stack trace in the output:\n" + output);
    });

    /// <summary>
    /// Start-up budget for an unreachable database: room for several tries (after 0, 1, 3, 7 and 15 s), and for a
    /// second one even when the first, which warms everything up, takes many seconds on a busy machine.
    /// </summary>
    private const int StartupTimeoutSeconds = 20;

    /// <summary>
    /// After SIGTERM the test reads readiness and a list inside this window: generous, so a busy machine fits.
    /// </summary>
    private const int DrainSeconds = 10;

    /// <summary>
    /// The bytes of an upload's body held back across the drain window. Kestrel ends a body that arrives slower than
    /// 240 bytes a second on average (after a 5 s grace), so the upload sends all but these at once: its ≈4,000 bytes
    /// keep it alive for ≈16 s, past <see cref="DrainSeconds"/>.
    /// </summary>
    private const int HeldBack = 16;

    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(90);

    [Test]
    public async Task ShouldRetryThenExitWithOneClearLineWhenTheDatabaseIsUnreachable()
    {
        var settings = Settings("Postgres", $"Host=127.0.0.1;Port={ApiProcess.FreePort()};Database=nowhere;Username=u;Password=p", migrate: true);
        settings["Database:StartupTimeoutSeconds"] = $"{StartupTimeoutSeconds}";
        await using var api = ApiProcess.Start(settings);

        Assert.That(await api.WaitForExitAsync(Generous), Is.True, "the process gave up and exited:\n" + api.Output);
        var output = api.Output;
        Assert.Multiple(() =>
        {
            Assert.That(api.ExitCode, Is.EqualTo(1), output);
            Assert.That(output, Does.Contain("Database not reachable (attempt 1"), "each try is logged");
            Assert.That(output, Does.Contain("Database not reachable (attempt 2"), "it retried with backoff");
            Assert.That(output.Split('\n').Count(l => l.Contains("Start-up failed:", StringComparison.Ordinal)), Is.EqualTo(1), output);
            Assert.That(output, Does.Contain($"Database:StartupTimeoutSeconds={StartupTimeoutSeconds}"), "the line says what to change");
            Assert.That(output, Does.Not.Contain("Unhandled exception"), output);
            Assert.That(output, Does.Not.Contain("   at "), "no stack trace:\n" + output);
        });
    }

    [Test]
    public async Task ShouldStartOnceTheDatabaseBecomesReachable()
    {
        if (!TestDatabase.IsPostgres)
        {
            Assert.Ignore("needs a database server to put a proxy in front of (the PostgreSQL suite).");
        }

        var upstream = new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString);
        await using var proxy = FaultProxy.Start(upstream.Host!, upstream.Port);
        proxy.Set(ProxyMode.Refuse);
        var viaProxy = new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString) { Host = "127.0.0.1", Port = proxy.Port };
        await using var api = ApiProcess.Start(Settings("Postgres", viaProxy.ConnectionString, migrate: true));

        await api.WaitForOutputAsync("Database not reachable (attempt 2", Generous);
        Assert.That(api.HasExited, Is.False, "still retrying:\n" + api.Output);
        proxy.Set(ProxyMode.Pass);
        await api.WaitUntilLiveAsync(Generous);
        Assert.That(api.Output, Does.Contain("Database not reachable (attempt 1"));
        AssertNoErrorLines(api.Output);
    }

    [Test]
    public async Task ShouldDrainOnSigtermAndFinishUploadsInFlight()
    {
        var settings = Settings(TestDatabase.Provider, TestDatabase.ConnectionString, migrate: false);
        settings["Shutdown:DrainSeconds"] = $"{DrainSeconds}";
        await using var api = ApiProcess.Start(settings);
        await api.WaitUntilLiveAsync(Generous);
        // Ready before SIGTERM (its database probe may need a few tries on a busy machine).
        await api.WaitUntilOkAsync("/health/ready", Generous);
        using var http = new HttpClient { BaseAddress = api.BaseAddress, Timeout = Generous };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(TestTokens.Director, "test|drain"));

        // Two uploads whose bodies are still arriving: one the client will finish, one it abandons.
        var body = Encoding.UTF8.GetBytes("{\"name\":\"Slow Upload\",\"age\":41,\"gender\":\"male\",\"description\":\"" + new string('x', 3900) + "\"}");
        using var finishing = await BeginUploadAsync(api, body);
        using (var abandoned = await BeginUploadAsync(api, body))
        {
            // A moment for the server to start reading it; too short only makes the abandon case trivial, never red.
            await Task.Delay(300);
            abandoned.Client.LingerState = new LingerOption(true, 0);
        }

        api.Terminate();
        await api.WaitForOutputAsync("Shutdown: readiness now reports 503", Generous);
        var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), "unready at once after SIGTERM");
        Assert.That(ready.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        var during = await http.GetAsync(new Uri("/actors", UriKind.Relative));
        Assert.That(during.StatusCode, Is.EqualTo(HttpStatusCode.OK), "still serving during the drain window");

        // Past the drain window the listeners close, but the upload in flight is let finish.
        await api.WaitForOutputAsync("Shutdown: closing listeners", Generous);
        var stream = finishing.GetStream();
        await stream.WriteAsync(body.AsMemory(body.Length - HeldBack));
        var response = await ReadResponseAsync(stream);
        Assert.That(response, Does.StartWith("HTTP/1.1 201"), response + "\n" + api.Output);

        Assert.That(await api.WaitForExitAsync(Generous), Is.True, "the process stopped:\n" + api.Output);
        Assert.That(api.ExitCode, Is.EqualTo(0), api.Output);
        Assert.That(api.Output, Does.Contain("Shutdown: readiness now reports 503"));
        AssertNoErrorLines(api.Output);
        Assert.That(await ExecuteDbContextAsync(c => Task.FromResult(c.Set<Actor>().Count(a => a.Name == "Slow Upload"))), Is.EqualTo(1));
    }

    private static async Task<TcpClient> BeginUploadAsync(ApiProcess api, byte[] body)
    {
        var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, api.Port);
        var head = $"POST /actors HTTP/1.1\r\nHost: 127.0.0.1:{api.Port}\r\nAuthorization: Bearer {TestTokens.Create(TestTokens.Director, "test|upload")}\r\n" +
                   $"Content-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n";
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(body.AsMemory(0, body.Length - HeldBack));
        await stream.FlushAsync();
        return client;
    }

    private static async Task<string> ReadResponseAsync(NetworkStream stream)
    {
        using var cts = new CancellationTokenSource(Generous);
        var buffer = new byte[8192];
        var text = new StringBuilder();
        while (!text.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, cts.Token);
            if (read == 0)
            {
                break;
            }

            text.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        return text.ToString();
    }
}
