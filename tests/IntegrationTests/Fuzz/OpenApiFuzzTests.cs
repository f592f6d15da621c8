using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.Infrastructure.Persistence.Visibility;
using CastingAgency.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Testing = CastingAgency.IntegrationTests.Testing;

namespace CastingAgency.IntegrationTests.Fuzz;

/// <summary>
/// Drives every operation of the API's own OpenAPI document with seeded pseudo-random, hostile requests
/// (huge numbers, deep nesting, control characters, invalid UTF-8, duplicate keys, wrong types, unknown
/// fields, injection strings, odd query strings and headers) as an executive producer, a casting assistant,
/// a talent agent (contract §13) and an anonymous caller. It fails on any 5xx, any error body that is not a contract-shaped problem, any
/// body that leaks a stack trace or exception type, any success without the right credentials, and any
/// database change made by a refused request. Bounded in count (<see cref="RequestsPerOperation"/>) and in
/// time (<see cref="TimeBudget"/>); the seed is printed so a failure can be replayed (FUZZ_SEED overrides it).
/// </summary>
public sealed class OpenApiFuzzTests : IntegrationTestBase
{
    private const int DefaultSeed = 20_251_123;
    private const int RequestsPerOperation = 40;
    private const int MaxReportedFailures = 25;
    private static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(60);

    /// <summary>The operations of docs/api.md §4 that the document must describe (the fuzzer drives all it finds).</summary>
    private static readonly string[] ExpectedOperations =
    [
        "GET /movies", "POST /movies", "GET /movies/{id}", "PATCH /movies/{id}", "DELETE /movies/{id}", "GET /movies/{id}/roles",
        "GET /actors", "POST /actors", "GET /actors/{id}", "PATCH /actors/{id}", "DELETE /actors/{id}", "GET /actors/{id}/roles",
        "GET /roles", "POST /roles", "GET /roles/{id}", "PATCH /roles/{id}", "DELETE /roles/{id}", "GET /roles/{id}/candidates",
    ];

    private static readonly string[] InjectionStrings =
    [
        "' OR 1=1 --", "'; DROP TABLE actors; --", "; DROP TABLE actors;", "\" OR \"\"=\"", "1; SELECT pg_sleep(0)--",
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "../../etc/passwd", "..\\..\\windows\\win.ini",
        "%00", "%", "%zz", "${jndi:ldap://127.0.0.1/a}", "{{7*7}}", "%s%s%s%n", "$where", "{\"$gt\":\"\"}", "*", "_",
        "\\", "\"", "'", "`", "null", "NaN", "Infinity", "-Infinity", "undefined", "true", "0", "-1",
    ];

    private static readonly string[] WeirdStrings =
    [
        "", " ", "   \t  ", "\u0000", "a\u0000b", "\u0001\u0002\u0007\u001b[31mred", "line\r\nX-Injected: 1", "\t\n\r\f\v",
        "Zoë 🎬 ñ 中文 العربية", "\u202eevil\u202c", "\ufeffbom", "\ud800", "\udfff\ud800", "\uffff", "ﬀ", "İı", "𝕏𝕐",
        "female", "FEMALE", "non-binary", "any", "plus-sized", "middle eastern", "2020-01-19", "2020-1-19", "2020-01-19T23:59:59Z",
        "0001-01-01", "9999-12-31", "2020-02-30", "2020-13-01", "http://example.com/a.png", "javascript:alert(1)",
        "file:///etc/passwd", "a@b.co", "A@B.CO", "@", "+1 (555) 010-0100", "title", "-title,id", "-release_date,title,",
        ",", "-", "--id", "id,id", "name;drop", "1", "1.5", "-0", "1e309", "99999999999999999999",
    ];

    private static readonly string[] HostileNumberTokens =
    [
        "1e309", "-1e309", "99999999999999999999", "-99999999999999999999", "2147483648", "-2147483649", "2147483647",
        "-2147483648", "0", "-1", "-0", "1.5", "1.0", "1e2", "1E+2", "0.0000001", "4294967296", "9223372036854775808",
        "1" + new string('0', 400),
    ];

    private static readonly string[] InvalidJsonTokens = ["0x10", "NaN", "Infinity", "01", "+1", ".5", "1.", "'x'", "undefined", "tru", "nul"];

    private static readonly string[] WrongTypeTokens = ["\"12\"", "\"\"", "{}", "{\"a\":1}", "[]", "[1,2]", "[\"x\"]", "true", "false", "null"];

    // No %00 here: a NUL in the path never reaches the app (Kestrel and the test host refuse the request line).
    private static readonly string[] HostilePathIds =
    [
        "0", "-1", "-2147483648", "-2147483649", "2147483647", "2147483648", "99999999999999999999", "1e309", "1.5", "abc",
        "%01", "1%0A", "%7F", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..%2F..%2Fetc%2Fpasswd", "1;DROP%20TABLE%20actors", "%27%20OR%201=1%20--",
        "%F0%9F%8E%AC", "%C3%28", "%FF", "01", "+1", "%20%201", "0x10", new string('9', 5000),
    ];

    private static readonly string[] UnknownQueryKeys =
    ["foo", "Page", "PAGE_SIZE", "page[]", "__proto__", "constructor", "ñame", "名", "%00", "id", "access_token", "$filter", " page", "page "];

    private static readonly string[] IfMatchValues =
    ["\"garbage\"", "W/\"1\"", "*", "\"1\"", "\"2\"", "\"-1\"", "\"99999999999999999999\"", "\"1\", \"2\"", "garbage", "\"\"", "\"1e309\""];

    private static readonly string[] ContentTypes =
    [
        "text/plain", "application/x-www-form-urlencoded", "application/xml", "multipart/form-data; boundary=x",
        "application/json-patch+json", "application/merge-patch+json", "application/json; charset=latin1", "application/json; charset=utf-16",
        "application/JSON", "application/problem+json", "*/*",
    ];

    /// <summary>
    /// Who sends: the producer sees every production (read:confidential); the director and the assistant see no
    /// confidential one; the team member (a director's permissions) is on the team of the arranged confidential movie.
    /// </summary>
    private enum Caller
    {
        Producer,
        Director,
        TeamMember,
        Assistant,
        Agent,
        Anonymous,
    }

    private const string TeamMemberSubject = "test|fuzz-member";

    private const string SecretTitle = "Fuzz Secret Harbor";

    private const string SecretRoleName = "Secret Stowaway";

    private sealed record QueryParameter(string Name, string Type, string? Format);

    private sealed record BodyProperty(string Name, string Type, string? Format);

    private sealed record Operation(string Method, string Path, string Id, IReadOnlyList<QueryParameter> Query, IReadOnlyList<BodyProperty>? Body)
    {
        /// <summary>The permissions the document says the operation takes (any one of them suffices for an agent).</summary>
        public IReadOnlyList<string> Permissions { get; init; } = [];

        public string Key => $"{Method} {Path}";
    }

    /// <summary>The arranged rows; <c>Secret*</c> belong to a confidential movie only the producer and the team member see.</summary>
    private sealed record Arranged(int MovieId, int ActorId, int RoleId, int OpenRoleId, int SecretMovieId, int SecretRoleId);

    private sealed class Stats
    {
        public int Sent { get; set; }

        public SortedDictionary<int, int> ByStatus { get; } = [];
    }

    [Test]
    [Category("Slow")] // up to its time budget
    [CancelAfter(180_000)]
    public async Task EveryOperationSurvivesHostileInput()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), CultureInfo.InvariantCulture, out var s) ? s : DefaultSeed;
        var random = new Random(seed);
        var operations = await ReadOperationsAsync();
        Assert.That(operations.Select(o => o.Key), Is.SupersetOf(ExpectedOperations), "the OpenAPI document describes every endpoint");

        var clients = new Dictionary<Caller, HttpClient>
        {
            [Caller.Producer] = AsProducer(),
            [Caller.Director] = AsDirector(),
            [Caller.TeamMember] = WithPermissions(TestTokens.Director, TeamMemberSubject),
            [Caller.Assistant] = AsAssistant(),
            [Caller.Agent] = AsAgent("org_fuzz"),
            [Caller.Anonymous] = Anonymous(),
        };
        var stats = operations.ToDictionary(o => o.Key, _ => new Stats());
        var failures = new List<string>();
        var arranged = await ArrangeAsync();
        var requestNumber = 0;

        using var budget = new CancellationTokenSource(TimeBudget);
        for (var round = 0; round < RequestsPerOperation && !budget.IsCancellationRequested && failures.Count < MaxReportedFailures; round++)
        {
            foreach (var operation in operations)
            {
                if (budget.IsCancellationRequested || failures.Count >= MaxReportedFailures)
                {
                    break;
                }

                requestNumber++;
                var caller = random.NextDouble() switch
                {
                    < 0.15 => Caller.Anonymous,
                    < 0.25 => Caller.Assistant,
                    < 0.40 => Caller.Director,
                    < 0.55 => Caller.TeamMember,
                    < 0.65 => Caller.Agent,
                    _ => Caller.Producer,
                };
                var plan = BuildRequest(random, operation, arranged);
                var before = plan.Mutates ? await FingerprintAsync() : null;

                using var request = plan.ToMessage();
                HttpResponseMessage response;
                try
                {
                    response = await clients[caller].SendAsync(request, budget.Token);
                }
                catch (OperationCanceledException) when (budget.IsCancellationRequested)
                {
                    break;
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    failures.Add(Describe(seed, requestNumber, operation, plan, caller, 0, string.Empty, $"the request threw {exception.GetType().Name}: {exception.Message}\n{exception.StackTrace}"));
                    continue;
                }

                using (response)
                {
                    var status = (int)response.StatusCode;
                    var body = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(CancellationToken.None));
                    var stat = stats[operation.Key];
                    stat.Sent++;
                    stat.ByStatus[status] = stat.ByStatus.GetValueOrDefault(status) + 1;

                    foreach (var problem in Check(operation, plan, caller, response, status, body).Concat(CheckHidden(plan, caller, status, body, arranged)))
                    {
                        failures.Add(Describe(seed, requestNumber, operation, plan, caller, status, body, problem));
                    }

                    if (before is not null && status is >= 400 and < 500)
                    {
                        var after = await FingerprintAsync();
                        if (after != before)
                        {
                            failures.Add(Describe(seed, requestNumber, operation, plan, caller, status, body,
                                $"a refused request changed the database:\n      before {before}\n      after  {after}"));
                        }
                    }

                    if (status is >= 200 and < 300 && plan.Mutates)
                    {
                        // A write went through: start again from the known rows so later ids keep hitting them.
                        await Testing.ResetDatabaseAsync();
                        arranged = await ArrangeAsync();
                    }
                }
            }
        }

        var report = new StringBuilder();
        var budgetNote = budget.IsCancellationRequested ? $" (time budget of {TimeBudget.TotalSeconds:0} s reached)" : string.Empty;
        report.AppendLine(CultureInfo.InvariantCulture, $"OpenAPI fuzz: seed {seed}, {requestNumber} requests over {operations.Count} operations{budgetNote}");
        foreach (var operation in operations)
        {
            var stat = stats[operation.Key];
            report.AppendLine(CultureInfo.InvariantCulture,
                $"  {operation.Id,-20} {operation.Key,-28} {stat.Sent,3} requests  [{string.Join(", ", stat.ByStatus.Select(p => $"{p.Key}: {p.Value}"))}]");
        }

        await TestContext.Out.WriteLineAsync(report.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(failures, Is.Empty,
                $"seed {seed} (set FUZZ_SEED to replay): {failures.Count} failure(s)\n\n" + string.Join("\n\n", failures) + "\n\n" + report);
            Assert.That(operations.Where(o => stats[o.Key].Sent == 0).Select(o => o.Key), Is.Empty, "every operation received requests");
        });
    }

    /// <summary>Found by the fuzzer (seeds 1 and 2): an odd-length body declared as UTF-16 was a 500.</summary>
    [TestCase("PATCH", "/movies/{id}", "application/json; charset=utf-16")]
    [TestCase("POST", "/roles", "application/json; charset=utf-16")]
    [TestCase("POST", "/actors", "application/json; charset=UTF-16")]
    public async Task ShouldRefuseBodyThatDoesNotDecodeInItsCharset(string method, string path, string contentType)
    {
        var arranged = await ArrangeAsync();
        var before = await FingerprintAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{id}", arranged.MovieId.ToString(CultureInfo.InvariantCulture)))
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"description":"Fuzz Harbor 605149","company":"' OR 1=1 --"}""")),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await AsProducer().SendAsync(request);

        await AssertProblemAsync(response, 400, "The server cannot process the request");
        Assert.That(await FingerprintAsync(), Is.EqualTo(before), "a refused request changes nothing");
    }

    // ---------------------------------------------------------------- checks

    private static IEnumerable<string> Check(Operation operation, RequestPlan plan, Caller caller, HttpResponseMessage response, int status, string body)
    {
        if (status >= 500)
        {
            yield return $"server error {status}";
        }

        if (body.Contains("Exception", StringComparison.Ordinal) || body.Contains("   at ", StringComparison.Ordinal))
        {
            yield return "the body leaks an exception type or a stack trace";
        }

        if (status is >= 200 and < 300)
        {
            if (caller == Caller.Anonymous)
            {
                yield return "an anonymous request succeeded";
            }

            if (caller == Caller.Assistant && plan.Mutates)
            {
                yield return "a casting assistant's write succeeded";
            }

            if (caller == Caller.Agent && !operation.Permissions.Any(p => p is "get:breakdowns" or "post:submissions" or "manage:roster"))
            {
                yield return "a talent agent reached a staff endpoint";
            }

            yield break;
        }

        if (status == 304)
        {
            yield break;
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType != "application/problem+json")
        {
            yield return $"error body is '{mediaType ?? "(no content type)"}', not application/problem+json";
            yield break;
        }

        JsonNode? problem;
        try
        {
            problem = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            problem = null;
        }

        if (problem is not JsonObject shape)
        {
            yield return "error body is not a JSON object";
            yield break;
        }

        if (!IsInt(shape["status"], status))
        {
            yield return "problem 'status' is missing or differs from the HTTP status";
        }

        if (!IsInt(shape["error"], status))
        {
            yield return "problem 'error' is missing or differs from the HTTP status";
        }

        if (shape["success"] is not JsonValue success || success.GetValueKind() != JsonValueKind.False)
        {
            yield return "problem 'success' is not false";
        }

        if (!IsNonEmptyString(shape["message"]))
        {
            yield return "problem 'message' is missing";
        }

        if (!IsNonEmptyString(shape["trace_id"]))
        {
            yield return "problem 'trace_id' is missing";
        }

        if (!IsNonEmptyString(shape["title"]))
        {
            yield return "problem 'title' is missing";
        }
    }

    /// <summary>
    /// A caller who does not see the confidential movie never reads its title or its role's name, and never succeeds
    /// on its id (contract §12).
    /// </summary>
    private static IEnumerable<string> CheckHidden(RequestPlan plan, Caller caller, int status, string body, Arranged arranged)
    {
        if (caller is Caller.Producer or Caller.TeamMember)
        {
            yield break;
        }

        if (body.Contains(SecretTitle, StringComparison.Ordinal) || body.Contains(SecretRoleName, StringComparison.Ordinal))
        {
            yield return "the body names the confidential movie or its role";
        }

        var path = plan.Url.Split('?')[0];
        static bool On(string path, string resource) =>
            path == resource || path.StartsWith(resource + "/", StringComparison.Ordinal);
        if (status is >= 200 and < 300 && (On(path, $"/movies/{arranged.SecretMovieId}") || On(path, $"/roles/{arranged.SecretRoleId}")))
        {
            yield return "a request on the confidential movie's id succeeded";
        }
    }

    private static bool IsInt(JsonNode? node, int expected) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var actual) && actual == expected;

    private static bool IsNonEmptyString(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String && !string.IsNullOrEmpty(value.GetValue<string>());

    private static string Describe(int seed, int number, Operation operation, RequestPlan plan, Caller caller, int status, string body, string problem)
    {
        static string Excerpt(string text, int max) =>
            (text.Length <= max ? text : text[..max] + $"… ({text.Length} chars)").Replace("\0", "\\0", StringComparison.Ordinal);

        return $"[seed {seed}, request #{number}, {operation.Id}] {problem}\n"
            + $"    {plan.Method} {Excerpt(plan.Url, 300)} as {caller}"
            + (plan.Headers.Count > 0 ? $" with {string.Join(", ", plan.Headers.Select(h => $"{h.Key}: {h.Value}"))}" : string.Empty) + "\n"
            + (plan.Body is null ? string.Empty : $"    body ({plan.ContentType ?? "no content type"}): {Excerpt(plan.BodyPreview, 300)}\n")
            + $"    → {status}: {Excerpt(body, 600)}";
    }

    // ---------------------------------------------------------------- database

    private static async Task<Arranged> ArrangeAsync()
    {
        var movie = new Movie("Fuzz Harbor", new DateOnly(2019, 3, 22), "Harbor Pictures", "Storms.");
        // Ada is on the fuzzing agent's roster and the open role is a breakdown, so the agency endpoints reach real rows.
        var actor = new Actor("Ada Fuzz", 30, Gender.Female, "Lisbon", email: "ada@fuzz.test", height: 170, agencyId: "org_fuzz");
        return await ExecuteDbContextAsync(async db =>
        {
            db.AddRange(movie, actor);
            await db.SaveChangesAsync();
            var role = new Role(movie.Id, "Keeper", RoleGender.Female, 20, 40, "The lighthouse keeper.", actor);
            var open = new Role(movie.Id, "Sailor", RoleGender.Any, 18, 80);
            open.Publish(true, DateTime.UtcNow);
            db.AddRange(role, open);
            var secret = new Movie(SecretTitle, new DateOnly(2020, 5, 1), "Harbor Pictures", "Under a working title.");
            secret.SetConfidential(true);
            db.Add(secret);
            await db.SaveChangesAsync();
            var stowaway = new Role(secret.Id, SecretRoleName, RoleGender.Any, 18, 80);
            db.AddRange(stowaway, new TeamMember(secret.Id, TeamMemberSubject, TeamPosition.CastingDirector, null, "test|seed"));
            await db.SaveChangesAsync();
            return new Arranged(movie.Id, actor.Id, role.Id, open.Id, secret.Id, stowaway.Id);
        });
    }

    /// <summary>Row count, ids, versions, update stamps and links of the three tables, confidential rows included: any write changes it.</summary>
    private static Task<string> FingerprintAsync() =>
        ExecuteDbContextAsync(async db =>
        {
            db.Caller = new ProductionVisibility.Caller(null, SeesEveryProduction: true);
            var movies = await db.Set<Movie>().AsNoTracking().OrderBy(m => m.Id).Select(m => new { m.Id, m.Version, m.UpdatedAt }).ToListAsync();
            var actors = await db.Set<Actor>().AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.Version, a.UpdatedAt }).ToListAsync();
            var roles = await db.Set<Role>().AsNoTracking().OrderBy(r => r.Id)
                .Select(r => new { r.Id, r.Version, r.UpdatedAt, r.MovieId, r.ActorId }).ToListAsync();
            static string Stamp(DateTime at) => at.ToString("O", CultureInfo.InvariantCulture);
            return $"movies {movies.Count} [{string.Join(' ', movies.Select(m => $"{m.Id}v{m.Version}@{Stamp(m.UpdatedAt)}"))}]; "
                + $"actors {actors.Count} [{string.Join(' ', actors.Select(a => $"{a.Id}v{a.Version}@{Stamp(a.UpdatedAt)}"))}]; "
                + $"roles {roles.Count} [{string.Join(' ', roles.Select(r => $"{r.Id}v{r.Version}@{Stamp(r.UpdatedAt)}m{r.MovieId}a{r.ActorId}"))}]";
        });

    // ---------------------------------------------------------------- the document

    private static async Task<List<Operation>> ReadOperationsAsync()
    {
        var response = await Anonymous().GetAsync("/openapi/v1.json");
        Assert.That((int)response.StatusCode, Is.EqualTo(200), "the OpenAPI document is served");
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var schemas = document["components"]?["schemas"]?.AsObject();
        var operations = new List<Operation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, node) in item!.AsObject())
            {
                if (method is "parameters" or "summary" or "description" or "servers")
                {
                    continue;
                }

                var parameters = node!["parameters"]?.AsArray() ?? [];
                var query = parameters
                    .Where(p => p!["in"]!.GetValue<string>() == "query")
                    .Select(p => new QueryParameter(p!["name"]!.GetValue<string>(), TypeOf(p["schema"]), p["schema"]?["format"]?.GetValue<string>()))
                    .ToList();
                List<BodyProperty>? body = null;
                var schema = node["requestBody"]?["content"]?["application/json"]?["schema"];
                if (schema is not null)
                {
                    schema = Resolve(schema, schemas);
                    body = (schema?["properties"]?.AsObject() ?? [])
                        .Select(p => new BodyProperty(p.Key, TypeOf(Resolve(p.Value, schemas)), p.Value?["format"]?.GetValue<string>()))
                        .ToList();
                }

                operations.Add(new Operation(method.ToUpperInvariant(), path, node["operationId"]?.GetValue<string>() ?? $"{method} {path}", query, body)
                {
                    Permissions = node["x-permissions"]?.AsArray().Select(p => p!.GetValue<string>()).ToList() ?? [],
                });
            }
        }

        return operations;
    }

    private static JsonNode? Resolve(JsonNode? schema, JsonObject? schemas)
    {
        for (var i = 0; i < 8 && schema?["$ref"] is JsonValue reference; i++)
        {
            schema = schemas?[reference.GetValue<string>().Split('/')[^1]];
        }

        return schema;
    }

    /// <summary>The non-null JSON type of a schema ("string", "integer", "boolean", ...), "string" when unknown.</summary>
    private static string TypeOf(JsonNode? schema) => schema?["type"] switch
    {
        JsonArray types => types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null") ?? "string",
        JsonValue type => type.GetValue<string>(),
        _ => schema?["enum"] is not null ? "string" : "string",
    };

    // ---------------------------------------------------------------- request generation

    private sealed class RequestPlan
    {
        public required string Method { get; init; }

        public required string Url { get; init; }

        public byte[]? Body { get; init; }

        public string? ContentType { get; init; }

        public Dictionary<string, string> Headers { get; } = [];

        public bool Mutates => Method is not ("GET" or "HEAD" or "OPTIONS");

        public string BodyPreview => Body is null ? string.Empty : Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 400));

        public HttpRequestMessage ToMessage()
        {
            var message = new HttpRequestMessage(new HttpMethod(Method), new Uri(Url, UriKind.Relative));
            if (Body is not null)
            {
                var content = new ByteArrayContent(Body);
                if (ContentType is not null)
                {
                    content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
                }

                message.Content = content;
            }

            foreach (var (name, value) in Headers)
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }

            return message;
        }
    }

    private static RequestPlan BuildRequest(Random random, Operation operation, Arranged arranged)
    {
        var method = random.NextDouble() < 0.03 ? Pick(random, ["PUT", "POST", "PATCH", "DELETE", "GET"]) : operation.Method;
        var path = operation.Path;
        if (path.Contains("{id}", StringComparison.Ordinal))
        {
            var existing = path.StartsWith("/movies", StringComparison.Ordinal) ? (random.NextDouble() < 0.3 ? arranged.SecretMovieId : arranged.MovieId)
                : path.StartsWith("/actors", StringComparison.Ordinal) ? arranged.ActorId
                : Pick(random, [arranged.RoleId, arranged.OpenRoleId, arranged.SecretRoleId]);
            var id = random.NextDouble() switch
            {
                < 0.6 => existing.ToString(CultureInfo.InvariantCulture),
                < 0.7 => (existing + random.Next(1, 1000)).ToString(CultureInfo.InvariantCulture),
                _ => Pick(random, HostilePathIds),
            };
            path = path.Replace("{id}", id, StringComparison.Ordinal);
        }

        var query = BuildQuery(random, operation, arranged);
        var url = query.Length == 0 ? path : $"{path}?{query}";

        byte[]? body = null;
        string? contentType = "application/json";
        if (operation.Body is not null || random.NextDouble() < 0.08)
        {
            (body, contentType) = BuildBody(random, operation.Body ?? [], arranged);
        }

        var plan = new RequestPlan { Method = method, Url = url, Body = body, ContentType = contentType };
        if (method is "PATCH" or "DELETE" && random.NextDouble() < 0.2)
        {
            plan.Headers["If-Match"] = Pick(random, IfMatchValues);
        }

        if (method == "GET" && random.NextDouble() < 0.1)
        {
            plan.Headers["If-None-Match"] = Pick(random, IfMatchValues);
        }

        return plan;
    }

    private static string BuildQuery(Random random, Operation operation, Arranged arranged)
    {
        var pairs = new List<string>();
        foreach (var parameter in operation.Query)
        {
            if (random.NextDouble() < 0.25)
            {
                var value = QueryValue(random, parameter, arranged);
                pairs.Add($"{parameter.Name}={Encode(random, value)}");
                if (random.NextDouble() < 0.1)
                {
                    pairs.Add($"{parameter.Name}={Encode(random, QueryValue(random, parameter, arranged))}"); // repeated key
                }
            }
        }

        if (operation.Query.Count == 0 && random.NextDouble() < 0.2)
        {
            pairs.Add($"page={Encode(random, Pick(random, ["1", "0", "abc"]))}"); // a parameter the operation does not take
        }

        switch (random.NextDouble())
        {
            case < 0.08:
                pairs.Add($"{Encode(random, Pick(random, UnknownQueryKeys))}={Encode(random, Pick(random, InjectionStrings))}");
                break;
            case < 0.12:
                pairs.Add(Pick(random, ["", "&", "&&", "=", "=x", "page", "page=", "%", "%zz=1", "a=%zz", "+=+", "sort&sort", "%00=%00"]));
                break;
            case < 0.14:
                pairs.Add(string.Join('&', Enumerable.Range(0, 200).Select(i => $"k{i}={i}"))); // many keys
                break;
            default:
                break;
        }

        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(pairs));
        return string.Join('&', pairs);
    }

    private static string QueryValue(Random random, QueryParameter parameter, Arranged arranged)
    {
        if (random.NextDouble() < 0.35)
        {
            return random.NextDouble() < 0.5 ? Pick(random, InjectionStrings) : Pick(random, WeirdStrings);
        }

        return parameter.Type switch
        {
            "integer" => random.NextDouble() switch
            {
                < 0.4 => Pick(random, [arranged.MovieId, arranged.ActorId, arranged.RoleId, arranged.SecretMovieId, arranged.SecretRoleId, 1, 10, 30, 100]).ToString(CultureInfo.InvariantCulture),
                < 0.8 => Pick(random, HostileNumberTokens),
                _ => random.Next(-1000, 1000).ToString(CultureInfo.InvariantCulture),
            },
            "boolean" => Pick(random, ["true", "false", "True", "FALSE", "1", "0", "yes", ""]),
            _ when parameter.Format == "date" => Pick(random, ["2019-03-22", "2019-3-22", "1888-01-01", "2100-12-31", "0001-01-01", "9999-12-31", "2020-02-30", "2019-03-22T10:00:00Z", "yesterday"]),
            _ => parameter.Name switch
            {
                "sort" => Pick(random, ["id", "-id", "title", "-release_date,title", "name,-age", "height", "min_age,-max_age", "company", "-", ",", "id,id", "unknown", "Title", "-name;", new string('a', 5000)]),
                "gender" => Pick(random, ["female", "male", "non-binary", "any", "Female", "NON-BINARY", "other"]),
                "ethnicity" => Pick(random, ["asian", "middle eastern", "Middle Eastern", "martian"]),
                "hair_color" or "eye_color" => Pick(random, ["brown", "gray", "Blue", "plaid"]),
                "body_type" => Pick(random, ["athletic", "plus-sized", "PLUS-SIZED", "round"]),
                _ => Pick(random, ["Fuzz Harbor", "Ada Fuzz", "ada@fuzz.test", "Lisbon", "Keeper", "harbor", "a", new string('x', 5000)]),
            },
        };
    }

    /// <summary>Percent-encodes a value, or now and then sends it raw (letting the client do what it will).</summary>
    private static string Encode(Random random, string value) =>
        random.NextDouble() < 0.15 ? value.Replace("&", "%26", StringComparison.Ordinal).Replace("#", "%23", StringComparison.Ordinal) : Uri.EscapeDataString(value);

    private static (byte[] Body, string? ContentType) BuildBody(Random random, IReadOnlyList<BodyProperty> properties, Arranged arranged)
    {
        var roll = random.NextDouble();
        if (roll < 0.45)
        {
            return (Encoding.UTF8.GetBytes(SchemaObject(random, properties, arranged)), "application/json");
        }

        if (roll < 0.70)
        {
            return (Encoding.UTF8.GetBytes(HostileDocument(random, properties)), "application/json");
        }

        if (roll < 0.80)
        {
            // Invalid UTF-8 inside an otherwise plausible document.
            var text = SchemaObject(random, properties, arranged);
            var bytes = Encoding.UTF8.GetBytes(text).ToList();
            var at = Math.Max(0, text.IndexOf('"', 1) + 1);
            bytes.InsertRange(Math.Min(at, bytes.Count), Pick(random, new[] { new byte[] { 0xFF }, [0xC3, 0x28], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC0, 0xAF] }));
            return (bytes.ToArray(), "application/json");
        }

        if (roll < 0.92)
        {
            // Right body, wrong or missing media type.
            var contentType = random.NextDouble() < 0.2 ? null : Pick(random, ContentTypes);
            return (Encoding.UTF8.GetBytes(SchemaObject(random, properties, arranged)), contentType);
        }

        if (roll < 0.96)
        {
            // One overlong string value.
            var name = properties.Count > 0 ? Pick(random, properties).Name : "title";
            var length = Pick(random, [5001, 20_000, 70_000]);
            return (Encoding.UTF8.GetBytes($"{{\"{name}\":\"{new string('é', length)}\"}}"), "application/json");
        }

        // Over the 1 MiB limit.
        return (Encoding.UTF8.GetBytes($"{{\"description\":\"{new string('x', (1024 * 1024) + 1024)}\"}}"), "application/json");
    }

    /// <summary>An object built from the schema's properties, each value plausible or hostile, with extras.</summary>
    private static string SchemaObject(Random random, IReadOnlyList<BodyProperty> properties, Arranged arranged)
    {
        var members = new List<string>();
        foreach (var property in properties)
        {
            if (random.NextDouble() < 0.6)
            {
                members.Add($"{JsonSerializer.Serialize(property.Name)}:{Value(random, property, arranged)}");
                if (random.NextDouble() < 0.05)
                {
                    members.Add($"{JsonSerializer.Serialize(property.Name)}:{Value(random, property, arranged)}"); // duplicate key
                }
            }
        }

        if (random.NextDouble() < 0.1)
        {
            var name = Pick(random, ["id", "version", "created_at", "Title", "__proto__", "success", "unknown", "cast", "movies", "\u0000", ""]);
            members.Add($"{JsonSerializer.Serialize(name)}:{Pick(random, [.. WrongTypeTokens, "1"])}"); // unknown or read-only field
        }

        if (random.NextDouble() < 0.05 && properties.Count > 0)
        {
            members.Add($"{JsonSerializer.Serialize(Pick(random, properties).Name.ToUpperInvariant())}:1"); // case variant
        }

        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(members));
        return "{" + string.Join(",", members) + "}";
    }

    private static string Value(Random random, BodyProperty property, Arranged arranged)
    {
        var roll = random.NextDouble();
        if (roll < 0.08)
        {
            return "null";
        }

        if (roll < 0.16)
        {
            return Pick(random, WrongTypeTokens);
        }

        if (roll < 0.2)
        {
            return Pick(random, InvalidJsonTokens);
        }

        var plausible = roll < 0.6;
        return property.Type switch
        {
            "integer" => plausible
                ? (property.Name switch
                {
                    "movie_id" => Pick(random, [arranged.MovieId, arranged.SecretMovieId, arranged.MovieId + 1000]),
                    "actor_id" => Pick(random, [arranged.ActorId, arranged.ActorId + 1000]),
                    "height" => random.Next(20, 310),
                    _ => random.Next(-5, 130),
                }).ToString(CultureInfo.InvariantCulture)
                : Pick(random, HostileNumberTokens),
            "boolean" => plausible ? Pick(random, ["true", "false"]) : Pick(random, ["\"true\"", "1", "0", "\"yes\""]),
            _ => JsonSerializer.Serialize(plausible ? PlausibleString(random, property.Name) : HostileString(random)),
        };
    }

    private static string PlausibleString(Random random, string name) => name switch
    {
        "release_date" => Pick(random, ["2016-10-21", "2016-1-2", "2016-10-21T23:00:00Z", "1888-01-01", "2100-12-31", "1887-12-31", "2101-01-01", "2016-02-30", "21-10-2016"]),
        "gender" => Pick(random, ["female", "male", "non-binary", "any", "Female", "NON-BINARY", "other"]),
        "ethnicity" => Pick(random, ["asian", "middle eastern", "South Asian", "martian"]),
        "hair_color" => Pick(random, ["black", "blond", "Gray", "plaid"]),
        "eye_color" => Pick(random, ["amber", "violet", "Hazel", "plaid"]),
        "body_type" => Pick(random, ["average", "plus-sized", "Curvy", "round"]),
        "image_link" => Pick(random, ["https://example.com/a.png", "http://x", "ftp://example.com/a", "javascript:alert(1)", "//example.com", "not a url"]),
        "phone" => Pick(random, ["+1 (555) 010-0100", "555", "abc", "+" + new string('1', 40)]),
        "email" => Pick(random, ["ada@fuzz.test", "ADA@FUZZ.TEST", "new@fuzz.test", "no-at-sign", "a@b", new string('a', 250) + "@b.co"]),
        _ => Pick(random, ["Fuzz Harbor", "Wild Pages", "  padded  ", "Keeper", "Ada Fuzz", "x", new string('t', 200), new string('t', 201)])
            + (random.NextDouble() < 0.5 ? " " + random.Next(1_000_000).ToString(CultureInfo.InvariantCulture) : string.Empty),
    };

    private static string HostileString(Random random) => random.NextDouble() switch
    {
        < 0.4 => Pick(random, InjectionStrings),
        < 0.85 => Pick(random, WeirdStrings),
        _ => new string(Pick(random, ['a', 'é', '\u0000', "🎬"[0]]), Pick(random, [201, 4001, 5000, 9000])),
    };

    /// <summary>Whole documents that no schema allows.</summary>
    private static string HostileDocument(Random random, IReadOnlyList<BodyProperty> properties)
    {
        var name = properties.Count > 0 ? Pick(random, properties).Name : "title";
        return random.Next(24) switch
        {
            0 => string.Empty,
            1 => "null",
            2 => "[]",
            3 => "{}",
            4 => "\"x\"",
            5 => Pick(random, HostileNumberTokens),
            6 => "{",
            7 => $"{{\"{name}\":",
            8 => new string('[', 10_000) + new string(']', 10_000),
            9 => string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000),
            10 => string.Concat(Enumerable.Repeat($"{{\"{name}\":", 17)) + "1" + new string('}', 17),
            11 => $"{{\"{name}\":1,\"{name}\":2}}",
            12 => $"{{\"{name}\":\"a\",}}",
            13 => $"{{/* comment */\"{name}\":\"a\"}}",
            14 => "\ufeff{}",
            15 => $"{{'{name}':'a'}}",
            16 => $"{{\"{name}\":\"a\"}}{{\"{name}\":\"b\"}}",
            17 => $"{{\"{name}\":\"a\u0000b\"}}", // raw NUL inside a string: invalid JSON
            18 => $"{{\"{name}\":\"\\ud800\"}}",
            19 => $"{{\"{name}\":[[[[[[[[[[1]]]]]]]]]]}}",
            20 => $"{{\"{name}\":{{\"{name}\":{{\"{name}\":1}}}}}}",
            21 => "[" + string.Join(',', Enumerable.Repeat("{}", 5000)) + "]",
            22 => $"{{\"{name}\":\"{new string('\\', 1)}\"}}",
            _ => string.Join(",", Enumerable.Repeat($"{{\"{name}\":null}}", 3)),
        };
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
