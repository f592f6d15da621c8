using System.Data.Common;
using System.Net;
using System.Text.Json.Nodes;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.Infrastructure.Persistence;
using CastingAgency.IntegrationTests.Pipeline;
using CastingAgency.WebApi.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CastingAgency.IntegrationTests.Audit;

/// <summary>
/// docs/api.md, "Audit trail" (contract §12): each change a request makes writes exactly one record, in the same
/// transaction, with the fields that changed (contact values masked), the changes rules make on the side and the rows a
/// delete cascades to included; a request that changed nothing writes none.
/// </summary>
public sealed class AuditTrailTests : PipelineTestBase
{
    private const string Producer = "test|producer";

    /// <summary>Every stored record, whichever production it belongs to (a deleted movie's included).</summary>
    private static Task<List<AuditRecord>> RecordsAsync() =>
        ExecuteDbContextAsync(context => context.Set<AuditRecord>().IgnoreQueryFilters().AsNoTracking().OrderBy(r => r.Id).ToListAsync());

    private static JsonObject Changes(AuditRecord record) => JsonNode.Parse(record.Changes)!.AsObject();

    private static string Pair(JsonObject changes, string field) => changes[field]!.ToJsonString();

    private static async Task<HttpResponseMessage> OkAsync(Task<HttpResponseMessage> send, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await send;
        Assert.That(response.StatusCode, Is.EqualTo(expected), await response.Content.ReadAsStringAsync());
        return response;
    }

    [Test]
    public async Task ShouldRecordCreateUpdateAndDeleteOfAMovieWithTheFieldsThatChanged()
    {
        var client = AsProducer();
        var created = await OkAsync(PostJsonAsync(client, "/movies", new { title = "Night Shift", release_date = "2030-01-02", company = "Lumen" }), HttpStatusCode.Created);
        var id = (await ReadJsonAsync(created))["created"]!.GetValue<int>();
        await OkAsync(PatchJsonAsync(client, $"/movies/{id}", new { title = "Day Shift" }));
        await OkAsync(client.DeleteAsync($"/movies/{id}"));

        var records = await RecordsAsync();
        Assert.That(records.Select(r => (r.Action, r.Resource, r.ResourceId, r.MovieId, r.By)), Is.EqualTo(new[]
        {
            (AuditAction.Create, "movies", id, (int?)id, Producer),
            (AuditAction.Update, "movies", id, (int?)id, Producer),
            (AuditAction.Delete, "movies", id, (int?)id, Producer),
        }));
        var (create, update, delete) = (Changes(records[0]), Changes(records[1]), Changes(records[2]));
        Assert.Multiple(() =>
        {
            Assert.That(create.Select(p => p.Key), Is.EquivalentTo(new[] { "title", "release_date", "company", "confidential" }), "null stays unlisted; no ids or timestamps");
            Assert.That(Pair(create, "confidential"), Is.EqualTo("[null,false]"));
            Assert.That(Pair(create, "title"), Is.EqualTo("""[null,"Night Shift"]"""));
            Assert.That(Pair(create, "release_date"), Is.EqualTo("""[null,"2030-01-02"]"""));
            Assert.That(update.Select(p => p.Key), Is.EqualTo(new[] { "title" }), "only what changed");
            Assert.That(Pair(update, "title"), Is.EqualTo("""["Night Shift","Day Shift"]"""));
            Assert.That(Pair(delete, "title"), Is.EqualTo("""["Day Shift",null]"""));
            Assert.That(Pair(delete, "company"), Is.EqualTo("""["Lumen",null]"""));
            Assert.That(records.Select(r => r.At), Is.Ordered);
        });
    }

    [Test]
    public async Task ShouldNeverStoreAPhoneOrEmailValueButKeepTheirNulls()
    {
        var client = AsProducer();
        var created = await OkAsync(PostJsonAsync(client, "/actors", new { name = "Ann", age = 30, gender = "female", phone = "+1 555 0100", email = "ann@example.com" }), HttpStatusCode.Created);
        var id = (await ReadJsonAsync(created))["created"]!.GetValue<int>();
        await OkAsync(PatchJsonAsync(client, $"/actors/{id}", new { phone = "+1 555 0199" }));
        await OkAsync(SendAsync(client, "PATCH", $"/actors/{id}", """{"email": null}"""));

        var records = await RecordsAsync();
        Assert.That(records.Select(r => (r.Action, r.Resource, r.ResourceId, r.MovieId)), Is.EqualTo(new[]
        {
            (AuditAction.Create, "actors", id, (int?)null),
            (AuditAction.Update, "actors", id, (int?)null),
            (AuditAction.Update, "actors", id, (int?)null),
        }));
        Assert.Multiple(() =>
        {
            Assert.That(Pair(Changes(records[0]), "phone"), Is.EqualTo("""[null,"***"]"""));
            Assert.That(Pair(Changes(records[0]), "email"), Is.EqualTo("""[null,"***"]"""));
            Assert.That(Pair(Changes(records[0]), "gender"), Is.EqualTo("""[null,"female"]"""), "enums by their wire names");
            Assert.That(Changes(records[1]).Select(p => p.Key), Is.EqualTo(new[] { "phone" }));
            Assert.That(Pair(Changes(records[1]), "phone"), Is.EqualTo("""["***","***"]"""));
            Assert.That(Changes(records[2]).Select(p => p.Key), Is.EqualTo(new[] { "email" }));
            Assert.That(Pair(Changes(records[2]), "email"), Is.EqualTo("""["***",null]"""));
            foreach (var record in records)
            {
                Assert.That(record.Changes, Does.Not.Contain("555").And.Not.Contain("example.com"), "no contact value is stored");
            }
        });
    }

    [Test]
    public async Task ShouldRecordRolesAndThePipelineWithTheChangesACastMakesOnTheSide()
    {
        var movie = await MovieAsync();
        var client = AsProducer();
        var ann = await ActorAsync("Ann");
        var bea = await ActorAsync("Bea");
        var role = (await ReadJsonAsync(await OkAsync(PostJsonAsync(client, "/roles", new { movie_id = movie, name = "Lead", gender = "any", min_age = 20, max_age = 40 }), HttpStatusCode.Created)))["created"]!.GetValue<int>();
        var first = await ShortlistAsync(role, ann);
        var second = await ShortlistAsync(role, bea);
        var appointment = await BookedAsync(first, "09:00", "10:00");
        await MoveAsync(first, "offered");
        var before = (await RecordsAsync()).Count;

        await MoveAsync(first, "cast");

        var records = await RecordsAsync();
        Assert.That(before, Is.EqualTo(5), "role, two entries, an appointment, the offer");
        var cast = records.Skip(before).ToList();
        Assert.That(cast.Select(r => (r.Action, r.Resource, r.ResourceId)), Is.EquivalentTo(new[]
        {
            (AuditAction.Update, "shortlist", first),
            (AuditAction.Update, "roles", role),
            (AuditAction.Update, "shortlist", second),
            (AuditAction.Update, "appointments", appointment),
        }), "the entry cast, and what the rule changed: the role, the other entry released, the open appointment canceled");
        Assert.Multiple(() =>
        {
            Assert.That(cast.Select(r => r.MovieId), Is.All.EqualTo(movie));
            Assert.That(cast.Select(r => r.By), Is.All.EqualTo(Producer));
            Assert.That(Pair(Changes(cast.Single(r => r.ResourceId == first && r.Resource == "shortlist")), "status"), Is.EqualTo("""["offered","cast"]"""));
            Assert.That(Pair(Changes(cast.Single(r => r.Resource == "roles")), "actor_id"), Is.EqualTo($"[null,{ann}]"));
            Assert.That(Pair(Changes(cast.Single(r => r.ResourceId == second && r.Resource == "shortlist")), "status"), Is.EqualTo("""["shortlisted","released"]"""));
            Assert.That(Pair(Changes(cast.Single(r => r.Resource == "appointments")), "status"), Is.EqualTo("""["scheduled","canceled"]"""));
            var booked = Changes(records.Single(r => r.Resource == "appointments" && r.Action == AuditAction.Create));
            Assert.That(Pair(booked, "shortlist_id"), Is.EqualTo($"[null,{first}]"));
            Assert.That(Pair(booked, "starts_at"), Is.EqualTo("""[null,"2026-03-02T09:00:00Z"]"""));
        });
    }

    [Test]
    public async Task ShouldRecordEveryRowADeleteCascadesTo()
    {
        var movie = await MovieAsync();
        var role = await RoleAsync(movie);
        var entry = await ShortlistAsync(role, await ActorAsync());
        var appointment = await BookedAsync(entry, "09:00", "10:00");
        var before = (await RecordsAsync()).Count;

        await OkAsync(AsProducer().DeleteAsync($"/movies/{movie}"));

        var deleted = (await RecordsAsync()).Skip(before).ToList();
        Assert.That(deleted.Select(r => (r.Action, r.Resource, r.ResourceId, r.MovieId)), Is.EquivalentTo(new[]
        {
            (AuditAction.Delete, "movies", movie, (int?)movie),
            (AuditAction.Delete, "roles", role, (int?)movie),
            (AuditAction.Delete, "shortlist", entry, (int?)movie),
            (AuditAction.Delete, "appointments", appointment, (int?)movie),
        }));
        Assert.That(Pair(Changes(deleted.Single(r => r.Resource == "roles")), "name"), Is.EqualTo("""["Lead",null]"""));
    }

    [Test]
    public async Task ShouldRecordTheEntriesAndRolesADeletedActorTakesWithThem()
    {
        var movie = await MovieAsync();
        var ann = await ActorAsync("Ann");
        var role = await RoleAsync(movie);
        var entry = await ShortlistAsync(role, ann);
        await MoveAsync(entry, "offered");
        await MoveAsync(entry, "cast");
        var before = (await RecordsAsync()).Count;

        await OkAsync(AsProducer().DeleteAsync($"/actors/{ann}"));

        var deleted = (await RecordsAsync()).Skip(before).ToList();
        Assert.That(deleted.Select(r => (r.Action, r.Resource, r.ResourceId)), Is.EquivalentTo(new[]
        {
            (AuditAction.Delete, "actors", ann),
            (AuditAction.Update, "roles", role),
            (AuditAction.Delete, "shortlist", entry),
        }));
        Assert.That(Pair(Changes(deleted.Single(r => r.Resource == "roles")), "actor_id"), Is.EqualTo($"[{ann},null]"));
    }

    [Test]
    public async Task ShouldWriteNoRecordForARequestThatChangedNothing()
    {
        var movie = new Movie("Kept", new DateOnly(2030, 1, 1));
        await InsertAsync(movie);
        await InsertAsync(new Movie("Taken", new DateOnly(2030, 1, 1)));
        var producer = AsProducer();

        await AssertProblemAsync(await PostJsonAsync(AsAssistant(), "/movies", new { title = "New", release_date = "2030-01-01" }), 403);
        await AssertProblemAsync(await PatchJsonAsync(producer, "/movies/999999", new { title = "Nowhere" }), 404);
        await AssertProblemAsync(await PatchJsonAsync(producer, $"/movies/{movie.Id}", new { title = "Taken" }), 409);
        await AssertProblemAsync(await PatchJsonAsync(producer, $"/movies/{movie.Id}", new { title = "" }), 422);
        await AssertProblemAsync(await SendAsync(producer, "PATCH", $"/movies/{movie.Id}", """{"title": "Stale"}""", ifMatch: "\"99\""), 412);
        await OkAsync(PatchJsonAsync(producer, $"/movies/{movie.Id}", new { title = "Kept" }));

        Assert.That(await RecordsAsync(), Is.Empty);
        Assert.That((await FindAsync<Movie>(movie.Id))!.Version, Is.EqualTo(1));
    }

    [Test]
    public async Task ShouldWriteOneRecordForARequestReplayedByItsIdempotencyKey()
    {
        var client = AsProducer();
        async Task<HttpResponseMessage> Post()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/movies") { Content = RawJson("""{"title": "Once", "release_date": "2030-01-01"}""") };
            request.Headers.TryAddWithoutValidation(IdempotencyKeys.HeaderName, "audit-once");
            return await client.SendAsync(request);
        }

        await OkAsync(Post(), HttpStatusCode.Created);
        var replay = await OkAsync(Post(), HttpStatusCode.Created);

        Assert.That(replay.Headers.Contains(IdempotencyKeys.ReplayedHeaderName), Is.True);
        Assert.That((await RecordsAsync()).Select(r => (r.Action, r.Resource)), Is.EqualTo(new[] { (AuditAction.Create, "movies") }));
    }

    [Test]
    public async Task ShouldCommitNeitherTheChangeNorItsRecordWhenTheRecordCannotBeWritten()
    {
        await using var factory = Testing.Factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(new RefuseAuditInserts())));
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = AsProducer().DefaultRequestHeaders.Authorization;
        var movie = new Movie("Before", new DateOnly(2030, 1, 1));
        await InsertAsync(movie);

        var created = await PostJsonAsync(client, "/movies", new { title = "Lost", release_date = "2030-01-01" });
        var updated = await PatchJsonAsync(client, $"/movies/{movie.Id}", new { title = "After" });

        Assert.Multiple(async () =>
        {
            Assert.That(created.IsSuccessStatusCode, Is.False, await created.Content.ReadAsStringAsync());
            Assert.That(updated.IsSuccessStatusCode, Is.False, await updated.Content.ReadAsStringAsync());
            Assert.That(await CountAsync<Movie>(), Is.EqualTo(1), "the create was rolled back with its record");
            Assert.That((await FindAsync<Movie>(movie.Id))!.Title, Is.EqualTo("Before"), "the update was rolled back with its record");
            Assert.That(await RecordsAsync(), Is.Empty);
        });
    }

    [Test]
    public async Task ShouldRecordATeamMemberAsTheTeamResourceWithTheirSub()
    {
        var movie = await MovieAsync();

        // Through the unit of work, as every use case writes (the team's endpoints arrive with their own tests).
        await using (var scope = Testing.Factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CastingAgencyDbContext>()
                .Add(new TeamMember(movie, "auth0|ann", TeamPosition.CastingDirector, "Ann", "test|producer"));
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
        }

        var record = (await RecordsAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That((record.Action, record.Resource, record.MovieId), Is.EqualTo((AuditAction.Create, "team", (int?)movie)));
            Assert.That(Pair(Changes(record), "sub"), Is.EqualTo("""[null,"auth0|ann"]"""));
            Assert.That(Pair(Changes(record), "position"), Is.EqualTo("""[null,"casting_director"]"""));
        });
    }

    /// <summary>Fails the audit INSERT after the change itself was sent, in the same transaction.</summary>
    /// <summary>
    /// Refuses every command that inserts audit records: the trail's own multi-row INSERT, and a save's batch that carries
    /// an update's or delete's one record (EF Core reads back its id, so that batch runs as a reader).
    /// </summary>
    private sealed class RefuseAuditInserts : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            InsertsRecords(command) ? throw new InvalidOperationException("the audit store refused the write (test)") : ValueTask.FromResult(result);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            InsertsRecords(command) ? throw new InvalidOperationException("the audit store refused the write (test)") : ValueTask.FromResult(result);

        private static bool InsertsRecords(DbCommand command) =>
            command.CommandText.Contains("INSERT INTO audit_records", StringComparison.Ordinal)
            || command.CommandText.Contains("INSERT INTO \"audit_records\"", StringComparison.Ordinal);
    }
}
