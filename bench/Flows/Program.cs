using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

// bench/Flows <base url> <token> <entries file> <connections> <warm-up seconds> <seconds> <result json>
// Each flow: POST /shortlist/{id}/appointments (a one-hour audition at a random hour of 2030-2034, far from the generated
// schedule), PATCH /appointments/{id} {"status":"confirmed"} with If-Match, then {"status":"canceled"} with If-Match.
// A refused step (409: the actor is booked then by another flow, or a lost race on the actor's version; 412: a stale
// ETag) ends its flow and is counted, never retried or hidden. Canceled appointments hold no time, so every flow leaves
// one canceled appointment behind and the actor free.
// bench/Flows submissions ...: agencies submitting their actors to breakdowns (Submissions.cs).
if (args.Length > 0 && args[0] == "submissions")
{
    return await SubmissionLoad.RunAsync(args[1..]);
}

if (args.Length != 7)
{
    Console.Error.WriteLine("usage: Flows <base url> <token> <entries file> <connections> <warm-up s> <seconds> <result json>");
    return 2;
}

var baseUrl = new Uri(args[0]);
var token = args[1];
var entries = File.ReadAllLines(args[2]).Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => int.Parse(l, CultureInfo.InvariantCulture)).ToArray();
var connections = int.Parse(args[3], CultureInfo.InvariantCulture);
var warmup = TimeSpan.FromSeconds(double.Parse(args[4], CultureInfo.InvariantCulture));
var duration = TimeSpan.FromSeconds(double.Parse(args[5], CultureInfo.InvariantCulture));
if (entries.Length == 0)
{
    Console.Error.WriteLine($"no shortlist entries in {args[2]}");
    return 2;
}

using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseCookies = false })
{
    BaseAddress = baseUrl,
    Timeout = TimeSpan.FromSeconds(30),
};
client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

string[] steps = ["book", "confirm", "cancel"];
var stats = new Stats(steps);
var stopAt = Stopwatch.GetTimestamp() + (long)((warmup + duration).TotalSeconds * Stopwatch.Frequency);
var measureFrom = Stopwatch.GetTimestamp() + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
var measureTo = stopAt;

var workers = Enumerable.Range(0, connections).Select(worker => Task.Run(async () =>
{
    var random = new Random(unchecked(Environment.TickCount * 31) + worker);
    while (Stopwatch.GetTimestamp() < stopAt)
    {
        // Flows started in the warm-up are not recorded.
        await RunFlowAsync(random, Stopwatch.GetTimestamp() >= measureFrom ? stats : null);
    }
})).ToArray();
await Task.WhenAll(workers);

var seconds = (measureTo - measureFrom) / (double)Stopwatch.Frequency;
var result = stats.ToResult(seconds, connections);
await File.WriteAllTextAsync(args[6], JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
Console.WriteLine(JsonSerializer.Serialize(result));
return 0;

async Task RunFlowAsync(Random random, Stats? into)
{
    var flowStart = Stopwatch.GetTimestamp();
    var entry = entries[random.Next(entries.Length)];
    var start = new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(random.Next(5 * 365 * 24));
    var book = string.Create(
        CultureInfo.InvariantCulture,
        $$"""{"kind":"audition","starts_at":"{{start:yyyy-MM-dd'T'HH:mm:ss'Z'}}","ends_at":"{{start.AddHours(1):yyyy-MM-dd'T'HH:mm:ss'Z'}}","location":"Bench Studio"}""");
    var (status, body, etag) = await SendAsync(HttpMethod.Post, $"/shortlist/{entry}/appointments", book, null, 0, into);
    if (status != HttpStatusCode.Created || etag is null)
    {
        return;
    }

    using var created = JsonDocument.Parse(body);
    var id = created.RootElement.GetProperty("created").GetInt32();
    (status, _, etag) = await SendAsync(HttpMethod.Patch, $"/appointments/{id}", """{"status":"confirmed"}""", etag, 1, into);
    if (status != HttpStatusCode.OK || etag is null)
    {
        return;
    }

    (status, _, _) = await SendAsync(HttpMethod.Patch, $"/appointments/{id}", """{"status":"canceled"}""", etag, 2, into);
    if (status == HttpStatusCode.OK)
    {
        into?.Flow(Stopwatch.GetTimestamp() - flowStart);
    }
}

async Task<(HttpStatusCode Status, string Body, EntityTagHeaderValue? ETag)> SendAsync(
    HttpMethod method, string path, string json, EntityTagHeaderValue? ifMatch, int step, Stats? into)
{
    using var request = new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
    if (ifMatch is not null)
    {
        request.Headers.IfMatch.Add(ifMatch);
    }

    var started = Stopwatch.GetTimestamp();
    try
    {
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        into?.Step(step, Stopwatch.GetTimestamp() - started, response.StatusCode);
        return (response.StatusCode, body, response.Headers.ETag);
    }
    catch (HttpRequestException)
    {
        into?.Step(step, Stopwatch.GetTimestamp() - started, 0);
        return (0, string.Empty, null);
    }
    catch (TaskCanceledException)
    {
        into?.Step(step, Stopwatch.GetTimestamp() - started, HttpStatusCode.RequestTimeout);
        return (HttpStatusCode.RequestTimeout, string.Empty, null);
    }
}

internal sealed class Stats(string[] steps)
{
    private readonly Lock _lock = new();
    private readonly List<long>[] _latencies = steps.Select(_ => new List<long>()).ToArray();
    private readonly Dictionary<int, int>[] _statuses = steps.Select(_ => new Dictionary<int, int>()).ToArray();
    private readonly List<long> _flows = [];

    public void Step(int step, long ticks, HttpStatusCode status)
    {
        lock (_lock)
        {
            _latencies[step].Add(ticks);
            _statuses[step][(int)status] = _statuses[step].GetValueOrDefault((int)status) + 1;
        }
    }

    public void Flow(long ticks)
    {
        lock (_lock)
        {
            _flows.Add(ticks);
        }
    }

    public object ToResult(double seconds, int connections) => new
    {
        seconds,
        connections,
        flows = _flows.Count,
        flows_per_second = _flows.Count / seconds,
        flow_p50_ms = Percentile(_flows, 0.50),
        flow_p99_ms = Percentile(_flows, 0.99),
        steps = steps.Select((name, i) => new
        {
            name,
            requests = _latencies[i].Count,
            per_second = _latencies[i].Count / seconds,
            p50_ms = Percentile(_latencies[i], 0.50),
            p99_ms = Percentile(_latencies[i], 0.99),
            max_ms = _latencies[i].Count == 0 ? 0 : _latencies[i].Max() * 1000.0 / Stopwatch.Frequency,
            statuses = _statuses[i].OrderBy(s => s.Key).ToDictionary(s => s.Key.ToString(CultureInfo.InvariantCulture), s => s.Value),
        }).ToArray(),
    };

    private static double Percentile(List<long> values, double q)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)] * 1000.0 / Stopwatch.Frequency;
    }
}
