using System.Net;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.IntegrationTests.Agencies;

/// <summary>Submitting roster actors to breakdowns, and the casting team's review (contract §13).</summary>
public sealed class SubmissionEndpointTests : IntegrationTestBase
{
    private const string AgencyA = "org_subs_a";
    private const string AgencyB = "org_subs_b";

    private sealed record Scene(Movie Movie, Role Role, Actor Ada, Actor Max, Actor Bea);

    /// <summary>A published female 20–40 role; Ada (A, fits), Max (A, male: does not fit), Bea (B, fits).</summary>
    private static async Task<Scene> ArrangeAsync()
    {
        var movie = new Movie("Open Water", new DateOnly(2027, 1, 1), "Blue Studio");
        await InsertAsync(movie);
        var ada = new Actor("Ada", 30, Gender.Female, agencyId: AgencyA);
        var max = new Actor("Max", 30, Gender.Male, agencyId: AgencyA);
        var bea = new Actor("Bea", 31, Gender.Female, agencyId: AgencyB);
        await InsertAsync(ada, max, bea);
        var role = await InsertPublishedRoleAsync(movie.Id, "Swimmer");
        return new Scene(movie, role, ada, max, bea);
    }

    private static async Task<Role> InsertPublishedRoleAsync(int movieId, string name)
    {
        var role = await InsertRoleAsync(movieId, name, RoleGender.Female, 20, 40);
        var published = await SendAsync(AsDirector(), "PATCH", $"/roles/{role.Id}", """{"published":true}""");
        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.OK), await published.Content.ReadAsStringAsync());
        return role;
    }

    private static async Task<int> SubmitAsync(string agency, int roleId, int actorId)
    {
        var response = await PostJsonAsync(AsAgent(agency), $"/breakdowns/{roleId}/submissions", new { actor_id = actorId });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await ReadJsonAsync(response))["created"]!.GetValue<int>();
    }

    private static Task<int> CountSubmissionsAsync() => CountAsync<Submission>();

    [Test]
    public async Task ShouldSubmitARosterActorToAnOpenBreakdown()
    {
        var scene = await ArrangeAsync();

        var response = await PostJsonAsync(AsAgent(AgencyA), $"/breakdowns/{scene.Role.Id}/submissions", new { actor_id = scene.Ada.Id, note = "reel attached" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var submission = (await ReadJsonAsync(response))["submission"]!;
        var id = submission["id"]!.GetValue<int>();
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.Location!.OriginalString, Does.EndWith($"/submissions/{id}"));
            Assert.That(response.Headers.ETag, Is.Not.Null);
            Assert.That(submission["role_id"]!.GetValue<int>(), Is.EqualTo(scene.Role.Id));
            Assert.That(submission["actor_id"]!.GetValue<int>(), Is.EqualTo(scene.Ada.Id));
            Assert.That(submission["agency_id"]!.GetValue<string>(), Is.EqualTo(AgencyA));
            Assert.That(submission["note"]!.GetValue<string>(), Is.EqualTo("reel attached"));
            Assert.That(submission["status"]!.GetValue<string>(), Is.EqualTo("submitted"));
            Assert.That(submission["shortlist_id"], Is.Null);
        });
        Assert.That(await CountSubmissionsAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task ShouldRefuseAnActorOffTheRosterWith422NamingActorId()
    {
        var scene = await ArrangeAsync();

        foreach (var actorId in new[] { scene.Bea.Id, 999999 })
        {
            var problem = await AssertProblemAsync(await PostJsonAsync(AsAgent(AgencyA), $"/breakdowns/{scene.Role.Id}/submissions", new { actor_id = actorId }), 422);
            Assert.That(problem["errors"]!["actor_id"], Is.Not.Null, problem.ToJsonString());
        }

        var missing = await AssertProblemAsync(await SendAsync(AsAgent(AgencyA), "POST", $"/breakdowns/{scene.Role.Id}/submissions", """{"note":"x"}"""), 422);
        Assert.That(missing["errors"]!["actor_id"], Is.Not.Null);
        var longNote = await AssertProblemAsync(
            await PostJsonAsync(AsAgent(AgencyA), $"/breakdowns/{scene.Role.Id}/submissions", new { actor_id = scene.Ada.Id, note = new string('n', 2001) }), 422);
        Assert.That(longNote["errors"]!["note"], Is.Not.Null);
        await AssertProblemAsync(await SendAsync(AsAgent(AgencyA), "POST", $"/breakdowns/{scene.Role.Id}/submissions", $$"""{"actor_id":{{scene.Ada.Id}},"agency_id":"org_subs_b"}"""), 400);
        Assert.That(await CountSubmissionsAsync(), Is.EqualTo(0));
    }

    [Test]
    public async Task ShouldAnswer404WhenTheBreakdownIsNotListed()
    {
        var scene = await ArrangeAsync();
        var unpublished = await InsertRoleAsync(scene.Movie.Id, "Hidden", RoleGender.Female, 20, 40);
        var cast = await InsertPublishedRoleAsync(scene.Movie.Id, "Taken");
        var other = new Actor("Cast One", 30, Gender.Female);
        await InsertAsync(other);
        Assert.That((await PatchJsonAsync(AsDirector(), $"/roles/{cast.Id}", new { actor_id = other.Id })).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        foreach (var roleId in new[] { unpublished.Id, cast.Id, 999999 })
        {
            await AssertProblemAsync(await PostJsonAsync(AsAgent(AgencyA), $"/breakdowns/{roleId}/submissions", new { actor_id = scene.Ada.Id }), 404, "Resource not found");
        }

        Assert.That(await CountSubmissionsAsync(), Is.EqualTo(0));
    }

    [Test]
    public async Task ShouldAnswer409WhenTheActorDoesNotFitOrIsAlreadySubmitted()
    {
        var scene = await ArrangeAsync();

        await AssertProblemAsync(await PostJsonAsync(AsAgent(AgencyA), $"/breakdowns/{scene.Role.Id}/submissions", new { actor_id = scene.Max.Id }), 409, "Conflict");
        await SubmitAsync(AgencyA, scene.Role.Id, scene.Ada.Id);
        var again = await AssertProblemAsync(await PostJsonAsync(AsAgent(AgencyA), $"/breakdowns/{scene.Role.Id}/submissions", new { actor_id = scene.Ada.Id }), 409, "Conflict");

        Assert.That(again["detail"]!.GetValue<string>(), Does.Contain("already submitted"));
        Assert.That(await CountSubmissionsAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task AnAgencyShouldSeeAndWithdrawOnlyItsOwnSubmissions()
    {
        var scene = await ArrangeAsync();
        var second = await InsertPublishedRoleAsync(scene.Movie.Id, "Diver");
        var ours1 = await SubmitAsync(AgencyA, scene.Role.Id, scene.Ada.Id);
        var ours2 = await SubmitAsync(AgencyA, second.Id, scene.Ada.Id);
        var theirs = await SubmitAsync(AgencyB, scene.Role.Id, scene.Bea.Id);
        var agent = AsAgent(AgencyA);

        var list = await GetOkJsonAsync(agent, "/submissions");
        Assert.That(Values<int>(list["submissions"], "id"), Is.EqualTo(new[] { ours2, ours1 }), "newest first");
        Assert.That(list["total_submissions"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(Values<int>((await GetOkJsonAsync(agent, $"/submissions?role_id={second.Id}"))["submissions"], "id"), Is.EqualTo(new[] { ours2 }));
        Assert.That((await GetOkJsonAsync(agent, $"/submissions?agency_id={AgencyB}"))["total_submissions"]!.GetValue<int>(), Is.EqualTo(0));
        Assert.That((await GetOkJsonAsync(agent, $"/submissions/{ours1}"))["submission"]!["id"]!.GetValue<int>(), Is.EqualTo(ours1));

        await AssertProblemAsync(await agent.GetAsync($"/submissions/{theirs}"), 404, "Resource not found");
        await AssertProblemAsync(await agent.DeleteAsync($"/submissions/{theirs}"), 404, "Resource not found");
        var withdrawn = await agent.DeleteAsync($"/submissions/{ours1}");
        Assert.That(withdrawn.StatusCode, Is.EqualTo(HttpStatusCode.OK), await withdrawn.Content.ReadAsStringAsync());
        Assert.That((await ReadJsonAsync(withdrawn))["deleted"]!.GetValue<int>(), Is.EqualTo(ours1));
        Assert.That(await ExecuteDbContextAsync(c => c.Set<Submission>().Select(s => s.Id).OrderBy(i => i).ToListAsync()), Is.EqualTo(new[] { ours2, theirs }));
    }

    [Test]
    public async Task SelectingShouldShortlistTheActorInTheSameWrite()
    {
        var scene = await ArrangeAsync();
        var id = await SubmitAsync(AgencyA, scene.Role.Id, scene.Ada.Id);

        var selected = await PatchJsonAsync(AsAssistant(), $"/submissions/{id}", new { status = "selected" });

        Assert.That(selected.StatusCode, Is.EqualTo(HttpStatusCode.OK), await selected.Content.ReadAsStringAsync());
        var body = (await ReadJsonAsync(selected))["submission"]!;
        var entry = await ExecuteDbContextAsync(c => c.Set<ShortlistEntry>().SingleAsync());
        Assert.Multiple(() =>
        {
            Assert.That(body["status"]!.GetValue<string>(), Is.EqualTo("selected"));
            Assert.That(body["shortlist_id"]!.GetValue<int>(), Is.EqualTo(entry.Id));
            Assert.That(entry.RoleId, Is.EqualTo(scene.Role.Id));
            Assert.That(entry.ActorId, Is.EqualTo(scene.Ada.Id));
            Assert.That(entry.Status, Is.EqualTo(ShortlistStatus.Shortlisted));
            Assert.That(entry.CreatedBy, Is.EqualTo("test|assistant"));
        });
        var seenByAgency = (await GetOkJsonAsync(AsAgent(AgencyA), $"/submissions/{id}"))["submission"]!;
        Assert.That(seenByAgency["status"]!.GetValue<string>(), Is.EqualTo("selected"));
        await AssertProblemAsync(await AsAgent(AgencyA).DeleteAsync($"/submissions/{id}"), 409, "Conflict");
        await AssertProblemAsync(await PatchJsonAsync(AsAssistant(), $"/submissions/{id}", new { status = "rejected" }), 409, "Conflict");
        Assert.That(await CountSubmissionsAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task SelectingShouldBe409AndChangeNothingWhenTheActorIsListedOrTheRoleIsCast()
    {
        var scene = await ArrangeAsync();
        var listed = await SubmitAsync(AgencyA, scene.Role.Id, scene.Ada.Id);
        var uncastable = await SubmitAsync(AgencyB, scene.Role.Id, scene.Bea.Id);
        var byHand = await PostJsonAsync(AsAssistant(), $"/roles/{scene.Role.Id}/shortlist", new { actor_id = scene.Ada.Id });
        Assert.That(byHand.StatusCode, Is.EqualTo(HttpStatusCode.Created), await byHand.Content.ReadAsStringAsync());

        await AssertProblemAsync(await PatchJsonAsync(AsAssistant(), $"/submissions/{listed}", new { status = "selected" }), 409, "Conflict");

        var other = new Actor("Cast One", 30, Gender.Female);
        await InsertAsync(other);
        Assert.That((await PatchJsonAsync(AsDirector(), $"/roles/{scene.Role.Id}", new { actor_id = other.Id })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await AssertProblemAsync(await PatchJsonAsync(AsAssistant(), $"/submissions/{uncastable}", new { status = "selected" }), 409, "Conflict");

        var statuses = await ExecuteDbContextAsync(c => c.Set<Submission>().OrderBy(s => s.Id).Select(s => s.Status).ToListAsync());
        Assert.That(statuses, Is.EqualTo(new[] { SubmissionStatus.Submitted, SubmissionStatus.Submitted }));
        Assert.That(await ExecuteDbContextAsync(c => c.Set<ShortlistEntry>().CountAsync(e => e.ActorId == scene.Bea.Id)), Is.EqualTo(0));
        Assert.That(await ExecuteDbContextAsync(c => c.Set<ShortlistEntry>().CountAsync(e => e.ActorId == scene.Ada.Id)), Is.EqualTo(1));
    }

    [TestCase("""{"status":"submitted"}""")]
    [TestCase("""{"status":"maybe"}""")]
    [TestCase("""{"status":null}""")]
    [TestCase("{}")]
    public async Task ReviewShouldRefuseAnythingButSelectedOrRejectedWith422(string body)
    {
        var scene = await ArrangeAsync();
        var id = await SubmitAsync(AgencyA, scene.Role.Id, scene.Ada.Id);

        var problem = await AssertProblemAsync(await SendAsync(AsAssistant(), "PATCH", $"/submissions/{id}", body), 422);

        Assert.That(problem["errors"]!["status"], Is.Not.Null, problem.ToJsonString());
        Assert.That((await FindAsync<Submission>(id))!.Status, Is.EqualTo(SubmissionStatus.Submitted));
    }

    [Test]
    public async Task RejectingShouldBeFinalAndTheRoleListShouldFilter()
    {
        var scene = await ArrangeAsync();
        var rejected = await SubmitAsync(AgencyA, scene.Role.Id, scene.Ada.Id);
        var waiting = await SubmitAsync(AgencyB, scene.Role.Id, scene.Bea.Id);

        var response = await PatchJsonAsync(AsAssistant(), $"/submissions/{rejected}", new { status = "rejected" });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        await AssertProblemAsync(await PatchJsonAsync(AsAssistant(), $"/submissions/{rejected}", new { status = "selected" }), 409, "Conflict");

        var all = await GetOkJsonAsync(AsAssistant(), $"/roles/{scene.Role.Id}/submissions");
        Assert.That(all["role_id"]!.GetValue<int>(), Is.EqualTo(scene.Role.Id));
        Assert.That(Values<int>(all["submissions"], "id"), Is.EqualTo(new[] { rejected, waiting }));
        Assert.That(all["total_submissions"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(Values<int>((await GetOkJsonAsync(AsAssistant(), $"/roles/{scene.Role.Id}/submissions?status=submitted"))["submissions"], "id"), Is.EqualTo(new[] { waiting }));
        Assert.That(Values<int>((await GetOkJsonAsync(AsAssistant(), $"/roles/{scene.Role.Id}/submissions?status=submitted&status=rejected&sort=-created_at"))["submissions"], "id"), Has.Count.EqualTo(2));
        Assert.That(Values<int>((await GetOkJsonAsync(AsAssistant(), $"/roles/{scene.Role.Id}/submissions?agency_id={AgencyA}"))["submissions"], "id"), Is.EqualTo(new[] { rejected }));
        await AssertProblemAsync(await AsAssistant().GetAsync($"/roles/{scene.Role.Id}/submissions?status=maybe"), 422);
        await AssertProblemAsync(await AsAssistant().GetAsync("/roles/999999/submissions"), 404, "Resource not found");
    }

    [Test]
    public async Task DeletingTheRoleTheActorOrTheMovieShouldRemoveTheirSubmissions()
    {
        var scene = await ArrangeAsync();
        var second = await InsertPublishedRoleAsync(scene.Movie.Id, "Diver");
        await SubmitAsync(AgencyA, scene.Role.Id, scene.Ada.Id);
        await SubmitAsync(AgencyB, scene.Role.Id, scene.Bea.Id);
        await SubmitAsync(AgencyA, second.Id, scene.Ada.Id);
        await SubmitAsync(AgencyB, second.Id, scene.Bea.Id);

        Assert.That((await AsDirector().DeleteAsync($"/actors/{scene.Bea.Id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await CountSubmissionsAsync(), Is.EqualTo(2));
        Assert.That((await AsDirector().DeleteAsync($"/roles/{scene.Role.Id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await CountSubmissionsAsync(), Is.EqualTo(1));
        Assert.That((await AsProducer().DeleteAsync($"/movies/{scene.Movie.Id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await CountSubmissionsAsync(), Is.EqualTo(0));
    }
}
