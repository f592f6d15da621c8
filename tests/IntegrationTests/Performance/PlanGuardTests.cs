using System.Net;
using System.Net.Http.Headers;
using CastingAgency.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.IntegrationTests.Performance;

/// <summary>
/// The plan guard: the only tests that read the SQL text of a request, so that a change to a list's statements
/// (the maintained count instead of a COUNT, a page's ids read first, a rare role's page as one union of its ages)
/// fails here, in one place, and nowhere else. What each shape is for: docs/performance.md.
/// </summary>
public sealed class PlanGuardTests : CapturedSqlTestBase
{
    [TestCase("/movies?page_size=100")]
    [TestCase("/actors?page_size=100")]
    [TestCase("/roles")]
    public async Task AnUnfilteredListIsOnePageQueryAndTheMaintainedCount(string url)
    {
        using var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(TestTokens.Producer));

        Counter.Reset();
        using var response = await client.GetAsync(url);
        var commands = Counter.Snapshot();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(commands, Has.Count.EqualTo(2), string.Join("\n---\n", commands));
        Assert.That(commands.Count(c => c.Contains("row_counts", StringComparison.Ordinal)), Is.EqualTo(1), "the total is the maintained count");
        Assert.That(commands.Any(c => c.Contains("COUNT(", StringComparison.OrdinalIgnoreCase)), Is.False, "no COUNT over the table");
        Assert.That(commands, Has.None.Match(@"(?is)\bIN\s*\(\s*SELECT\b"), "a list without a condition pages by its primary key, not ids first");
    }

    [Test]
    public async Task ARareRolesCandidatesPageIsOneUnionOfItsAgesInThreeCommands()
    {
        using var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(TestTokens.Producer));
        var url = $"/roles/{TestIds.OpenRole}/candidates?page_size=5";

        Counter.Reset();
        using (var common = await client.GetAsync(url))
        {
            Assert.That(common.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        // The page is the statement that reads actors (SQLite's read of the counts joins a VALUES list: UNION ALL too).
        static bool Merged(string c) => c.Contains("UNION ALL", StringComparison.OrdinalIgnoreCase) && !c.Contains("row_counts", StringComparison.Ordinal);
        Assert.That(Counter.Snapshot().Any(Merged), Is.False, "a common role walks in id order");

        // A million more actors in all, none in the role's groups: the role is now rare, its page a merge of its ages.
        await ExecuteDbContextAsync(c => c.Database.ExecuteSqlRawAsync("UPDATE row_counts SET n = n + 1000000 WHERE name = 'actors' AND slot = 0"));
        Counter.Reset();
        using var rare = await client.GetAsync(url);
        var commands = Counter.Snapshot();

        Assert.That(rare.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(commands, Has.Count.EqualTo(3), string.Join("\n---\n", commands));
        var page = commands.Single(Merged);
        Assert.That(page.Split("UNION ALL", StringSplitOptions.None), Has.Length.EqualTo(64), "the role's 41 ages (20 to 60), one part each, padded to 64");
    }

    [TestCase("/movies")]
    [TestCase("/actors")]
    [TestCase("/roles")]
    [TestCase("/actors?sort=-name")]
    public async Task ADeepOffsetPageReadsItsIdsFirst(string list)
    {
        // Page 11 of 100 skips 1,000 rows (ListReader.DeepOffset); without the total the page is read whatever the list's size.
        using var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(TestTokens.Producer));
        var url = list + (list.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "page_size=100&page=11&include_total=false";

        Counter.Reset();
        using var response = await client.GetAsync(url);
        var commands = Counter.Snapshot();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(commands, Has.Count.EqualTo(1), string.Join("\n---\n", commands));
        Assert.That(commands[0], Does.Match(@"(?is)\bIN\s*\(\s*SELECT\b.*\bOFFSET\b"), "the page's ids come from the skipping subquery, not the rows");
        Assert.That(commands[0], Does.Match(@"(?is)\bIN\s*\(\s*SELECT\b.*\bLIMIT\b|\bIN\s*\(\s*SELECT\b.*\bFETCH\b"), "the subquery is limited to the page");
    }

    [Test]
    public async Task AFilteredPageReadsItsIdsFirst()
    {
        using var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(TestTokens.Producer));

        Counter.Reset();
        using var response = await client.GetAsync("/actors?gender=female&min_age=25&max_age=45&location=rome&include_total=false");
        var commands = Counter.Snapshot();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(commands, Has.Count.EqualTo(1), string.Join("\n---\n", commands));
        Assert.That(commands[0], Does.Match(@"(?is)\bIN\s*\(\s*SELECT\b.*\bLIMIT\b|\bIN\s*\(\s*SELECT\b.*\bFETCH\b"), "the page's ids come from a limited subquery");
    }

    [Test]
    public async Task ACastRolesCandidatesPageReadsItsIdsFirstAndItsAgesAsAList()
    {
        using var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(TestTokens.Producer));

        Counter.Reset();
        using var response = await client.GetAsync($"/roles/{TestIds.Role}/candidates?sort=name&include_total=false");
        var commands = Counter.Snapshot();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var page = commands[^1];
        Assert.That(page, Does.Match(@"(?is)\bIN\s*\(\s*SELECT\b.*\bLIMIT\b|\bIN\s*\(\s*SELECT\b.*\bFETCH\b"), "the page's ids come from a limited subquery");
        Assert.That(page, Does.Not.Match(@"[""\[`]Age[""\]`]\s*(>=|<=)"), "the role's ages are a list, not a range of two parameters (AnyOf.Between)");
        Assert.That(page, Does.Match(@"(?i)[""\[`]Age[""\]`]\s*(IN\s*\(|=\s*ANY\s*\()"), "the list itself");
    }

    [TestCase("/roles?page_size=100&page=11&include_total=false", true)]
    [TestCase("/roles?page_size=100&page=11&include_total=false", false)]
    [TestCase("/roles?min_age=10&include_total=false", true)]
    [TestCase("/roles?min_age=10&include_total=false", false)]
    public async Task ARoleListChecksEachRowsMovieOnlyForACallerWhoDoesNotSeeEveryProduction(string url, bool seesEveryProduction)
    {
        // A caller with read:confidential sees every role (each role's movie exists): the page reads past the visibility
        // filter; a caller without it has each role's movie checked (ProductionVisibility.Visible).
        var permissions = seesEveryProduction ? TestTokens.Producer : TestTokens.Producer.Where(p => p != "read:confidential").ToArray();
        using var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(permissions));

        Counter.Reset();
        using var response = await client.GetAsync(url);
        var commands = Counter.Snapshot();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(commands, Has.Count.EqualTo(1), string.Join("\n---\n", commands));
        Assert.That(commands[0], seesEveryProduction ? Does.Not.Match(@"(?i)\bmovies\b") : Does.Match(@"(?i)\bmovie_team\b"));
    }
}
