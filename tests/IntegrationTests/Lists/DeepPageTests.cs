using System.Text.Json.Nodes;
using CastingAgency.Application.Actors.Queries.ListActors;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Movies.Queries.ListMovies;
using CastingAgency.Application.Roles.Queries.ListRoles;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.IntegrationTests.Lists;

/// <summary>
/// Deep offset pages (issue 26; docs/performance.md, "Deep offset pages"): a page that skips 1,000 rows or more
/// (ListReader.DeepOffset) reads its ids first. Every sort of every list, on the pages around that depth, returns exactly
/// the rows and order of the whole list sorted here, in memory, by the same keys (nulls last, ties by id), with the
/// same total and a next cursor that continues it; and a caller who may not see confidential productions reads deep
/// pages of what they see only.
/// </summary>
public sealed class DeepPageTests : IntegrationTestBase
{
    private const int Rows = 1_234;
    private const int PageSize = 100;

    // Page 10 skips 900 rows (the shallow read), 11 and 12 skip 1,000 and 1,100 (ids first), 13 is the last (34 rows), 14 is past it.
    private static readonly int[] Pages = [10, 11, 12, 13, 14];

    private static readonly string[] MovieSorts = ["id", "-id", "title", "-title", "release_date", "-release_date", "company", "-company", "-release_date,title", "company,-release_date"];
    private static readonly string[] ActorSorts = ["id", "-id", "name", "-name", "age", "-age", "height", "-height", "-age,height", "height,-name"];
    private static readonly string[] RoleSorts = ["id", "-id", "name", "-name", "min_age", "-min_age", "max_age", "-max_age", "-max_age,name"];

    [Test]
    public async Task EveryDeepPageOfActorsIsThePageOfTheSortedList()
    {
        // Names, ages and heights repeat (ties by id), a fifth of the heights are null (last), and names compare the
        // same under any collation (one prefix, zero-padded numbers).
        await InsertAsync(Enumerable.Range(1, Rows)
            .Select(i => new Actor(
                $"Actor {i % 97:D4}", 18 + (i % 41), (Gender)(1 + (i % 3)), "Rome", height: i % 5 == 0 ? null : 150 + (i % 37)))
            .ToArray());
        var actors = await ExecuteDbContextAsync(c => c.Actors.AsNoTracking().ToListAsync());

        await AssertDeepPagesAsync(AsProducer(), "/actors", "actors", "total_actors", ActorSorts, ActorFilter.Sorting, actors, a => a.Id);
    }

    [Test]
    public async Task EveryDeepPageOfMoviesIsThePageOfTheSortedList()
    {
        await InsertAsync(MoviesToInsert());
        var movies = await ExecuteDbContextAsync(c => c.Movies.AsNoTracking().ToListAsync());

        await AssertDeepPagesAsync(AsProducer(), "/movies", "movies", "total_movies", MovieSorts, MovieFilter.Sorting, movies, m => m.Id);
    }

    [Test]
    public async Task EveryDeepPageOfRolesIsThePageOfTheSortedList()
    {
        var movies = Enumerable.Range(1, 20).Select(i => new Movie($"Movie {i:D4}", new DateOnly(2000, 1, i))).ToArray();
        await InsertAsync(movies);
        await InsertAsync(RolesToInsert(movies));
        var roles = await ExecuteDbContextAsync(c => c.Roles.AsNoTracking().ToListAsync());

        await AssertDeepPagesAsync(AsProducer(), "/roles", "roles", "total_roles", RoleSorts, RoleFilter.Sorting, roles, r => r.Id);
    }

    [Test]
    public async Task ADeepPageShowsACallerOnlyTheProductionsTheyMaySee()
    {
        // A third of the movies are confidential; a director (no read:confidential, on no team) does not see them nor their roles.
        var movies = MoviesToInsert(1_800);
        foreach (var movie in movies.Where((_, i) => i % 3 == 0))
        {
            movie.SetConfidential(true);
        }

        await InsertAsync(movies);
        await InsertAsync(RolesToInsert(movies.Take(20).ToArray()));
        await InsertAsync(RolesToInsert(movies.Skip(20).Take(20).ToArray()));
        var (visibleMovies, visibleRoles) = await ExecuteDbContextAsync(async c => (
            await c.Movies.IgnoreQueryFilters().AsNoTracking().Where(m => !m.Confidential).ToListAsync(),
            await c.Roles.IgnoreQueryFilters().AsNoTracking().Where(r => !r.Movie!.Confidential).ToListAsync()));
        Assert.That(visibleMovies, Has.Count.GreaterThanOrEqualTo(1_100 + PageSize), "deep pages exist for the director");
        Assert.That(visibleRoles, Has.Count.GreaterThanOrEqualTo(1_100 + PageSize), "deep pages exist for the director");
        var director = AsDirector();

        foreach (var (path, items, rows, pages) in new[]
        {
            ("/movies", "movies", visibleMovies.Select(m => m.Id).Order().ToList(), new[] { 1, 11, 12 }),
            ("/roles", "roles", visibleRoles.Select(r => r.Id).Order().ToList(), new[] { 11, 12, 17 }),
        })
        {
            foreach (var page in pages)
            {
                var body = await GetOkJsonAsync(director, $"{path}?page_size={PageSize}&page={page}");
                Assert.That(Values<int>(body[items], "id"), Is.EqualTo(rows.Skip((page - 1) * PageSize).Take(PageSize).ToList()), $"{path} page {page}");
            }
        }
    }

    /// <summary>Titles, dates and companies repeat (a title never twice on one date); a quarter of the companies are null.</summary>
    private static Movie[] MoviesToInsert(int count = Rows) =>
        Enumerable.Range(1, count)
            .Select(i => new Movie($"Movie {i % 89:D4}", new DateOnly(2000, 1, 1).AddDays(i % 400), i % 4 == 0 ? null : $"Studio {i % 7}"))
            .ToArray();

    private static Role[] RolesToInsert(Movie[] movies) =>
        Enumerable.Range(1, Rows)
            .Select(i => new Role(movies[i % movies.Length].Id, $"Role {i % 83:D4}", (RoleGender)(1 + (i % 4)), 18 + (i % 13), 40 + (i % 29)))
            .ToArray();

    /// <summary>
    /// Each page of <see cref="Pages"/> under every sort is the slice of <paramref name="all"/> sorted in memory by the
    /// sort's keys; its total is the list's size, and its next cursor (when there is a next page) reads the next page.
    /// </summary>
    private static async Task AssertDeepPagesAsync<T>(
        HttpClient client, string path, string items, string totalField, string[] sorts, SortMap<T> sorting, List<T> all, Func<T, int> id)
    {
        Assert.That(all, Has.Count.GreaterThan(1_000 + PageSize), "pages deeper than 1,000 rows exist");
        foreach (var sort in sorts)
        {
            var expected = Sorted(all, sorting.Keys(sort), id);
            foreach (var page in Pages)
            {
                var url = $"{path}?sort={sort}&page_size={PageSize}&page={page}";
                var body = await GetOkJsonAsync(client, url);
                var slice = expected.Skip((page - 1) * PageSize).Take(PageSize).ToList();
                Assert.Multiple(() =>
                {
                    Assert.That(Values<int>(body[items], "id"), Is.EqualTo(slice), url);
                    Assert.That(body[totalField]!.GetValue<int>(), Is.EqualTo(all.Count), url);
                    Assert.That(body["page"]!.GetValue<int>(), Is.EqualTo(page), url);
                });

                var more = page * PageSize < all.Count;
                Assert.That(body["next_cursor"], more ? Is.Not.Null : Is.Null, url);
                if (more)
                {
                    var cursor = Uri.EscapeDataString(body["next_cursor"]!.GetValue<string>());
                    JsonNode next = await GetOkJsonAsync(client, $"{path}?sort={sort}&page_size={PageSize}&cursor={cursor}");
                    Assert.That(Values<int>(next[items], "id"), Is.EqualTo(expected.Skip(page * PageSize).Take(PageSize).ToList()), $"{url}, then its next cursor");
                }
            }
        }
    }

    /// <summary>The ids of <paramref name="rows"/> in the effective sort <paramref name="keys"/>: nulls last in both directions, strings ordinal.</summary>
    private static List<int> Sorted<T>(List<T> rows, IReadOnlyList<SortKey> keys, Func<T, int> id)
    {
        IOrderedEnumerable<T>? ordered = null;
        foreach (var key in keys)
        {
            var selector = key.Selector.Compile();
            object? Value(T row) => selector.DynamicInvoke(row);
            if (key.Nullable)
            {
                ordered = ordered is null ? rows.OrderBy(r => Value(r) is null) : ordered.ThenBy(r => Value(r) is null);
            }

            ordered = (ordered, key.Descending) switch
            {
                (null, false) => rows.OrderBy(Value, KeyComparer.Instance),
                (null, true) => rows.OrderByDescending(Value, KeyComparer.Instance),
                (_, false) => ordered.ThenBy(Value, KeyComparer.Instance),
                (_, true) => ordered.ThenByDescending(Value, KeyComparer.Instance),
            };
        }

        return ordered!.Select(id).ToList();
    }

    private sealed class KeyComparer : IComparer<object?>
    {
        public static readonly KeyComparer Instance = new();

        public int Compare(object? x, object? y) => (x, y) switch
        {
            (string a, string b) => string.CompareOrdinal(a, b),
            _ => System.Collections.Comparer.DefaultInvariant.Compare(x, y),
        };
    }
}
