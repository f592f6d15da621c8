using System.Net;
using System.Text.Json.Nodes;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.Infrastructure.Persistence.Counting;
using CastingAgency.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.IntegrationTests.Lists;

/// <summary>
/// docs/api.md §5 (cursors, totals at any size, any-of filters; ADR-011): a cursor walk returns exactly the
/// page walk on every list and sort, writes during the walk neither skip nor repeat items, cursors are bound to
/// their list, and the maintained counts stay exact.
/// </summary>
public sealed class ListPagingTests : IntegrationTestBase
{
    private static readonly string[] MovieSorts = ["id", "-id", "title", "-title", "release_date", "-release_date", "company", "-company", "-release_date,title", "company,-release_date"];
    private static readonly string[] ActorSorts = ["id", "-id", "name", "-name", "age", "-age", "height", "-height", "-age,height", "height,-name"];
    private static readonly string[] RoleSorts = ["id", "-id", "name", "-name", "min_age", "-min_age", "max_age", "-max_age", "-max_age,name"];

    private int _roleId;

    [SetUp]
    public async Task SeedAsync()
    {
        // Ties on every key and nulls in the nullable ones (height, company), so ties are broken by id and nulls go last.
        var movies = Enumerable.Range(1, 13)
            .Select(i => new Movie($"Movie {i % 5}", new DateOnly(2000 + (i % 4), 1, 1 + i), i % 3 == 0 ? null : $"Studio {i % 2}"))
            .ToArray();
        await InsertAsync(movies);
        var actors = Enumerable.Range(1, 17)
            .Select(i => new Actor($"Actor {i % 6}", 20 + (i % 5), i % 3 == 0 ? Gender.Female : i % 3 == 1 ? Gender.Male : Gender.NonBinary, "Rome", height: i % 4 == 0 ? null : 150 + (i % 3) * 10))
            .ToArray();
        await InsertAsync(actors);
        var roles = Enumerable.Range(1, 14)
            .Select(i => new Role(movies[i % 3].Id, $"Role {i % 4}", i % 2 == 0 ? RoleGender.Any : RoleGender.Female, 18 + (i % 3), 30 + (i % 5)))
            .ToArray();
        await InsertAsync(roles);
        _roleId = roles[0].Id;
    }

    /// <summary>The ids of every page of <paramref name="url"/> (which has a query string), following next_cursor.</summary>
    private static async Task<List<int>> WalkByCursorAsync(HttpClient client, string url, string items)
    {
        var ids = new List<int>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var body = await GetOkJsonAsync(client, url + (cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}"));
            ids.AddRange(Values<int>(body[items], "id"));
            cursor = body["next_cursor"]?.GetValue<string>();
            Assert.That(++pages, Is.LessThan(50), "the walk ends");
        }
        while (cursor is not null);

        return ids;
    }

    public static IEnumerable<TestCaseData> Walks()
    {
        foreach (var sort in MovieSorts)
        {
            yield return new TestCaseData("/movies", "movies", sort).SetName($"movies sort={sort}");
        }

        foreach (var sort in ActorSorts)
        {
            yield return new TestCaseData("/actors", "actors", sort).SetName($"actors sort={sort}");
        }

        foreach (var sort in RoleSorts)
        {
            yield return new TestCaseData("/roles", "roles", sort).SetName($"roles sort={sort}");
        }

        foreach (var sort in ActorSorts)
        {
            yield return new TestCaseData("/roles/{role}/candidates", "actors", sort).SetName($"candidates sort={sort}");
        }
    }

    [TestCaseSource(nameof(Walks))]
    public async Task ACursorWalkReturnsThePageWalk(string path, string items, string sort)
    {
        var client = AsProducer();
        var url = path.Replace("{role}", _roleId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var byPage = new List<int>();
        for (var page = 1; ; page++)
        {
            var body = await GetOkJsonAsync(client, $"{url}?sort={sort}&page_size=4&page={page}");
            var ids = Values<int>(body[items], "id");
            if (ids.Count == 0)
            {
                break;
            }

            byPage.AddRange(ids);
        }

        var byCursor = new List<int>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var body = await GetOkJsonAsync(client, $"{url}?sort={sort}&page_size=4" + (cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}"));
            byCursor.AddRange(Values<int>(body[items], "id"));
            Assert.That(body["page"]?.GetValue<int?>(), cursor is null ? Is.EqualTo(1) : Is.Null, "page is null when read by cursor");
            cursor = body["next_cursor"]?.GetValue<string>();
            Assert.That(++pages, Is.LessThan(50), "the walk ends");
        }
        while (cursor is not null);

        Assert.That(byPage, Is.Not.Empty);
        Assert.That(byCursor, Is.EqualTo(byPage));
    }

    [TestCase("name")]
    [TestCase("-age")]
    [TestCase("height")]
    [TestCase("-height")]
    public async Task WritesDuringACursorWalkNeitherSkipNorRepeatItems(string sort)
    {
        var client = AsProducer();
        var original = await ExecuteDbContextAsync(c => c.Actors.Select(a => a.Id).ToListAsync());
        var seen = new List<int>();
        string? cursor = null;
        var round = 0;
        do
        {
            var body = await GetOkJsonAsync(client, $"/actors?sort={sort}&page_size=3&include_total=false" + (cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}"));
            seen.AddRange(Values<int>(body["actors"], "id"));
            cursor = body["next_cursor"]?.GetValue<string>();

            // Between pages: new actors at both ends of every sort.
            round++;
            await InsertAsync(
                new Actor($"Aaa {round}", 0, Gender.Male, height: 50),
                new Actor($"Zzz {round}", 120, Gender.Male));
        }
        while (cursor is not null && round < 40);

        Assert.That(seen, Is.Unique, "no item twice");
        Assert.That(original.Except(seen), Is.Empty, "no original item skipped");
    }

    [Test]
    public async Task ACursorIsBoundToItsListFiltersSortAndPageSize()
    {
        var client = AsProducer();
        var cursor = (await GetOkJsonAsync(client, "/actors?sort=name&page_size=2&gender=male"))["next_cursor"]!.GetValue<string>();
        var movieCursor = (await GetOkJsonAsync(client, "/movies?page_size=2"))["next_cursor"]!.GetValue<string>();
        var escaped = Uri.EscapeDataString(cursor);

        Assert.That((await client.GetAsync($"/actors?sort=name&page_size=2&gender=male&cursor={escaped}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var tampered = cursor[..^2] + (cursor[^2] == 'A' ? "B" : "A") + cursor[^1];
        var payloadEdited = (cursor[0] == 'e' ? "f" : "e") + cursor[1..];
        foreach (var url in new[]
        {
            $"/actors?sort=name&page_size=2&gender=male&cursor={Uri.EscapeDataString(tampered)}",
            $"/actors?sort=name&page_size=2&gender=male&cursor={Uri.EscapeDataString(payloadEdited)}",
            "/actors?sort=name&page_size=2&gender=male&cursor=not-a-cursor",
            $"/actors?sort=-name&page_size=2&gender=male&cursor={escaped}",
            $"/actors?sort=name&page_size=3&gender=male&cursor={escaped}",
            $"/actors?sort=name&page_size=2&gender=female&cursor={escaped}",
            $"/actors?sort=name&page_size=2&cursor={escaped}",
            $"/roles/{_roleId}/candidates?sort=name&page_size=2&gender=male&cursor={escaped}",
            $"/actors?page_size=2&cursor={Uri.EscapeDataString(movieCursor)}",
        })
        {
            var problem = await AssertProblemAsync(await client.GetAsync(url), 422);
            Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Is.EqualTo(new[] { "cursor" }), url);
        }
    }

    [Test]
    public async Task CursorWithPageIsA422NamingPage()
    {
        var client = AsProducer();
        var cursor = (await GetOkJsonAsync(client, "/movies?page_size=2"))["next_cursor"]!.GetValue<string>();

        var problem = await AssertProblemAsync(await client.GetAsync($"/movies?page_size=2&page=2&cursor={Uri.EscapeDataString(cursor)}"), 422);

        Assert.That(problem["errors"]!["page"], Is.Not.Null);
    }

    [Test]
    public async Task TheLastPageHasNoNextCursorAndIncludeTotalFalseSkipsTheTotal()
    {
        var client = AsProducer();
        var all = await GetOkJsonAsync(client, "/actors?page_size=100");
        var none = await GetOkJsonAsync(client, "/roles?include_total=false&page_size=5");

        Assert.Multiple(() =>
        {
            Assert.That(all["total_actors"]!.GetValue<int>(), Is.EqualTo(17));
            Assert.That(all["next_cursor"], Is.Null);
            Assert.That(none.AsObject().ContainsKey("total_roles"), Is.True);
            Assert.That(none["total_roles"], Is.Null);
            Assert.That(none["page"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(none["next_cursor"]!.GetValue<string>(), Is.Not.Empty);
        });
    }

    [Test]
    public async Task TotalsAreExactFilteredAndUnfiltered()
    {
        var client = AsProducer();
        var counts = await ExecuteDbContextAsync(async c => (
            await c.Movies.CountAsync(), await c.Actors.CountAsync(), await c.Roles.CountAsync(),
            await c.Actors.CountAsync(a => a.Gender == Gender.Female)));

        Assert.Multiple(async () =>
        {
            Assert.That((await GetOkJsonAsync(client, "/movies"))["total_movies"]!.GetValue<int>(), Is.EqualTo(counts.Item1));
            Assert.That((await GetOkJsonAsync(client, "/actors"))["total_actors"]!.GetValue<int>(), Is.EqualTo(counts.Item2));
            Assert.That((await GetOkJsonAsync(client, "/roles"))["total_roles"]!.GetValue<int>(), Is.EqualTo(counts.Item3));
            Assert.That((await GetOkJsonAsync(client, "/actors?gender=female"))["total_actors"]!.GetValue<int>(), Is.EqualTo(counts.Item4));
        });
    }

    [Test]
    public async Task AnyOfFiltersMatchAnyValue()
    {
        var client = AsProducer();
        var expected = await ExecuteDbContextAsync(c => c.Actors.Where(a => a.Gender == Gender.Female || a.Gender == Gender.NonBinary).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync());
        var byGender = await GetOkJsonAsync(client, "/actors?gender=female&gender=non-binary&page_size=100");
        var ids = expected.Take(3).ToList();
        var byId = await GetOkJsonAsync(client, $"/actors?{string.Join('&', ids.Select(i => $"id={i}"))}");
        var movieIds = await ExecuteDbContextAsync(c => c.Movies.OrderBy(m => m.Id).Select(m => m.Id).Take(2).ToListAsync());
        var movies = await GetOkJsonAsync(client, $"/movies?id={movieIds[0]}&id={movieIds[1]}&id=999999");
        var candidates = await GetOkJsonAsync(client, $"/roles/{_roleId}/candidates?id={expected[0]}&id={expected[1]}&page_size=100");

        Assert.Multiple(() =>
        {
            Assert.That(Values<int>(byGender["actors"], "id"), Is.EqualTo(expected));
            Assert.That(byGender["total_actors"]!.GetValue<int>(), Is.EqualTo(expected.Count));
            Assert.That(Values<int>(byId["actors"], "id"), Is.EqualTo(ids));
            Assert.That(Values<int>(movies["movies"], "id"), Is.EqualTo(movieIds));
            Assert.That(Values<int>(candidates["actors"], "id"), Is.SubsetOf(expected.Take(2)));
        });
    }

    [Test]
    public async Task RoleGenderIsAnyOfAndRolesTakeMinAndMaxAge()
    {
        var client = AsProducer();
        var expected = await ExecuteDbContextAsync(c => c.Roles.Where(r => r.MinAge >= 19 && r.MaxAge <= 32).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync());
        var genders = await ExecuteDbContextAsync(c => c.Roles.CountAsync(r => r.Gender == RoleGender.Any || r.Gender == RoleGender.Female));

        var byAge = await GetOkJsonAsync(client, "/roles?min_age=19&max_age=32&page_size=100");
        var byGender = await GetOkJsonAsync(client, "/roles?gender=any&gender=female");

        Assert.Multiple(() =>
        {
            Assert.That(expected, Is.Not.Empty);
            Assert.That(Values<int>(byAge["roles"], "id"), Is.EqualTo(expected));
            Assert.That(byGender["total_roles"]!.GetValue<int>(), Is.EqualTo(genders));
        });
    }

    [TestCase("id=0", "id")]
    [TestCase("gender=female&gender=robot", "gender")]
    [TestCase("min_age=-1", "min_age")]
    public async Task BadAnyOfValuesAre422s(string query, string field)
    {
        var problem = await AssertProblemAsync(await AsProducer().GetAsync($"/actors?{query}"), 422);
        Assert.That(problem["errors"]![field], Is.Not.Null);
    }

    [TestCase("/movies")]
    [TestCase("/actors")]
    [TestCase("/roles")]
    public async Task AHundredIdsAreAcceptedAnd101AreA422NamingId(string path)
    {
        var client = AsProducer();
        var hundred = string.Join('&', Enumerable.Range(1, 100).Select(i => $"id={i}"));

        Assert.That((await client.GetAsync($"{path}?{hundred}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var problem = await AssertProblemAsync(await client.GetAsync($"{path}?{hundred}&id=101"), 422);
        Assert.That(problem["errors"]!["id"], Is.Not.Null);
    }

    [TestCase("/roles?min_age=20&min_age=21", "min_age")]
    [TestCase("/movies?title=a&title=b", "title")]
    [TestCase("/actors?cursor=a&cursor=b", "cursor")]
    public async Task AnyOtherFilterGivenTwiceIsA400NamingIt(string url, string field)
    {
        var problem = await AssertProblemAsync(await AsProducer().GetAsync(url), 400);
        Assert.That(problem["errors"]![field], Is.Not.Null);
    }

    [Test]
    public async Task AnUnfilteredCandidatesTotalIsTheMaintainedCountOfItsGendersAndAgesLessTheCastActor()
    {
        var client = AsProducer();
        var movieId = await ExecuteDbContextAsync(c => c.Movies.Select(m => m.Id).FirstAsync());
        // Not the only female actor aged 23 (the test deletes one of them below), and by id: no row order is assumed.
        var castId = await ExecuteDbContextAsync(c => c.Actors.Where(a => a.Gender == Gender.Female && a.Age >= 20 && a.Age <= 24 && a.Age != 23).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        var female = await InsertRoleAsync(movieId, "Lead", RoleGender.Female, 20, 24, castId);
        var anyone = await InsertRoleAsync(movieId, "Extra", RoleGender.Any, 21, 23);

        async Task<(int Female, int Anyone)> Totals() => (
            (await GetOkJsonAsync(client, $"/roles/{female.Id}/candidates"))["total_actors"]!.GetValue<int>(),
            (await GetOkJsonAsync(client, $"/roles/{anyone.Id}/candidates"))["total_actors"]!.GetValue<int>());
        Task<(int Female, int Anyone)> Counted() => ExecuteDbContextAsync(async c => (
            await c.Actors.CountAsync(a => a.Gender == Gender.Female && a.Age >= 20 && a.Age <= 24 && a.Id != castId),
            await c.Actors.CountAsync(a => a.Age >= 21 && a.Age <= 23)));

        Assert.That(await Totals(), Is.EqualTo(await Counted()));

        // Writes move actors in and out of the groups; the totals follow.
        var someone = await ExecuteDbContextAsync(c => c.Actors.Where(a => a.Id != castId && a.Age == 22).Select(a => a.Id).FirstAsync());
        Assert.That((await PatchJsonAsync(client, $"/actors/{someone}", new { age = 60 })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await PostJsonAsync(client, "/actors", new { name = "Newcomer", age = 21, gender = "female", location = "Rome" })).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var leaving = await ExecuteDbContextAsync(c => c.Actors.Where(a => a.Id != castId && a.Gender == Gender.Female && a.Age == 23).Select(a => a.Id).FirstAsync());
        Assert.That((await client.DeleteAsync($"/actors/{leaving}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await Totals(), Is.EqualTo(await Counted()));

        // The unfiltered total is read from the maintained rows (a wrong row shows), a filtered one is counted.
        await ExecuteDbContextAsync(c => c.Database.ExecuteSqlRawAsync("UPDATE row_counts SET n = n + 1000 WHERE name = 'actors:female:22' AND slot = 0"));
        var (femaleTotal, _) = await Totals();
        Assert.That(femaleTotal, Is.EqualTo((await Counted()).Female + 1000));
        var filtered = await GetOkJsonAsync(client, $"/roles/{female.Id}/candidates?location=Rome");
        Assert.That(filtered["total_actors"]!.GetValue<int>(), Is.EqualTo((await Counted()).Female));
    }

    [TestCase("min_age=30&max_age=30", 30, 30)]
    [TestCase("min_age=0&max_age=120", 0, 120)]
    [TestCase("min_age=40&max_age=20", 40, 20)]
    [TestCase("min_age=25", 25, 120)]
    [TestCase("max_age=25", 0, 25)]
    public async Task AnAgeRangeSentAsAListOfAgesMatchesTheRange(string range, int min, int max)
    {
        // AnyOf.Between: both bounds become the list of the ages between them; an empty range is an empty page.
        var client = AsProducer();
        var expected = await ExecuteDbContextAsync(c => c.Actors.Where(a => a.Age >= min && a.Age <= max).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync());
        var body = await GetOkJsonAsync(client, $"/actors?{range}&page_size=100");
        var allGenders = await GetOkJsonAsync(client, $"/actors?{range}&gender=female&gender=male&gender=non-binary&page_size=100&include_total=false");

        Assert.Multiple(() =>
        {
            Assert.That(body["actors"]!.AsArray().Select(a => a!["id"]!.GetValue<int>()), Is.EqualTo(expected.Take(100)));
            Assert.That(body["total_actors"]!.GetValue<int>(), Is.EqualTo(expected.Count));
            Assert.That(allGenders["actors"]!.AsArray().Select(a => a!["id"]!.GetValue<int>()), Is.EqualTo(expected.Take(100)));
        });
    }

    [TestCase("id")]
    [TestCase("-id")]
    [TestCase("name")]
    [TestCase("-height")]
    public async Task AFilteredListPagesTheSameByPageAndByCursor(string sort)
    {
        // Any-of and range filters with each kind of sort: offset pages and cursor pages give the same walk.
        var client = AsProducer();
        var filter = "gender=female&gender=non-binary&location=rome&min_age=21";
        var expected = await ExecuteDbContextAsync(c => c.Actors
            .Where(a => (a.Gender == Gender.Female || a.Gender == Gender.NonBinary) && a.Age >= 21)
            .Select(a => a.Id).ToListAsync());

        var byPage = new List<int>();
        for (var page = 1; page <= 10; page++)
        {
            var body = await GetOkJsonAsync(client, $"/actors?{filter}&sort={sort}&page_size=3&page={page}");
            Assert.That(body["total_actors"]!.GetValue<int>(), Is.EqualTo(expected.Count));
            byPage.AddRange(Values<int>(body["actors"], "id"));
        }

        var byCursor = await WalkByCursorAsync(client, $"/actors?{filter}&sort={sort}&page_size=3", "actors");

        Assert.That(byPage, Is.EquivalentTo(expected));
        Assert.That(byCursor, Is.EqualTo(byPage));
        if (sort is "id" or "-id")
        {
            Assert.That(byPage, Is.EqualTo(sort == "id" ? expected.Order() : expected.OrderDescending()));
        }
    }

    [TestCase("id")]
    [TestCase("-id")]
    public async Task ARareRolesPagesMergedFromItsAgesAreTheWalkInIdOrder(string sort)
    {
        // Ten million more actors in the maintained total of all actors (and the same groups): every role of these
        // seventeen actors is now rare enough that a page in id order is merged from each age's first rows.
        await ExecuteDbContextAsync(c => c.Database.ExecuteSqlRawAsync("UPDATE row_counts SET n = n + 10000000 WHERE name = 'actors' AND slot = 0"));
        var client = AsProducer();
        var movieId = await ExecuteDbContextAsync(c => c.Movies.Select(m => m.Id).FirstAsync());
        var castId = await ExecuteDbContextAsync(c => c.Actors.Where(a => a.Gender == Gender.Female && a.Age >= 20 && a.Age <= 24).Select(a => a.Id).FirstAsync());
        var female = await InsertRoleAsync(movieId, "Lead", RoleGender.Female, 20, 24, castId);
        var anyone = await InsertRoleAsync(movieId, "Extra", RoleGender.Any, 19, 23);
        var descending = sort == "-id";

        foreach (var (role, fits) in new (Role Role, System.Linq.Expressions.Expression<Func<Actor, bool>> Fits)[]
                 {
                     (female, a => a.Gender == Gender.Female && a.Age >= 20 && a.Age <= 24 && a.Id != castId),
                     (anyone, a => a.Age >= 19 && a.Age <= 23),
                 })
        {
            var expected = await ExecuteDbContextAsync(c => c.Actors.Where(fits).Select(a => a.Id).ToListAsync());
            expected = descending ? expected.OrderDescending().ToList() : expected.Order().ToList();
            var url = $"/roles/{role.Id}/candidates?page_size=2" + (sort == "id" ? string.Empty : $"&sort={sort}");

            var byPage = new List<int>();
            for (var page = 1; page <= 20; page++)
            {
                var body = await GetOkJsonAsync(client, $"{url}&page={page}");
                Assert.That(body["total_actors"]!.GetValue<int>(), Is.EqualTo(expected.Count), $"role {role.Name}, page {page}");
                byPage.AddRange(Values<int>(body["actors"], "id"));
            }

            var byCursor = await WalkByCursorAsync(client, url, "actors");

            Assert.That(expected, Is.Not.Empty);
            Assert.That(byPage, Is.EqualTo(expected), $"role {role.Name} by page");
            Assert.That(byCursor, Is.EqualTo(expected), $"role {role.Name} by cursor");
        }
    }

    [Test]
    public async Task CountsStayExactUnderParallelInsertsAndDeletes()
    {
        var client = AsProducer();
        var movieIds = await ExecuteDbContextAsync(c => c.Movies.Select(m => m.Id).ToListAsync());
        var actorIds = await ExecuteDbContextAsync(c => c.Actors.Select(a => a.Id).ToListAsync());

        async Task Writer(int w)
        {
            for (var i = 0; i < 6; i++)
            {
                var movie = await ReadJsonAsync(await PostJsonAsync(client, "/movies", new { title = $"Storm {w}-{i}", release_date = "2020-01-01" }));
                var movieId = movie["created"]!.GetValue<int>();
                await PostJsonAsync(client, "/roles", new { movie_id = movieId, name = "Storm role", gender = "any", min_age = 20, max_age = 30 });
                await PostJsonAsync(client, "/roles", new { movie_id = movieIds[(w + i) % movieIds.Count], name = "Storm role", gender = "any", min_age = 20, max_age = 30 });
                await PostJsonAsync(client, "/actors", new { name = $"Storm {w}-{i}", age = 30, gender = "male" });

                // Moves an actor between gender-and-age groups (a 422 when the new age breaks a role they hold is fine).
                await PatchJsonAsync(client, $"/actors/{actorIds[(w + i) % actorIds.Count]}",
                    new { age = 20 + ((w * 7) + i) % 50, gender = i % 2 == 0 ? "female" : "non-binary" });
                if (i % 2 == 0)
                {
                    await client.DeleteAsync($"/movies/{movieId}"); // cascades its role
                }

                if (i == 1)
                {
                    await client.DeleteAsync($"/movies/{movieIds[w % movieIds.Count]}"); // a seeded movie with roles, maybe racing another writer
                    await client.DeleteAsync($"/actors/{actorIds[w % actorIds.Count]}");
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, 6).Select(Writer));

        var (stored, actual) = await ExecuteDbContextAsync(async c =>
        {
            var actual = new Dictionary<string, long>
            {
                ["movies"] = await c.Movies.CountAsync(), ["actors"] = await c.Actors.CountAsync(), ["roles"] = await c.Roles.CountAsync(),
                ["audit_records"] = await c.Set<AuditRecord>().IgnoreQueryFilters().CountAsync(),
            };
            var groups = await c.Actors.GroupBy(a => new { a.Gender, a.Age }).Select(g => new { g.Key.Gender, g.Key.Age, N = g.LongCount() }).ToListAsync();
            foreach (var (gender, age, name) in RowCounts.ActorGroups())
            {
                actual[name] = groups.SingleOrDefault(g => g.Gender == gender && g.Age == age)?.N ?? 0;
            }

            actual[RowCounts.ConfidentialMovies] = await c.Movies.IgnoreQueryFilters().CountAsync(m => m.Confidential);
            actual[RowCounts.RolesOfConfidentialMovies] = await c.Roles.IgnoreQueryFilters().CountAsync(r => r.Movie!.Confidential);
            return (await c.Set<RowCount>().AsNoTracking().GroupBy(r => r.Name).Select(g => new { g.Key, N = g.Sum(r => r.N) }).ToDictionaryAsync(r => r.Key, r => r.N), actual);
        });
        Assert.That(stored, Is.EquivalentTo(actual));
        Assert.That((await GetOkJsonAsync(client, "/roles"))["total_roles"]!.GetValue<int>(), Is.EqualTo(actual["roles"]));
    }
}
