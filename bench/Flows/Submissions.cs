using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

/// <summary>
/// <c>Flows submissions &lt;base url&gt; &lt;tokens file&gt; &lt;plan file&gt; &lt;concurrency&gt; &lt;result json&gt;</c>: talent
/// agencies submit their roster actors to breakdowns, as fast as <c>concurrency</c> requests at a time allow. The plan
/// holds one intended submission a line, <c>&lt;agency&gt; &lt;role id&gt; &lt;actor id&gt;</c>; the tokens file one agent
/// token per agency, <c>&lt;agency&gt; &lt;token&gt;</c>. Each submission is one <c>POST /breakdowns/{role}/submissions</c>
/// with its own <c>Idempotency-Key</c>; a timeout (10 s), a network error, 503 or 429 is retried with the same key (up
/// to 8 attempts, backing off), and so is a 409 with <c>Retry-After</c> (the same key still running). Anything else
/// ends the submission and is counted. The latency of a submission runs from its first attempt to its answer.
/// Whether each intended submission exists exactly once is counted in SQL afterwards (bench/submissions.sh).
/// </summary>
internal static class SubmissionLoad
{
    private const int MaxAttempts = 8;
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length != 5)
        {
            Console.Error.WriteLine("usage: Flows submissions <base url> <tokens file> <plan file> <concurrency> <result json>");
            return 2;
        }

        var tokens = File.ReadAllLines(args[1]).Select(l => l.Split(' ', 2, StringSplitOptions.TrimEntries)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => new AuthenticationHeaderValue("Bearer", p[1]));
        var plan = File.ReadAllLines(args[2]).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(p => p.Length == 3)
            .Select(p => (Agency: p[0], Role: int.Parse(p[1], CultureInfo.InvariantCulture), Actor: int.Parse(p[2], CultureInfo.InvariantCulture)))
            .ToArray();
        var concurrency = int.Parse(args[3], CultureInfo.InvariantCulture);
        if (plan.Length == 0 || plan.Any(p => !tokens.ContainsKey(p.Agency)))
        {
            Console.Error.WriteLine("the plan is empty or names an agency without a token");
            return 2;
        }

        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, UseCookies = false })
        {
            BaseAddress = new Uri(args[0]),
            Timeout = Timeout.InfiniteTimeSpan,
        };
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var run = Guid.NewGuid().ToString("N")[..8];
        var latencies = new long[plan.Length];
        var answered = new long[plan.Length];
        var outcomes = new int[plan.Length];
        var statuses = new Dictionary<int, int>();
        int retries = 0, replayed = 0, next = -1;
        var gate = new Lock();
        var started = Stopwatch.GetTimestamp();

        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < plan.Length; i = Interlocked.Increment(ref next))
            {
                var (agency, role, actor) = plan[i];
                var key = $"bench-{run}-{role}-{actor}";
                var body = $$"""{"actor_id":{{actor}},"note":"Bench submission"}""";
                var first = Stopwatch.GetTimestamp();
                var status = 0;
                for (var attempt = 1; attempt <= MaxAttempts; attempt++)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, $"/breakdowns/{role}/submissions")
                    {
                        Content = new StringContent(body, Encoding.UTF8, "application/json"),
                    };
                    request.Headers.Authorization = tokens[agency];
                    request.Headers.Add("Idempotency-Key", key);
                    TimeSpan? retryAfter = null;
                    using var timeout = new CancellationTokenSource(AttemptTimeout);
                    try
                    {
                        using var response = await client.SendAsync(request, timeout.Token);
                        await response.Content.ReadAsStringAsync(timeout.Token);
                        status = (int)response.StatusCode;
                        retryAfter = response.Headers.RetryAfter?.Delta;
                        if (response.Headers.TryGetValues("Idempotent-Replayed", out var values) && values.Contains("true"))
                        {
                            Interlocked.Increment(ref replayed);
                        }
                    }
                    catch (OperationCanceledException)
                    {
                        status = (int)HttpStatusCode.RequestTimeout;
                    }
                    catch (HttpRequestException)
                    {
                        status = 0;
                    }

                    lock (gate)
                    {
                        statuses[status] = statuses.GetValueOrDefault(status) + 1;
                    }

                    var again = status is 0 or 408 or 429 or 503 || (status == 409 && retryAfter is not null);
                    if (!again || attempt == MaxAttempts)
                    {
                        break;
                    }

                    Interlocked.Increment(ref retries);
                    await Task.Delay(retryAfter ?? TimeSpan.FromMilliseconds(100 * attempt));
                }

                latencies[i] = Stopwatch.GetTimestamp() - first;
                answered[i] = Stopwatch.GetTimestamp() - started;
                outcomes[i] = status;
            }
        })).ToArray();
        await Task.WhenAll(workers);

        var seconds = (Stopwatch.GetTimestamp() - started) / (double)Stopwatch.Frequency;
        // When 99% of the submissions had their final answer: the burst's bulk, without a straggler that waits out an
        // idempotency lease (a timed-out attempt's key is held until its lease ends, ADR-009).
        var byAnswer = answered.Order().ToArray();
        var answered99 = byAnswer[Math.Min(byAnswer.Length - 1, (int)Math.Ceiling(0.99 * byAnswer.Length) - 1)] / (double)Stopwatch.Frequency;
        var sorted = latencies.Order().ToArray();
        double Ms(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)] * 1000.0 / Stopwatch.Frequency;
        var created = outcomes.Count(s => s == 201);
        var result = new
        {
            intended = plan.Length,
            agencies = plan.Select(p => p.Agency).Distinct().Count(),
            breakdowns = plan.Select(p => p.Role).Distinct().Count(),
            concurrency,
            seconds,
            seconds_99_answered = answered99,
            created,
            submissions_per_second = created / seconds,
            p50_ms = Ms(0.50),
            p90_ms = Ms(0.90),
            p99_ms = Ms(0.99),
            max_ms = Ms(1.0),
            retries,
            replayed,
            final_statuses = outcomes.GroupBy(s => s).OrderBy(g => g.Key).ToDictionary(g => g.Key.ToString(CultureInfo.InvariantCulture), g => g.Count()),
            request_statuses = statuses.OrderBy(s => s.Key).ToDictionary(s => s.Key.ToString(CultureInfo.InvariantCulture), s => s.Value),
        };
        var json = JsonSerializer.Serialize(result, Indented);
        await File.WriteAllTextAsync(args[4], json);
        Console.WriteLine(json);
        return created == plan.Length ? 0 : 1;
    }
}
