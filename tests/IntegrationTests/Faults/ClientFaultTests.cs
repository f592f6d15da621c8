using System.Net;
using System.Net.Sockets;
using System.Text;
using CastingAgency.Domain.Entities;
using CastingAgency.Infrastructure.Idempotency;
using CastingAgency.IntegrationTests.Infrastructure;

namespace CastingAgency.IntegrationTests.Faults;

/// <summary>
/// What a client's own faults do to the real process (docs/operations.md): a client that resets its upload, or trickles
/// it until the request timeout, is not reported as a database outage, logs no error line and writes nothing. These
/// are the client's sockets, so they run once, on the SQLite suite.
/// </summary>
[Category("Slow")]
public sealed class ClientFaultTests : IntegrationTestBase
{
    private const int Resets = 10;

    private static Dictionary<string, string> Settings()
    {
        var settings = ApiProcess.TestSettings();
        // The one line a client abort gets, so that the test can wait for it.
        settings["Logging:LogLevel:CastingAgency.WebApi.Infrastructure.ProblemDetailsExceptionHandler"] = "Debug";
        return settings;
    }

    [SetUp]
    public void OnSqliteOnly()
    {
        if (!TestDatabase.IsSqlite)
        {
            Assert.Ignore("the client's sockets, not the database: runs on the SQLite suite.");
        }
    }

    [Test]
    public async Task AClientResettingItsUploadIsNoOutageNoErrorAndWritesNothing()
    {
        await using var api = ApiProcess.Start(Settings());
        await api.WaitUntilLiveAsync(TimeSpan.FromSeconds(60));
        var body = Encoding.UTF8.GetBytes("{\"name\":\"Reset Upload\",\"age\":41,\"gender\":\"male\",\"description\":\"" + new string('x', 4000) + "\"}");

        for (var i = 0; i < Resets; i++)
        {
            using var upload = await BeginUploadAsync(api, body, $"reset-{i}");
            upload.Client.LingerState = new LingerOption(true, 0); // close = RST
        }

        // Each reset upload ends with its request log line (499, or 400 when the server saw the body end early).
        await Eventually.UntilAsync(
            () => Count(api.Output, "HTTP POST /actors responded") >= Resets,
            TimeSpan.FromSeconds(60),
            () => $"{Resets} uploads ended:\n{api.Output}");
        var output = api.Output;
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Not.Contain("responded 500"), output);
            Assert.That(output, Does.Not.Contain("Database unavailable"), output);
            Assert.That(output, Does.Not.Contain("fail:"), output);
            Assert.That(output, Does.Not.Contain("   at "), "no stack trace:\n" + output);
        });
        Assert.That(await CountAsync<Actor>(), Is.Zero, "nothing written");
        Assert.That(await CountAsync<IdempotencyRecord>(), Is.Zero, "no key claimed");
    }

    [Test]
    public async Task ATricklingUploadCutAtTheRequestTimeoutLogsNoError()
    {
        await using var api = ApiProcess.Start(Settings());
        await api.WaitUntilLiveAsync(TimeSpan.FromSeconds(60));
        // Fast enough for the server's minimum data rate, too slow to finish before the 30 s request timeout.
        var body = Encoding.UTF8.GetBytes("{\"name\":\"Trickle\",\"age\":41,\"gender\":\"male\",\"description\":\"" + new string('x', 200_000) + "\"}");
        using var upload = await BeginUploadAsync(api, body, "trickle");
        var stream = upload.GetStream();
        var sent = body.Length / 2;
        var response = new StringBuilder();
        var buffer = new byte[4096];
        var reading = stream.ReadAsync(buffer).AsTask();
        using var giveUp = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (!reading.IsCompleted && sent < body.Length && !giveUp.IsCancellationRequested)
        {
            var chunk = Math.Min(300, body.Length - sent);
            try
            {
                await stream.WriteAsync(body.AsMemory(sent, chunk), giveUp.Token);
            }
            catch (IOException)
            {
                break; // the server closed the connection after answering
            }

            sent += chunk;
            await Task.WhenAny(reading, Task.Delay(250, giveUp.Token));
        }

        var read = await reading.WaitAsync(TimeSpan.FromSeconds(30));
        response.Append(Encoding.ASCII.GetString(buffer, 0, read));
        Assert.That(sent, Is.LessThan(body.Length), "the upload was still arriving when it was cut");
        Assert.That(response.ToString(), Does.StartWith("HTTP/1.1 503"), response.ToString());
        upload.Close();

        // The server drains or drops the rest of the body after answering; give it the time to say anything it would.
        await Eventually.UntilAsync(
            async () => (await new HttpClient { BaseAddress = api.BaseAddress }.GetAsync(new Uri("/health/live", UriKind.Relative))).IsSuccessStatusCode,
            TimeSpan.FromSeconds(30),
            () => "live after the cut upload");
        var output = api.Output;
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Not.Contain("fail:"), output);
            Assert.That(output, Does.Not.Contain("   at "), "no stack trace:\n" + output);
            Assert.That(output, Does.Not.Contain("Database unavailable"), output);
        });
        Assert.That(await CountAsync<Actor>(), Is.Zero, "nothing written");
    }

    private static int Count(string text, string what) =>
        text.Split('\n').Count(line => line.Contains(what, StringComparison.Ordinal));

    private static async Task<TcpClient> BeginUploadAsync(ApiProcess api, byte[] body, string key)
    {
        var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, api.Port);
        var head = $"POST /actors HTTP/1.1\r\nHost: 127.0.0.1:{api.Port}\r\nAuthorization: Bearer {TestTokens.Create(TestTokens.Director, "test|upload")}\r\n" +
                   $"Idempotency-Key: {key}\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n" +
                   "Expect: 100-continue\r\n\r\n";
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));

        // The server says "100 Continue" when the API starts reading the body: from then on the upload is in its hands.
        var interim = new StringBuilder();
        var buffer = new byte[256];
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!interim.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, wait.Token);
            Assert.That(read, Is.GreaterThan(0), "the server answered before the body: " + interim);
            interim.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        Assert.That(interim.ToString(), Does.StartWith("HTTP/1.1 100"), interim.ToString());
        await stream.WriteAsync(body.AsMemory(0, body.Length / 2));
        await stream.FlushAsync();
        return client;
    }
}
