using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CastingAgency.Application.Common.Idempotency;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.Infrastructure.Idempotency;
using CastingAgency.Infrastructure.Persistence;
using CastingAgency.IntegrationTests.Infrastructure;
using CastingAgency.IntegrationTests.Security;
using CastingAgency.WebApi.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Testing = CastingAgency.IntegrationTests.Testing;

namespace CastingAgency.IntegrationTests.Idempotency;

/// <summary>
/// docs/api.md §8, Idempotency-Key: the same key from the same caller with the same request gets the first response
/// again and nothing is written twice; a different request under the key is 422; a repeat while the first runs is
/// 409. Every test checks the answers and the database (the records table and the resources).
/// </summary>
public sealed class IdempotencyTests : IntegrationTestBase
{
    private const string ActorJson = """{"name":"Lena Park","age":31,"gender":"female","location":"Seoul"}""";
    private const string OtherActorJson = """{"name":"Lena Park","age":32,"gender":"female","location":"Seoul"}""";
    private const string Unprocessable = "The request was well-formed but was unable to be followed due to semantic errors";

    private readonly CapturingLoggerProvider _logs = new();
    private WebApplicationFactory<Program> _factory = null!;

    [OneTimeSetUp]
    public void StartFactory()
    {
        // The suite's API with every log record captured (EF's included), so a handled race can be shown to log no error.
        _factory = Testing.Factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Logging:LogLevel:Default", "Information");
            builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Warning");
            builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(_logs));
        });
        _ = _factory.Server;
    }

    [OneTimeTearDown]
    public async Task StopFactory() => await _factory.DisposeAsync();

    private HttpClient Client(string[] permissions, string subject)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(permissions, subject));
        return client;
    }

    private HttpClient Director() => Client(TestTokens.Director, "test|director");

    private HttpClient Producer() => Client(TestTokens.Producer, "test|producer");

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string json, params string[] keys)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = RawJson(json) };
        foreach (var key in keys)
        {
            request.Headers.TryAddWithoutValidation(IdempotencyKeys.HeaderName, key);
        }

        return await client.SendAsync(request);
    }

    private static Task<List<IdempotencyRecord>> RecordsAsync() =>
        ExecuteDbContextAsync(context => context.Set<IdempotencyRecord>().AsNoTracking().OrderBy(r => r.Id).ToListAsync());

    private static string Fingerprint(string path, string json) =>
        IdempotencyKeys.Fingerprint("POST", path, Encoding.UTF8.GetBytes(json));

    // ---------------------------------------------------------------- replay

    [Test]
    public async Task RepeatShouldReplayTheFirstStatusBodyLocationAndETagAndWriteOnce()
    {
        var client = Director();

        var first = await PostAsync(client, "/actors", ActorJson, "create-lena-1");
        var firstBody = await first.Content.ReadAsStringAsync();
        var second = await PostAsync(client, "/actors", ActorJson, "create-lena-1");
        var secondBody = await second.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created), firstBody);
            Assert.That(first.Headers.Contains(IdempotencyKeys.ReplayedHeaderName), Is.False, "the first answer is not a replay");
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Created), secondBody);
            Assert.That(secondBody, Is.EqualTo(firstBody), "the same body, byte for byte");
            Assert.That(second.Headers.Location, Is.EqualTo(first.Headers.Location).And.Not.Null);
            Assert.That(second.Headers.ETag?.ToString(), Is.EqualTo(first.Headers.ETag?.ToString()).And.Not.Null);
            Assert.That(second.Content.Headers.ContentType?.ToString(), Is.EqualTo(first.Content.Headers.ContentType?.ToString()));
            Assert.That(second.Headers.GetValues(IdempotencyKeys.ReplayedHeaderName), Is.EqualTo(new[] { "true" }));
        });
        Assert.That(await CountAsync<Actor>(), Is.EqualTo(1), "written once");
        var records = await RecordsAsync();
        Assert.That(records, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(records[0].State, Is.EqualTo(IdempotencyState.Completed));
            Assert.That(records[0].Caller, Is.EqualTo("test|director"));
            Assert.That(records[0].IdempotencyKey, Is.EqualTo("create-lena-1"));
            Assert.That(records[0].ResponseStatus, Is.EqualTo(201));
            Assert.That(records[0].ExpiresAt, Is.EqualTo(records[0].CreatedAt.AddHours(24)).Within(TimeSpan.FromSeconds(1)));
        });
    }

    [Test]
    public async Task RepeatShouldReplayOnEveryPostEndpoint()
    {
        var client = Producer();
        var movieJson = """{"title":"Paper Crowns","release_date":"2018-11-02"}""";
        var movie = await PostAsync(client, "/movies", movieJson, "movie-1");
        Assert.That(movie.StatusCode, Is.EqualTo(HttpStatusCode.Created), await movie.Content.ReadAsStringAsync());
        var movieId = (await ReadJsonAsync(movie))["created"]!.GetValue<int>();
        var roleJson = $$"""{"movie_id":{{movieId}},"name":"Keeper","gender":"female","min_age":25,"max_age":35}""";
        var role = await PostAsync(client, "/roles", roleJson, "role-1");
        Assert.That(role.StatusCode, Is.EqualTo(HttpStatusCode.Created), await role.Content.ReadAsStringAsync());

        var movieAgain = await PostAsync(client, "/movies", movieJson, "movie-1");
        var roleAgain = await PostAsync(client, "/roles", roleJson, "role-1");

        Assert.Multiple(async () =>
        {
            Assert.That(movieAgain.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(roleAgain.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(movieAgain.Headers.Contains(IdempotencyKeys.ReplayedHeaderName), Is.True);
            Assert.That(roleAgain.Headers.Location, Is.EqualTo(role.Headers.Location));
            Assert.That(await CountAsync<Movie>(), Is.EqualTo(1), "no duplicate-title 409: the repeat is a replay");
            Assert.That(await CountAsync<Role>(), Is.EqualTo(1));
            Assert.That(await CountAsync<IdempotencyRecord>(), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task WithoutTheHeaderPostShouldBehaveAsBefore()
    {
        var client = Director();

        var first = await PostAsync(client, "/actors", ActorJson);
        var second = await PostAsync(client, "/actors", ActorJson);

        Assert.Multiple(async () =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(second.Headers.Location, Is.Not.EqualTo(first.Headers.Location));
            Assert.That(second.Headers.Contains(IdempotencyKeys.ReplayedHeaderName), Is.False);
            Assert.That(await CountAsync<Actor>(), Is.EqualTo(2));
            Assert.That(await CountAsync<IdempotencyRecord>(), Is.EqualTo(0));
        });
    }

    // ---------------------------------------------------------------- refusals

    [Test]
    public async Task SameKeyWithADifferentBodyShouldBe422NamingTheHeaderAndWriteNothing()
    {
        var client = Director();
        var first = await PostAsync(client, "/actors", ActorJson, "k-1");
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));

        var other = await PostAsync(client, "/actors", OtherActorJson, "k-1");

        var problem = await AssertProblemAsync(other, 422, Unprocessable);
        Assert.That(problem["errors"]?[IdempotencyKeys.HeaderName]?[0]?.GetValue<string>(), Does.Contain("different request"));
        Assert.That(await CountAsync<Actor>(), Is.EqualTo(1));
        Assert.That((await RecordsAsync()).Single().Fingerprint, Is.EqualTo(Fingerprint("/actors", ActorJson)), "the first request keeps the key");
    }

    [Test]
    public async Task SameKeyOnAnotherPathShouldBe422()
    {
        var client = Producer();
        var first = await PostAsync(client, "/actors", ActorJson, "k-path");
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));

        var other = await PostAsync(client, "/movies", """{"title":"Paper Crowns","release_date":"2018-11-02"}""", "k-path");

        await AssertProblemAsync(other, 422, Unprocessable);
        Assert.That(await CountAsync<Movie>(), Is.EqualTo(0));
    }

    [Test]
    public async Task KeysShouldBelongToTheirCaller()
    {
        var first = await PostAsync(Director(), "/actors", ActorJson, "shared-key");
        var second = await PostAsync(Producer(), "/actors", ActorJson, "shared-key");

        Assert.Multiple(async () =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(second.Headers.Contains(IdempotencyKeys.ReplayedHeaderName), Is.False, "another caller's key is another key");
            Assert.That(second.Headers.Location, Is.Not.EqualTo(first.Headers.Location));
            Assert.That(await CountAsync<Actor>(), Is.EqualTo(2));
        });
        Assert.That((await RecordsAsync()).Select(r => r.Caller), Is.EquivalentTo(new[] { "test|director", "test|producer" }));
    }

    // (An empty value never reaches the app through the test server; IdempotencyKeysTests covers it.)
    [TestCase("    ")]
    [TestCase("tab\tinside")]
    [TestCase("naïve")]
    [TestCase("0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789"
        + "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789"
        + "01234567890123456789012345678901234567890123456789012345")] // 256
    public async Task MalformedKeyShouldBe400NamingTheHeaderAndWriteNothing(string key)
    {
        var response = await PostAsync(Director(), "/actors", ActorJson, key);

        var problem = await AssertProblemAsync(response, 400, "The server cannot process the request");
        Assert.That(problem["errors"]?[IdempotencyKeys.HeaderName], Is.Not.Null, problem.ToJsonString());
        Assert.That(await CountAsync<Actor>(), Is.EqualTo(0));
        Assert.That(await CountAsync<IdempotencyRecord>(), Is.EqualTo(0));
    }

    [Test]
    public async Task KeyGivenTwiceShouldBe400()
    {
        var response = await PostAsync(Director(), "/actors", ActorJson, "a", "b");

        await AssertProblemAsync(response, 400);
        Assert.That(await CountAsync<Actor>(), Is.EqualTo(0));
    }

    [Test]
    public async Task LongestKeyWithSpacesShouldBeAccepted()
    {
        var key = "order 42 / " + new string('~', IdempotencyKeys.MaxLength - 11);
        var response = await PostAsync(Director(), "/actors", ActorJson, key);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        Assert.That((await RecordsAsync()).Single().IdempotencyKey, Is.EqualTo(key));
    }

    [Test]
    public async Task WithoutPermissionTheKeyShouldNotMatter()
    {
        var response = await PostAsync(Client(TestTokens.Assistant, "test|assistant"), "/actors", ActorJson, "\tnot a key");

        await AssertProblemAsync(response, 403, "Permission not found in JWT");
        Assert.That(await CountAsync<IdempotencyRecord>(), Is.EqualTo(0));
    }

    // ---------------------------------------------------------------- failures are not stored

    [Test]
    public async Task FailedPostShouldReleaseTheKeySoACorrectedRetryRuns()
    {
        var client = Director();
        var invalid = await PostAsync(client, "/actors", """{"name":"Lena Park","age":-3,"gender":"female"}""", "retry-me");
        await AssertProblemAsync(invalid, 422, Unprocessable);
        Assert.That(await CountAsync<IdempotencyRecord>(), Is.EqualTo(0), "a failure is not stored");
        Assert.That(await CountAsync<Actor>(), Is.EqualTo(0));

        var corrected = await PostAsync(client, "/actors", ActorJson, "retry-me");

        Assert.That(corrected.StatusCode, Is.EqualTo(HttpStatusCode.Created), await corrected.Content.ReadAsStringAsync());
        Assert.That(corrected.Headers.Contains(IdempotencyKeys.ReplayedHeaderName), Is.False);
        Assert.That(await CountAsync<Actor>(), Is.EqualTo(1));
        Assert.That((await RecordsAsync()).Single().State, Is.EqualTo(IdempotencyState.Completed));
    }

    [Test]
    public async Task ErrorResponseWrittenByMvcShouldPassThroughUnchangedAndReleaseTheKey()
    {
        // A 400 that MVC writes itself (no exception): the buffered problem reaches the client as written.
        var response = await PostAsync(Director(), "/actors", """{"name":"Lena Park","age":31,"gender":"female",}""", "bad-json");

        await AssertProblemAsync(response, 400, "The server cannot process the request");
        Assert.That(response.Headers.Contains(IdempotencyKeys.ReplayedHeaderName), Is.False);
        Assert.That(await CountAsync<IdempotencyRecord>(), Is.EqualTo(0));
        Assert.That(await CountAsync<Actor>(), Is.EqualTo(0));
    }

    [Test]
    public async Task ConflictInsideTheTransactionShouldRollBackAndReleaseTheKey()
    {
        var client = Director();
        await InsertAsync(new Actor("Taken", 40, Gender.Male, null, email: "lena@example.com"));
        var json = """{"name":"Lena Park","age":31,"gender":"female","email":"LENA@example.com"}""";

        var conflict = await PostAsync(client, "/actors", json, "dup-email");

        await AssertProblemAsync(conflict, 409, "Conflict");
        Assert.That(await CountAsync<Actor>(), Is.EqualTo(1));
        Assert.That(await CountAsync<IdempotencyRecord>(), Is.EqualTo(0));
        var retry = await PostAsync(client, "/actors", json.Replace("LENA@", "lena.park@", StringComparison.Ordinal), "dup-email");
        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.Created), await retry.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task HandledUniqueViolationShouldKeepTheTransactionUsable()
    {
        // What the design relies on (PostgreSQL especially, where a failed statement aborts the transaction):
        // SaveChanges inside the request's transaction uses a savepoint, so after a refused write the same
        // transaction can still write and complete the record.
        await InsertAsync(new Actor("Taken", 40, Gender.Male, null, email: "taken@example.com"));
        await using var scope = _factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IIdempotencyStore>();
        var context = scope.ServiceProvider.GetRequiredService<CastingAgencyDbContext>();
        var request = new IdempotencyRequest("test|store", "savepoint", new string('a', 64));
        var claim = await store.ClaimAsync(request, CancellationToken.None);
        Assert.That(claim.Outcome, Is.EqualTo(IdempotencyClaimOutcome.Claimed));

        var outcome = await store.ExecuteAsync(
            claim.Claim!,
            async ct =>
            {
                context.Add(new Actor("Dup", 30, Gender.Female, null, email: "TAKEN@example.com"));
                Assert.That(DatabaseErrors.Classify(Assert.CatchAsync(() => context.SaveChangesAsync(ct))), Is.EqualTo(DatabaseErrorKind.UniqueViolation));
                context.ChangeTracker.Clear();
                context.Add(new Actor("Fine", 30, Gender.Female, null, email: "fine@example.com"));
                await context.SaveChangesAsync(ct);
                return new StoredResponse(201, "{}"u8.ToArray(), "application/json", "/actors/1", "\"1\"");
            },
            CancellationToken.None);

        Assert.That(outcome, Is.EqualTo(IdempotencyExecution.Completed));
        Assert.That(await CountAsync<Actor>(), Is.EqualTo(2));
        Assert.That((await RecordsAsync()).Single().State, Is.EqualTo(IdempotencyState.Completed));
    }

    // ---------------------------------------------------------------- concurrency

    [TestCase(2)]
    [TestCase(8)]
    public async Task ParallelPostsWithOneKeyShouldWriteOnce(int parallel)
    {
        var clients = Enumerable.Range(0, parallel).Select(_ => Director()).ToList();
        var before = _logs.Records.Count;

        var responses = await Task.WhenAll(clients.Select(c => PostAsync(c, "/actors", ActorJson, "parallel-key")));

        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        TestContext.Out.WriteLine($"answers: {string.Join(", ", responses.Select(r => $"{(int)r.StatusCode}{(r.Headers.Contains(IdempotencyKeys.ReplayedHeaderName) ? " replayed" : string.Empty)}"))}");
        Assert.That(statuses, Is.All.AnyOf(201, 409), string.Join(",", statuses));
        var created = responses.Where(r => r.StatusCode == HttpStatusCode.Created).ToList();
        Assert.That(created, Is.Not.Empty);
        Assert.That(created.Select(r => r.Headers.Location).Distinct().Count(), Is.EqualTo(1), "every 201 names the one actor");
        Assert.That(created.Count(r => !r.Headers.Contains(IdempotencyKeys.ReplayedHeaderName)), Is.EqualTo(1), "one ran, the others replayed");
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            var problem = await AssertProblemAsync(refused, 409, "Conflict");
            Assert.That(problem["detail"]!.GetValue<string>(), Is.EqualTo(IdempotencyMiddleware.InProgressDetail));
            Assert.That(refused.Headers.RetryAfter, Is.Not.Null);
        }

        var rows = await ExecuteDbContextAsync(context => context.Database
            .SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM idempotency_records").SingleAsync());
        Assert.That(rows, Is.EqualTo(1), "one row in the table");
        Assert.That(await CountAsync<Actor>(), Is.EqualTo(1));
        var errors = _logs.Records.Skip(before)
            .Where(r => r.Level >= LogLevel.Error
                || (r.Level >= LogLevel.Warning && r.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)))
            .Select(r => r.AllText)
            .ToList();
        Assert.That(errors, Is.Empty, "the handled race logs no error (no SQL, no EF exception)");
    }

    [Test]
    public async Task RepeatWhileTheFirstHoldsALiveClaimShouldBe409AndWriteNothing()
    {
        await InsertRecordAsync("busy", Fingerprint("/actors", ActorJson), lockedFor: TimeSpan.FromSeconds(30));

        var response = await PostAsync(Director(), "/actors", ActorJson, "busy");

        var problem = await AssertProblemAsync(response, 409, "Conflict");
        Assert.That(problem["detail"]!.GetValue<string>(), Is.EqualTo(IdempotencyMiddleware.InProgressDetail));
        Assert.That(problem["errors"]?[IdempotencyKeys.HeaderName], Is.Not.Null);
        Assert.That(await CountAsync<Actor>(), Is.EqualTo(0));
        Assert.That((await RecordsAsync()).Single().ClaimToken, Is.EqualTo("abandoned0000000000000000000000"), "the claim is left alone");
    }

    [Test]
    public async Task AbandonedClaimWithAnExpiredLeaseShouldBeTakenOverAndRunOnce()
    {
        // What kill -9 during a write leaves: the claim, committed on its own; the write, rolled back with its transaction.
        await InsertRecordAsync("crashed", Fingerprint("/actors", ActorJson), lockedFor: TimeSpan.FromSeconds(-1));

        var response = await PostAsync(Director(), "/actors", ActorJson, "crashed");
        var again = await PostAsync(Director(), "/actors", ActorJson, "crashed");

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
            Assert.That(response.Headers.Contains(IdempotencyKeys.ReplayedHeaderName), Is.False);
            Assert.That(again.Headers.Contains(IdempotencyKeys.ReplayedHeaderName), Is.True);
            Assert.That(again.Headers.Location, Is.EqualTo(response.Headers.Location));
            Assert.That(await CountAsync<Actor>(), Is.EqualTo(1));
        });
        var record = (await RecordsAsync()).Single();
        Assert.That(record.State, Is.EqualTo(IdempotencyState.Completed));
        Assert.That(record.ClaimToken, Is.Not.EqualTo("abandoned0000000000000000000000"));
    }

    // ---------------------------------------------------------------- expiry and clean-up

    [Test]
    public async Task ExpiredRecordShouldCountAsAbsent()
    {
        var client = Director();
        var first = await PostAsync(client, "/actors", ActorJson, "old-key");
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        await ExecuteDbContextAsync(context => context.Set<IdempotencyRecord>()
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));

        var second = await PostAsync(client, "/actors", OtherActorJson, "old-key");

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Created), "after 24 h the key is new: no 422, no replay");
        Assert.That(second.Headers.Contains(IdempotencyKeys.ReplayedHeaderName), Is.False);
        Assert.That(await CountAsync<Actor>(), Is.EqualTo(2));
        var record = (await RecordsAsync()).Single();
        Assert.That(record.Fingerprint, Is.EqualTo(Fingerprint("/actors", OtherActorJson)));
        Assert.That(record.ExpiresAt, Is.GreaterThan(DateTime.UtcNow.AddHours(23)));
    }

    [Test]
    public async Task CleanupShouldDeleteExpiredRecordsOnly()
    {
        await InsertRecordAsync("expired-1", new string('1', 64), lockedFor: TimeSpan.FromHours(-25), expiresIn: TimeSpan.FromHours(-1));
        await InsertRecordAsync("expired-2", new string('2', 64), lockedFor: TimeSpan.FromHours(-25), expiresIn: TimeSpan.FromSeconds(-1));
        await InsertRecordAsync("live", new string('3', 64), lockedFor: TimeSpan.FromSeconds(30));
        var cleanup = _factory.Services.GetRequiredService<IdempotencyCleanupService>();

        var deleted = await cleanup.CleanupOnceAsync(CancellationToken.None);

        Assert.That(deleted, Is.EqualTo(2));
        Assert.That((await RecordsAsync()).Select(r => r.IdempotencyKey), Is.EqualTo(new[] { "live" }));
    }

    private static Task InsertRecordAsync(string key, string fingerprint, TimeSpan lockedFor, TimeSpan? expiresIn = null)
    {
        var now = DateTime.UtcNow;
        return InsertAsync(new IdempotencyRecord
        {
            Caller = "test|director",
            IdempotencyKey = key,
            Fingerprint = fingerprint,
            State = IdempotencyState.InProgress,
            ClaimToken = "abandoned0000000000000000000000",
            LockedUntil = now + lockedFor,
            CreatedAt = now.AddMinutes(-5),
            ExpiresAt = now + (expiresIn ?? TimeSpan.FromHours(24)),
        });
    }
}
