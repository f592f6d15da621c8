using System.Net;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.IntegrationTests.Infrastructure;

namespace CastingAgency.IntegrationTests.Agencies;

/// <summary>Publishing roles and reading breakdowns (contract §13).</summary>
public sealed class BreakdownEndpointTests : IntegrationTestBase
{
    private const string Agency = "org_breakdowns";

    private static async Task<Movie> InsertMovieAsync(string title = "Night Harbor", string? company = "Tidewater Films")
    {
        var movie = new Movie(title, new DateOnly(2027, 5, 1), company);
        await InsertAsync(movie);
        return movie;
    }

    private static async Task PublishAsync(int roleId, string? closeAt = null)
    {
        var body = closeAt is null ? """{"published":true}""" : $$"""{"published":true,"submissions_close_at":"{{closeAt}}"}""";
        var response = await SendAsync(AsDirector(), "PATCH", $"/roles/{roleId}", body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task PublishingShouldSetPublishedAtAndWithdrawingClearIt()
    {
        var movie = await InsertMovieAsync();
        var role = await InsertRoleAsync(movie.Id, "Harbor Pilot", RoleGender.Female, 30, 45);
        var before = DateTime.UtcNow.AddSeconds(-5);

        var published = await SendAsync(AsDirector(), "PATCH", $"/roles/{role.Id}", """{"published":true}""");
        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.OK), await published.Content.ReadAsStringAsync());
        var publishedAt = (await ReadJsonAsync(published))["role"]!["published_at"]!.GetValue<DateTime>();
        Assert.That(publishedAt.ToUniversalTime(), Is.GreaterThan(before));
        Assert.That((await FindAsync<Role>(role.Id))!.PublishedAt, Is.Not.Null);

        var again = await SendAsync(AsDirector(), "PATCH", $"/roles/{role.Id}", """{"published":true}""");
        Assert.That((await ReadJsonAsync(again))["role"]!["published_at"]!.GetValue<DateTime>(), Is.EqualTo(publishedAt), "republishing keeps the first time");

        var withdrawn = await SendAsync(AsDirector(), "PATCH", $"/roles/{role.Id}", """{"published":false}""");
        Assert.That(withdrawn.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await ReadJsonAsync(withdrawn))["role"]!["published_at"], Is.Null);
        Assert.That((await FindAsync<Role>(role.Id))!.PublishedAt, Is.Null);
    }

    [TestCase("""{"published":null}""", "published")]
    [TestCase("""{"submissions_close_at":"2001-01-01T00:00:00Z"}""", "submissions_close_at")]
    [TestCase("""{"submissions_close_at":"tomorrow"}""", "submissions_close_at")]
    [TestCase("""{"published":true,"submissions_close_at":"2001-01-01T00:00:00Z"}""", "submissions_close_at")]
    public async Task ShouldRefuseABadPublicationWith422AndChangeNothing(string body, string field)
    {
        var movie = await InsertMovieAsync();
        var role = await InsertRoleAsync(movie.Id, "Harbor Pilot", RoleGender.Female, 30, 45);

        var problem = await AssertProblemAsync(await SendAsync(AsDirector(), "PATCH", $"/roles/{role.Id}", body), 422);

        Assert.That(problem["errors"]![field], Is.Not.Null, problem.ToJsonString());
        var stored = (await FindAsync<Role>(role.Id))!;
        Assert.That(stored.PublishedAt, Is.Null);
        Assert.That(stored.SubmissionsCloseAt, Is.Null);
    }

    [Test]
    public async Task PublishedAtShouldBeReadOnly()
    {
        var movie = await InsertMovieAsync();
        var role = await InsertRoleAsync(movie.Id, "Harbor Pilot", RoleGender.Female, 30, 45);

        await AssertProblemAsync(await SendAsync(AsDirector(), "PATCH", $"/roles/{role.Id}", """{"published_at":"2030-01-01T00:00:00Z"}"""), 400);
        Assert.That((await FindAsync<Role>(role.Id))!.PublishedAt, Is.Null);
    }

    [Test]
    public async Task ShouldListOnlyPublishedOpenUncastRolesNewestFirstWithTheTitleAndCompanyOnly()
    {
        var movie = await InsertMovieAsync();
        var actor = new Actor("Cast Already", 35, Gender.Female);
        await InsertAsync(actor);
        var first = await InsertRoleAsync(movie.Id, "First", RoleGender.Female, 30, 45, description: "a pilot");
        var second = await InsertRoleAsync(movie.Id, "Second", RoleGender.Male, 20, 25);
        var cast = await InsertRoleAsync(movie.Id, "Cast", RoleGender.Female, 30, 45);
        var unpublished = await InsertRoleAsync(movie.Id, "Unpublished", RoleGender.Female, 30, 45);
        await PublishAsync(first.Id, DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-ddTHH:mm:ssZ"));
        await PublishAsync(second.Id);
        await PublishAsync(cast.Id);
        var casting = await PatchJsonAsync(AsDirector(), $"/roles/{cast.Id}", new { actor_id = actor.Id });
        Assert.That(casting.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var list = await GetOkJsonAsync(AsAgent(Agency), "/breakdowns");

        Assert.That(Values<int>(list["breakdowns"], "role_id"), Is.EqualTo(new[] { second.Id, first.Id }));
        Assert.That(list["total_breakdowns"]!.GetValue<int>(), Is.EqualTo(2));
        var item = list["breakdowns"]![1]!.AsObject();
        Assert.That(
            item.Select(p => p.Key),
            Is.EquivalentTo(new[] { "role_id", "name", "description", "gender", "min_age", "max_age", "movie_title", "company", "published_at", "submissions_close_at" }));
        Assert.Multiple(() =>
        {
            Assert.That(item["movie_title"]!.GetValue<string>(), Is.EqualTo("Night Harbor"));
            Assert.That(item["company"]!.GetValue<string>(), Is.EqualTo("Tidewater Films"));
            Assert.That(item["description"]!.GetValue<string>(), Is.EqualTo("a pilot"));
            Assert.That(item["submissions_close_at"], Is.Not.Null);
        });
        Assert.That((await GetOkJsonAsync(AsAgent(Agency), $"/breakdowns/{first.Id}"))["breakdown"]!["name"]!.GetValue<string>(), Is.EqualTo("First"));
        await AssertProblemAsync(await AsAgent(Agency).GetAsync($"/breakdowns/{cast.Id}"), 404, "Resource not found");
        await AssertProblemAsync(await AsAgent(Agency).GetAsync($"/breakdowns/{unpublished.Id}"), 404, "Resource not found");
        await AssertProblemAsync(await AsAgent(Agency).GetAsync("/breakdowns/999999"), 404, "Resource not found");
    }

    [Test]
    public async Task ShouldLeaveOutBreakdownsWhoseSubmissionsHaveClosed()
    {
        var movie = await InsertMovieAsync();
        var role = await InsertRoleAsync(movie.Id, "Closing", RoleGender.Female, 30, 45);
        await PublishAsync(role.Id);
        await ExecuteDbContextAsync(async context =>
        {
            var stored = await context.Set<Role>().FindAsync(role.Id);
            context.Entry(stored!).Property(r => r.SubmissionsCloseAt).CurrentValue = DateTime.UtcNow.AddMinutes(-1);
            await context.SaveChangesAsync();
        });

        var list = await GetOkJsonAsync(AsAgent(Agency), "/breakdowns");

        Assert.That(list["breakdowns"]!.AsArray(), Is.Empty);
        Assert.That(list["total_breakdowns"]!.GetValue<int>(), Is.EqualTo(0));
        await AssertProblemAsync(await AsAgent(Agency).GetAsync($"/breakdowns/{role.Id}"), 404);
    }

    [Test]
    public async Task ShouldFilterByGenderAnyOfAndAgeAndPageWithCursors()
    {
        var movie = await InsertMovieAsync();
        var ids = new List<int>();
        foreach (var (gender, min, max) in new[] { (RoleGender.Female, 20, 30), (RoleGender.Male, 20, 30), (RoleGender.NonBinary, 40, 50), (RoleGender.Any, 25, 35) })
        {
            var role = await InsertRoleAsync(movie.Id, $"Part {gender}", gender, min, max);
            await PublishAsync(role.Id);
            ids.Add(role.Id);
        }

        var agent = AsAgent(Agency);
        var byGender = await GetOkJsonAsync(agent, "/breakdowns?gender=female&gender=non-binary");
        Assert.That(Values<int>(byGender["breakdowns"], "role_id"), Is.EquivalentTo(new[] { ids[0], ids[2] }));
        var byAge = await GetOkJsonAsync(agent, "/breakdowns?age=27");
        Assert.That(Values<int>(byAge["breakdowns"], "role_id"), Is.EquivalentTo(new[] { ids[0], ids[1], ids[3] }));
        Assert.That(byAge["total_breakdowns"]!.GetValue<int>(), Is.EqualTo(3));
        await AssertProblemAsync(await agent.GetAsync("/breakdowns?gender=robot"), 422);

        var seen = new List<int>();
        var page = await GetOkJsonAsync(agent, "/breakdowns?page_size=3");
        seen.AddRange(Values<int>(page["breakdowns"], "role_id"));
        page = await GetOkJsonAsync(agent, $"/breakdowns?page_size=3&cursor={Uri.EscapeDataString(page["next_cursor"]!.GetValue<string>())}");
        seen.AddRange(Values<int>(page["breakdowns"], "role_id"));
        Assert.That(page["next_cursor"], Is.Null);
        Assert.That(seen, Is.EquivalentTo(ids).And.Unique);
    }

    [Test]
    public async Task StaffShouldGet403OnBreakdownsAndAgentsOnRoles()
    {
        var movie = await InsertMovieAsync();
        var role = await InsertRoleAsync(movie.Id, "Part", RoleGender.Female, 20, 30);

        await AssertProblemAsync(await AsProducer().GetAsync("/breakdowns"), 403, "Permission not found in JWT");
        await AssertProblemAsync(await SendAsync(AsAgent(Agency), "PATCH", $"/roles/{role.Id}", """{"published":true}"""), 403, "Permission not found in JWT");
        Assert.That((await FindAsync<Role>(role.Id))!.PublishedAt, Is.Null);
    }
}
