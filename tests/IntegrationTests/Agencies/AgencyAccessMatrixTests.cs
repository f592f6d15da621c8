using System.Net;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Testing = CastingAgency.IntegrationTests.Testing;

namespace CastingAgency.IntegrationTests.Agencies;

/// <summary>
/// Who reaches what (contract §13): agency A × agency B × the casting team over every agency endpoint, on A's objects;
/// and every endpoint of the API, read from its routing table, refuses an agent without a staff permission (403) and
/// the casting team without an agency permission.
/// </summary>
public sealed class AgencyAccessMatrixTests : IntegrationTestBase
{
    private const string AgencyA = "org_matrix_a";
    private const string AgencyB = "org_matrix_b";

    private static readonly string[] AgencyPolicies = ["get:breakdowns", "post:submissions", "manage:roster"];

    /// <summary>A's actor (submitted to an open role), B's actor, and the open role.</summary>
    private static async Task<(Actor Ours, Actor Theirs, Role Role, int Submission)> ArrangeAsync()
    {
        var movie = new Movie("Matrix Movie", new DateOnly(2027, 1, 1));
        await InsertAsync(movie);
        var ours = new Actor("Ours", 30, Gender.Female, agencyId: AgencyA);
        var theirs = new Actor("Theirs", 30, Gender.Female, agencyId: AgencyB);
        await InsertAsync(ours, theirs);
        var role = await InsertRoleAsync(movie.Id, "Open Part", RoleGender.Female, 20, 40);
        var publish = await SendAsync(AsDirector(), "PATCH", $"/roles/{role.Id}", """{"published":true}""");
        Assert.That(publish.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var submitted = await PostJsonAsync(AsAgent(AgencyA), $"/breakdowns/{role.Id}/submissions", new { actor_id = ours.Id });
        Assert.That(submitted.StatusCode, Is.EqualTo(HttpStatusCode.Created), await submitted.Content.ReadAsStringAsync());
        return (ours, theirs, role, (await ReadJsonAsync(submitted))["created"]!.GetValue<int>());
    }

    private static HttpClient Caller(string who) => who switch
    {
        "A" => AsAgent(AgencyA),
        "B" => AsAgent(AgencyB),
        _ => AsProducer(),
    };

    // Each row: the request on A's objects ({actor}, {role}, {submission}, {their_actor}) and the status for A, B, staff.
    [TestCase("GET", "/roster", null, 200, 200, 403)]
    [TestCase("GET", "/roster/{actor}", null, 200, 404, 403)]
    [TestCase("PATCH", "/roster/{actor}", """{"location":"Lisbon"}""", 200, 404, 403)]
    [TestCase("POST", "/roster", """{"name":"New","age":30,"gender":"male"}""", 201, 201, 403)]
    [TestCase("GET", "/breakdowns", null, 200, 200, 403)]
    [TestCase("GET", "/breakdowns/{role}", null, 200, 200, 403)]
    [TestCase("POST", "/breakdowns/{role}/submissions", """{"actor_id":{actor}}""", 409, 422, 403)]
    [TestCase("POST", "/breakdowns/{role}/submissions", """{"actor_id":{their_actor}}""", 422, 201, 403)]
    [TestCase("GET", "/submissions", null, 200, 200, 403)]
    [TestCase("GET", "/submissions/{submission}", null, 200, 404, 200)]
    [TestCase("DELETE", "/submissions/{submission}", null, 200, 404, 403)]
    [TestCase("PATCH", "/submissions/{submission}", """{"status":"rejected"}""", 403, 403, 200)]
    [TestCase("GET", "/roles/{role}/submissions", null, 403, 403, 200)]
    public async Task EachCallerShouldReachOnlyWhatIsItsOwn(string method, string path, string? body, int a, int b, int staff)
    {
        foreach (var (who, expected) in new[] { ("B", b), ("staff", staff), ("A", a) })
        {
            await ResetDatabaseAsync();
            var (ours, theirs, role, submission) = await ArrangeAsync();
            string Fill(string text) => text
                .Replace("{their_actor}", theirs.Id.ToString(), StringComparison.Ordinal)
                .Replace("{actor}", ours.Id.ToString(), StringComparison.Ordinal)
                .Replace("{role}", role.Id.ToString(), StringComparison.Ordinal)
                .Replace("{submission}", submission.ToString(), StringComparison.Ordinal);
            var before = await SnapshotAsync();

            var response = await SendAsync(Caller(who), method, Fill(path), body is null ? null : Fill(body));

            var text = await response.Content.ReadAsStringAsync();
            Assert.That((int)response.StatusCode, Is.EqualTo(expected), $"{who}: {method} {path}: {text}");
            if (expected >= 400)
            {
                await AssertProblemAsync(response, expected);
                Assert.That(await SnapshotAsync(), Is.EqualTo(before), $"{who}: a refused {method} {path} changed nothing");
            }

            if (who == "B" && method == "GET" && expected == 200)
            {
                Assert.That(text, Does.Not.Contain("\"Ours\"").And.Not.Contain($"\"agency_id\":\"{AgencyA}\""), "B never sees A's actors or submissions");
            }
        }
    }

    [Test]
    public async Task ListTotalsShouldCountOnlyTheCallersOwn()
    {
        await ArrangeAsync();

        Assert.That((await GetOkJsonAsync(AsAgent(AgencyB), "/submissions"))["total_submissions"]!.GetValue<int>(), Is.EqualTo(0));
        Assert.That((await GetOkJsonAsync(AsAgent(AgencyB), "/roster"))["total_actors"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That((await GetOkJsonAsync(AsAgent(AgencyA), "/submissions"))["total_submissions"]!.GetValue<int>(), Is.EqualTo(1));
    }

    [Test]
    public async Task AgentsShouldGet403OnEveryStaffEndpointAndStaffOnEveryAgencyEndpoint()
    {
        await ArrangeAsync();
        var endpoints = Testing.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Policies: e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList()))
            .Where(e => e.Policies.Count > 0)
            .ToList();
        Assert.That(endpoints, Has.Count.GreaterThan(30));

        var checkedCount = 0;
        foreach (var (endpoint, policies) in endpoints)
        {
            var agencyOnly = policies.All(AgencyPolicies.Contains);
            var either = policies.Any(p => p.Contains('|', StringComparison.Ordinal));
            if (either)
            {
                continue; // GET /submissions/{id}: both may read it (the matrix above covers who sees what)
            }

            var path = "/" + System.Text.RegularExpressions.Regex.Replace(endpoint.RoutePattern.RawText!.TrimStart('/'), @"\{[^}]+\}", "1");
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
            {
                var caller = agencyOnly ? AsProducer() : AsAgent(AgencyA);
                var response = await SendAsync(caller, method, path, method is "POST" or "PATCH" or "PUT" ? "{}" : null);
                await AssertProblemAsync(response, 403, "Permission not found in JWT");
                checkedCount++;
            }
        }

        Assert.That(checkedCount, Is.GreaterThan(30));
    }

    /// <summary>What a refused request must not change: the rows of every table the agency endpoints write.</summary>
    private static Task<string> SnapshotAsync() =>
        ExecuteDbContextAsync(async context =>
        {
            var actors = string.Join(";", context.Set<Actor>().OrderBy(a => a.Id).Select(a => $"{a.Id}:{a.Name}:{a.AgencyId}:{a.Location}:{a.Version}").ToList());
            var submissions = string.Join(";", context.Set<Submission>().OrderBy(s => s.Id).Select(s => $"{s.Id}:{s.Status}:{s.Version}").ToList());
            var entries = string.Join(";", context.Set<ShortlistEntry>().OrderBy(e => e.Id).Select(e => $"{e.Id}").ToList());
            return await Task.FromResult($"{actors}|{submissions}|{entries}");
        });

    private static Task ResetDatabaseAsync() => Testing.ResetDatabaseAsync();
}
