using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CastingAgency.IntegrationTests.Faults;
using CastingAgency.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CastingAgency.IntegrationTests.Telemetry;

/// <summary>
/// A real scrape (docs/operations.md, "Telemetry"): Debian's Prometheus on 127.0.0.1 scrapes the API process's
/// management port every second; the test drives traffic, provokes a 409 and a 503 (a locked SQLite file), and asks
/// Prometheus with PromQL through its HTTP API. Also: /metrics is only on the management port, and the management port
/// serves nothing else. Runs on the SQLite suite, where a second connection can lock the database.
/// </summary>
[Category("Slow")]
public sealed class PrometheusScrapeTests : IntegrationTestBase
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    [Test]
    public async Task PrometheusShouldSeeTrafficConflictsAndOutagesThroughTheManagementPort()
    {
        if (!TestDatabase.IsSqlite || !File.Exists("/usr/bin/prometheus"))
        {
            Assert.Ignore("needs Debian's prometheus (.ci/run installs it) and the SQLite suite.");
        }

        var management = ApiProcess.FreePort();
        var settings = ApiProcess.TestSettings();
        settings["Database:CommandTimeoutSeconds"] = "1";
        settings["Management:Port"] = management.ToString(CultureInfo.InvariantCulture);
        settings["Management:Host"] = "127.0.0.1";
        await using var api = ApiProcess.Start(settings);
        await api.WaitUntilLiveAsync(TimeSpan.FromSeconds(60));
        await using var prometheus = await PrometheusServer.StartAsync(management);
        using var http = new HttpClient { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(TestTokens.Director, "test|metrics"));

        // The management port serves /metrics and nothing else; the public port has no /metrics.
        using (var scrape = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{management}") })
        {
            Assert.That((await scrape.GetAsync(new Uri("/metrics", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await scrape.GetAsync(new Uri("/actors", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }

        Assert.That((await http.GetAsync(new Uri("/metrics", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

        // The route's series is scraped once before the traffic, so that it rises between samples (a rate needs two).
        Assert.That((await http.GetAsync(new Uri("/movies", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await prometheus.UntilAsync("""http_server_request_duration_seconds_count{http_route="movies"} >= 1""");
        for (var i = 0; i < 20; i++)
        {
            Assert.That((await http.GetAsync(new Uri("/movies", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        const string actor = """{"name":"Metric Twin","age":30,"gender":"female","email":"twin@example.com"}""";
        Assert.That((await Post(http, actor)).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((await Post(http, actor)).StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "a provoked conflict");

        await using (var holder = new SqliteConnection(TestDatabase.ConnectionString))
        {
            await holder.OpenAsync();
            await using var begin = holder.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE; DELETE FROM movies WHERE 0;";
            await begin.ExecuteNonQueryAsync();
            Assert.That((await Post(http, """{"name":"Locked Out","age":30,"gender":"male"}""")).StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            await using var rollback = holder.CreateCommand();
            rollback.CommandText = "ROLLBACK;";
            await rollback.ExecuteNonQueryAsync();
        }

        await prometheus.UntilAsync("""sum(rate(http_server_request_duration_seconds_count{http_route="movies",http_response_status_code="200"}[1m])) > 0""");
        await prometheus.UntilAsync("""sum(casting_agency_conflicts_total{resource="actors",http_response_status_code="409"}) >= 1""");
        await prometheus.UntilAsync("""sum(casting_agency_unavailable_total{cause="database"}) >= 1""");

        // Label cardinality: no raw path or id in any label of any series Prometheus holds.
        var labels = await prometheus.QueryAsync("""count by (http_route) (http_server_request_duration_seconds_count)""");
        Assert.That(labels.Select(r => r!["metric"]!["http_route"]?.GetValue<string>() ?? string.Empty), Has.None.Matches("[0-9]"), "routes are templates");
    }

    private static Task<HttpResponseMessage> Post(HttpClient http, string json) =>
        http.PostAsync(new Uri("/actors", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>Debian's Prometheus on a free loopback port with a generated configuration and a temporary store.</summary>
    private sealed class PrometheusServer : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly string _root;
        private readonly HttpClient _http;
        private readonly StringBuilder _output = new();

        private PrometheusServer(Process process, string root, int port)
        {
            _process = process;
            _root = root;
            _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
        }

        public static async Task<PrometheusServer> StartAsync(int target)
        {
            var root = Path.Combine(Path.GetTempPath(), $"casting-agency-prometheus-{Guid.NewGuid():N}");
            Directory.CreateDirectory(root);
            var config = Path.Combine(root, "prometheus.yml");
            await File.WriteAllTextAsync(config, $"""
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                scrape_configs:
                  - job_name: casting-agency-api
                    metrics_path: /metrics
                    static_configs:
                      - targets: ["127.0.0.1:{target}"]
                """);
            var port = ApiProcess.FreePort();
            var info = new ProcessStartInfo("/usr/bin/prometheus",
                $"--config.file={config} --storage.tsdb.path={root}/data --web.listen-address=127.0.0.1:{port}")
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            var process = Process.Start(info)!;
            var server = new PrometheusServer(process, root, port);
            process.OutputDataReceived += (_, e) => server.Append(e.Data);
            process.ErrorDataReceived += (_, e) => server.Append(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            await Eventually.UntilAsync(
                async () =>
                {
                    try
                    {
                        return (await server._http.GetAsync(new Uri("/-/ready", UriKind.Relative))).IsSuccessStatusCode;
                    }
                    catch (HttpRequestException)
                    {
                        return false;
                    }
                },
                Bound,
                () => "Prometheus ready:\n" + server.Output);
            return server;
        }

        private string Output
        {
            get
            {
                lock (_output)
                {
                    return _output.ToString();
                }
            }
        }

        public async Task<JsonArray> QueryAsync(string promql)
        {
            var body = await _http.GetStringAsync(new Uri($"/api/v1/query?query={Uri.EscapeDataString(promql)}", UriKind.Relative));
            return JsonNode.Parse(body)!["data"]!["result"]!.AsArray();
        }

        /// <summary>Polls until the PromQL expression returns a series (a true comparison).</summary>
        public async Task UntilAsync(string promql)
        {
            var last = string.Empty;
            await Eventually.UntilAsync(
                async () =>
                {
                    if ((await QueryAsync(promql)).Count > 0)
                    {
                        return true;
                    }

                    last = (await QueryAsync("""{__name__=~"http_server_request_duration_seconds_count|casting_agency_.*|up"}""")).ToJsonString();
                    return false;
                },
                Bound,
                () => $"PromQL {promql}; the series Prometheus holds: {last}");
        }

        public async ValueTask DisposeAsync()
        {
            _http.Dispose();
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
            Directory.Delete(_root, recursive: true);
        }

        private void Append(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
