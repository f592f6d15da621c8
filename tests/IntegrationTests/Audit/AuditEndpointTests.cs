using System.Net;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.IntegrationTests.Audit;

/// <summary>docs/api.md, "Audit trail": <c>GET /audit</c> (read:audit), newest first, its filters and paging; no endpoint changes a record.</summary>
public sealed class AuditEndpointTests : IntegrationTestBase
{
    private static readonly DateTime Start = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);

    private static HttpClient Auditor() => WithPermissions([.. TestTokens.Producer, "read:audit"], "test|auditor");

    /// <summary>25 records: every fifth a delete of a role of movie 7 by "b", the others updates of actor 1 by "a", an hour apart.</summary>
    private static async Task<List<AuditRecord>> ArrangeAsync()
    {
        var records = Enumerable.Range(0, 25).Select(i => i % 5 == 0
            ? new AuditRecord(Start.AddHours(i), "b", AuditAction.Delete, "roles", 100 + i, 7, """{"name":["Lead",null]}""")
            : new AuditRecord(Start.AddHours(i), "a", AuditAction.Update, "actors", 1, null, """{"age":[30,31]}""")).ToArray();
        await InsertAsync(records);
        return records.ToList();
    }

    private static List<int> Ids(System.Text.Json.Nodes.JsonNode body) => Values<int>(body["audit"], "id");

    [Test]
    public async Task ShouldListRecordsNewestFirstWithTheirTotal()
    {
        var records = await ArrangeAsync();

        var body = await GetOkJsonAsync(Auditor(), "/audit");

        Assert.Multiple(() =>
        {
            Assert.That(body["success"]!.GetValue<bool>(), Is.True);
            Assert.That(body["total_audit"]!.GetValue<int>(), Is.EqualTo(25));
            Assert.That(body["page"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(body["page_size"]!.GetValue<int>(), Is.EqualTo(10));
            Assert.That(Ids(body), Is.EqualTo(records.Select(r => r.Id).OrderDescending().Take(10)));
            var newest = body["audit"]![0]!;
            Assert.That(newest["resource"]!.GetValue<string>(), Is.EqualTo("actors"));
            Assert.That(newest["action"]!.GetValue<string>(), Is.EqualTo("update"));
            Assert.That(newest["by"]!.GetValue<string>(), Is.EqualTo("a"));
            Assert.That(newest["resource_id"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(newest["movie_id"], Is.Null);
            Assert.That(newest["at"]!.GetValue<string>(), Is.EqualTo("2026-12-02T09:00:00Z"));
            Assert.That(newest["changes"]!.ToJsonString(), Is.EqualTo("""{"age":[30,31]}"""));
        });
    }

    [Test]
    public async Task ShouldWalkEveryRecordOnceByCursor()
    {
        var records = await ArrangeAsync();
        var client = Auditor();
        var seen = new List<int>();
        var url = "/audit?page_size=7";
        for (var pages = 0; pages < 10; pages++)
        {
            var body = await GetOkJsonAsync(client, url);
            seen.AddRange(Ids(body));
            if (body["next_cursor"]?.GetValue<string>() is not { } cursor)
            {
                break;
            }

            url = $"/audit?page_size=7&cursor={Uri.EscapeDataString(cursor)}";
        }

        Assert.That(seen, Is.EqualTo(records.Select(r => r.Id).OrderDescending()));
    }

    [Test]
    public async Task ShouldFilterByResourceIdMovieByActionAndTime()
    {
        var records = await ArrangeAsync();
        var client = Auditor();
        List<int> Expected(Func<AuditRecord, bool> match) => records.Where(match).Select(r => r.Id).OrderDescending().ToList();

        async Task<(List<int> Ids, int Total)> ListAsync(string query)
        {
            var body = await GetOkJsonAsync(client, $"/audit?page_size=100&{query}");
            return (Ids(body), body["total_audit"]!.GetValue<int>());
        }

        var roles = Expected(r => r.Resource == "roles");
        Assert.That(await ListAsync("resource=roles"), Is.EqualTo((roles, roles.Count)));
        Assert.That(await ListAsync("resource=roles&resource_id=110"), Is.EqualTo((Expected(r => r.ResourceId == 110), 1)));
        Assert.That(await ListAsync("movie_id=7"), Is.EqualTo((roles, 5)));
        Assert.That(await ListAsync("by=a"), Is.EqualTo((Expected(r => r.By == "a"), 20)));
        Assert.That(await ListAsync("action=delete"), Is.EqualTo((roles, 5)));
        Assert.That(await ListAsync("action=create"), Is.EqualTo((new List<int>(), 0)));
        Assert.That(
            await ListAsync("from=2026-12-01T12:00:00Z&to=2026-12-01T15:00:00%2B00:00"),
            Is.EqualTo((Expected(r => r.At >= Start.AddHours(3) && r.At < Start.AddHours(6)), 3)),
            "from inclusive, to exclusive");
    }

    [Test]
    public async Task ShouldAnswer422ForAnUnknownActionOrAnInvertedRange()
    {
        var client = Auditor();
        await AssertProblemAsync(await client.GetAsync("/audit?action=rename"), 422);
        await AssertProblemAsync(await client.GetAsync("/audit?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z"), 422);
        await AssertProblemAsync(await client.GetAsync("/audit?resource_id=0"), 422);
    }

    [Test]
    public async Task ShouldAnswer403WithoutReadAuditAnd401WithoutAToken()
    {
        await ArrangeAsync();
        await AssertProblemAsync(await AsDirector().GetAsync("/audit"), 403);
        await AssertProblemAsync(await WithPermissions([.. TestTokens.Producer.Where(p => p != "read:audit")]).GetAsync("/audit"), 403);
        await AssertProblemAsync(await Anonymous().GetAsync("/audit"), 401);
    }

    [TestCase("PUT")]
    [TestCase("PATCH")]
    [TestCase("DELETE")]
    [TestCase("POST")]
    public async Task ShouldOfferNoWayToChangeOrDeleteARecord(string method)
    {
        var record = (await ArrangeAsync())[0];
        var client = Auditor();

        var one = await SendAsync(client, method, $"/audit/{record.Id}", method is "DELETE" ? null : "{}");
        var all = await SendAsync(client, method, "/audit", method is "DELETE" ? null : "{}");

        Assert.Multiple(() =>
        {
            Assert.That(one.StatusCode, Is.AnyOf(HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed));
            Assert.That(all.StatusCode, Is.AnyOf(HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed));
        });
        Assert.That(await ExecuteDbContextAsync(c => c.Set<AuditRecord>().IgnoreQueryFilters().CountAsync()), Is.EqualTo(25));
    }

    [Test]
    public async Task ShouldLeaveOutTheRecordsOfAMovieTheCallerDoesNotSee()
    {
        var open = new Movie("Open", new DateOnly(2030, 1, 1));
        var secret = new Movie("Working Title", new DateOnly(2030, 1, 1));
        secret.SetConfidential(true);
        await InsertAsync(open, secret);
        await InsertAsync(new TeamMember(secret.Id, "test|member", TeamPosition.Reader, null, "test|seed"));
        await InsertAsync(
            new AuditRecord(Start, "a", AuditAction.Update, "actors", 1, null, "{}"),
            new AuditRecord(Start, "a", AuditAction.Update, "movies", open.Id, open.Id, "{}"),
            new AuditRecord(Start, "a", AuditAction.Update, "movies", secret.Id, secret.Id, "{}"),
            new AuditRecord(Start, "a", AuditAction.Delete, "movies", 999_999, 999_999, "{}"));
        string[] auditor = ["read:audit"];

        async Task<(List<string> Resources, int Total)> SeenBy(HttpClient client, string query = "")
        {
            var body = await GetOkJsonAsync(client, "/audit?page_size=100" + query);
            return (body["audit"]!.AsArray().Select(r => r!["resource"]!.GetValue<string>() == "actors" ? "actor"
                    : r["resource_id"]!.GetValue<int>() == open.Id ? "open" : r["resource_id"]!.GetValue<int>() == secret.Id ? "secret" : "deleted").ToList(),
                body["total_audit"]!.GetValue<int>());
        }

        Assert.Multiple(async () =>
        {
            Assert.That(await SeenBy(WithPermissions(auditor, "test|outsider")), Is.EqualTo((new List<string> { "open", "actor" }, 2)));
            Assert.That(await SeenBy(WithPermissions(auditor, "test|outsider"), $"&movie_id={secret.Id}"), Is.EqualTo((new List<string>(), 0)));
            Assert.That(await SeenBy(WithPermissions(auditor, "test|member")), Is.EqualTo((new List<string> { "secret", "open", "actor" }, 3)));
            Assert.That(await SeenBy(WithPermissions([.. auditor, "read:confidential"], "test|outsider")), Is.EqualTo((new List<string> { "deleted", "secret", "open", "actor" }, 4)));
        });
    }
}
