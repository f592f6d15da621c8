using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CastingAgency.IntegrationTests.Infrastructure;
using CastingAgency.IntegrationTests.Security;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CastingAgency.IntegrationTests.Telemetry;

/// <summary>
/// No token, contact detail or SQL parameter value reaches a span, a metric label or a log line, and labels stay
/// bounded (routes as templates, no ids): the test sends known values, then searches everything the API exported.
/// Traces are on as they are in production with an OTLP endpoint (here one nobody listens on), plus an in-memory copy.
/// </summary>
[NonParallelizable] // its listeners would also hear the other fixtures' in-process hosts
public sealed class TelemetryLeakTests : IntegrationTestBase
{
    private const string Email = "leak.canary.7731@example.com";
    private const string Phone = "+1 555 0199 7731";
    private const string Name = "Canary Quillfeather";

    [Test]
    public async Task ShouldExportNoTokenContactOrParameterValueAndOnlyTemplatedRoutes()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        var logs = new CapturingLoggerProvider();
        await using var factory = new CastingAgencyFactory(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{Faults.ApiProcess.FreePort()}",
            ["Logging:LogLevel:Default"] = "Debug",
        });
        var host = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(logs);
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));
            services.ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics));
        }));
        var token = TestTokens.Create(TestTokens.Producer, "test|telemetry");
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var created = await client.PostAsync(new Uri("/actors", UriKind.Relative), new StringContent(
            $$"""{"name":"{{Name}}","age":33,"gender":"female","email":"{{Email}}","phone":"{{Phone}}"}""", Encoding.UTF8, "application/json"));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var id = (await ReadJsonAsync(created))["actor"]!["id"]!.GetValue<int>();
        Assert.That((await client.GetAsync(new Uri($"/actors/{id}", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await client.GetAsync(new Uri($"/actors?email={Uri.EscapeDataString(Email)}&name={Uri.EscapeDataString(Name)}", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var duplicate = await client.PostAsync(new Uri("/actors", UriKind.Relative), new StringContent(
            $$"""{"name":"{{Name}}","age":33,"gender":"female","email":"{{Email}}"}""", Encoding.UTF8, "application/json"));
        Assert.That(duplicate.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));

        host.Services.GetRequiredService<TracerProvider>().ForceFlush();
        host.Services.GetRequiredService<MeterProvider>().ForceFlush();

        var spanText = spans.Select(s => $"{s.DisplayName} {string.Join(' ', s.TagObjects.Select(t => $"{t.Key}={t.Value}"))} {string.Join(' ', s.Events.Select(e => e.Name + string.Join(' ', e.Tags.Select(t => t.Value))))}").ToList();
        var labels = metrics.SelectMany(Labels).ToList();
        var logText = logs.Records.Select(r => r.AllText).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(spans.Select(s => s.DisplayName), Has.Some.EqualTo("GET actors/{id:int}"), "a span per request, named by its route template");
            Assert.That(spans.Select(s => s.GetTagItem("db.query.text") ?? s.GetTagItem("db.statement")), Has.Some.Not.Null, "SQL spans with their statement text");
            foreach (var secret in new[] { token, Email, Phone, Name, "Quillfeather" })
            {
                Assert.That(spanText, Has.None.Contains(secret), $"no span holds {secret}");
                Assert.That(labels, Has.None.Contains(secret), $"no metric label holds {secret}");
                Assert.That(logText, Has.None.Contains(secret), $"no log line holds {secret}");
            }

            Assert.That(labels.Where(l => l.StartsWith("http.route=", StringComparison.Ordinal)), Has.None.Matches("[0-9]"), "routes are templates");
            Assert.That(labels, Has.None.Matches("^url\\.(path|full)="), "no raw path in a label");
        });
    }

    [Test]
    public async Task AnIncomingTraceparentShouldBeContinuedIntoTheProblemBody()
    {
        const string traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        using var request = new HttpRequestMessage(HttpMethod.Get, "/movies");
        request.Headers.Add("traceparent", $"00-{traceId}-00f067aa0ba902b7-01");

        var problem = await AssertProblemAsync(await Anonymous().SendAsync(request), 401);

        Assert.That(problem["trace_id"]!.GetValue<string>(), Does.Contain(traceId), "W3C trace context: one id for logs, spans and the body");
    }

    private static IEnumerable<string> Labels(Metric metric)
    {
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            foreach (var tag in point.Tags)
            {
                yield return $"{tag.Key}={tag.Value}";
            }
        }
    }
}
