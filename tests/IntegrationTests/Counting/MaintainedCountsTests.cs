using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.Infrastructure.Persistence;
using CastingAgency.Infrastructure.Persistence.Counting;
using CastingAgency.IntegrationTests.Faults;
using CastingAgency.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.IntegrationTests.Counting;

/// <summary>
/// ADR-011: the database's triggers keep every count of <c>row_counts</c> (the sum of its slots) exact whoever writes
/// (raw SQL, EF's bulk statements, an ON DELETE CASCADE, TRUNCATE on PostgreSQL), the counts of confidential movies and
/// of their roles included, and the operators' recount repairs a count set by hand.
/// </summary>
public sealed class MaintainedCountsTests : IntegrationTestBase
{
    private int _movieWithRoles;

    [SetUp]
    public async Task SeedAsync()
    {
        var movies = new[] { new Movie("First", new DateOnly(2001, 1, 1), "Studio"), new Movie("Second", new DateOnly(2002, 1, 1), null) };
        await InsertAsync(movies);
        var actors = Enumerable.Range(0, 12)
            .Select(i => new Actor($"Actor {i}", 20 + (i % 4), (Gender)(1 + (i % 3)), "Rome"))
            .ToArray();
        await InsertAsync(actors);
        await InsertAsync(
            new Role(movies[0].Id, "Lead", RoleGender.Any, 18, 40),
            new Role(movies[0].Id, "Second lead", RoleGender.Female, 18, 40),
            new Role(movies[0].Id, "Extra", RoleGender.Any, 18, 80),
            new Role(movies[1].Id, "Lead", RoleGender.Male, 18, 40));
        _movieWithRoles = movies[0].Id;
        await ShouldBeExactAsync("after the seed (EF)");
    }

    [Test]
    public async Task ShouldKeepEveryTotalExactWhenRowsAreWrittenWithRawSql()
    {
        // A multi-row INSERT across many groups (one statement: one trigger call on PostgreSQL).
        await SqlAsync("""
            INSERT INTO actors ("Name", "NameNormalized", "Gender", "Age", "CreatedAt", "UpdatedAt", "Version", "DriverLicense", "Passport", "UnionMember")
            SELECT "Name" || ' copy', "NameNormalized" || ' copy', "Gender", "Age" + 7, "CreatedAt", "UpdatedAt", 0, "DriverLicense", "Passport", "UnionMember" FROM actors
            """);
        await ShouldBeExactAsync("INSERT of actors");

        await SqlAsync("""
            INSERT INTO movies ("Title", "TitleNormalized", "ReleaseDate", "CreatedAt", "UpdatedAt", "Version")
            SELECT "Title" || ' II', "TitleNormalized" || ' ii', "ReleaseDate", "CreatedAt", "UpdatedAt", 0 FROM movies
            """);
        await SqlAsync("""
            INSERT INTO roles ("MovieId", "Name", "NameNormalized", "Gender", "MinAge", "MaxAge", "CreatedAt", "UpdatedAt", "Version")
            SELECT m."Id", r."Name", r."NameNormalized", r."Gender", r."MinAge", r."MaxAge", r."CreatedAt", r."UpdatedAt", 0
            FROM roles r CROSS JOIN movies m WHERE m."Title" LIKE '% II'
            """);
        await ShouldBeExactAsync("INSERT of movies and roles");

        // Moves between groups: by age, by gender, both, and an update that moves nobody.
        await SqlAsync("""UPDATE actors SET "Age" = "Age" + 30 WHERE "Gender" = 'female'""");
        await SqlAsync("""UPDATE actors SET "Gender" = CASE "Gender" WHEN 'male' THEN 'non-binary' ELSE 'male' END, "Age" = "Age" + 1 WHERE "Gender" <> 'female'""");
        await SqlAsync("""UPDATE actors SET "Name" = "Name" || '!'""");
        await ShouldBeExactAsync("UPDATE of ages and genders");

        await SqlAsync("""DELETE FROM actors WHERE "Age" > 50""");
        await SqlAsync("""DELETE FROM roles WHERE "Name" = 'Extra'""");
        await ShouldBeExactAsync("DELETE");

        // The database deletes the movie's roles (ON DELETE CASCADE), which EF never sees.
        await SqlAsync($"""DELETE FROM movies WHERE "Id" = {_movieWithRoles}""");
        await ShouldBeExactAsync("DELETE of a movie with roles (cascade)");
    }

    [Test]
    public async Task ShouldKeepTheConfidentialCountsExactWhenRowsAreWrittenWithRawSql()
    {
        // Made confidential with its roles, then a copy of every movie (confidential or not) with copies of the roles.
        await SqlAsync($"""UPDATE movies SET "Confidential" = TRUE WHERE "Id" = {_movieWithRoles}""");
        await ShouldBeExactAsync("a movie made confidential");
        await SqlAsync("""
            INSERT INTO movies ("Title", "TitleNormalized", "ReleaseDate", "CreatedAt", "UpdatedAt", "Version", "Confidential")
            SELECT "Title" || ' II', "TitleNormalized" || ' ii', "ReleaseDate", "CreatedAt", "UpdatedAt", 0, "Confidential" FROM movies
            """);
        await SqlAsync("""
            INSERT INTO roles ("MovieId", "Name", "NameNormalized", "Gender", "MinAge", "MaxAge", "CreatedAt", "UpdatedAt", "Version")
            SELECT m."Id", r."Name", r."NameNormalized", r."Gender", r."MinAge", r."MaxAge", r."CreatedAt", r."UpdatedAt", 0
            FROM roles r CROSS JOIN movies m WHERE m."Title" LIKE '% II'
            """);
        await ShouldBeExactAsync("INSERT of confidential and open movies and their roles");

        // Roles moved between open and confidential movies (and within one), a movie's title changed, a movie made open.
        await SqlAsync($"""UPDATE roles SET "MovieId" = {_movieWithRoles} WHERE "Name" = 'Lead'""");
        await SqlAsync($"""UPDATE roles SET "MovieId" = (SELECT MIN("Id") FROM movies WHERE NOT "Confidential") WHERE "Name" = 'Extra'""");
        await SqlAsync("""UPDATE movies SET "Title" = "Title" || '!'""");
        await SqlAsync("""UPDATE movies SET "Confidential" = NOT "Confidential" WHERE "Title" LIKE '% II!'""");
        await ShouldBeExactAsync("roles moved, movies toggled");

        // Roles deleted from a confidential movie, then confidential movies deleted with the rest of their roles (cascade).
        await SqlAsync($"""DELETE FROM roles WHERE "MovieId" = {_movieWithRoles} AND "Name" = 'Second lead'""");
        await ShouldBeExactAsync("DELETE of roles of a confidential movie");
        await SqlAsync("""DELETE FROM movies WHERE "Confidential" """);
        await ShouldBeExactAsync("DELETE of confidential movies with roles (cascade)");
    }

    [Test]
    public async Task ShouldLoseNoConfidentialRoleWhenMoviesAreToggledWhileRolesAreWritten()
    {
        // Writers add, move and delete roles while others make the movies confidential and open again.
        var movies = await ExecuteDbContextAsync(c => c.Movies.Select(m => m.Id).ToListAsync());
        async Task RoleWriter(int w)
        {
            for (var i = 0; i < 8; i++)
            {
                var movie = movies[(w + i) % movies.Count];
                await SqlAsync($"""
                    INSERT INTO roles ("MovieId", "Name", "NameNormalized", "Gender", "MinAge", "MaxAge", "CreatedAt", "UpdatedAt", "Version")
                    SELECT {movie}, 'W{w}', 'w{w}', "Gender", "MinAge", "MaxAge", "CreatedAt", "UpdatedAt", 0 FROM roles WHERE "Name" = 'Lead'
                    """);
                await SqlAsync($"""UPDATE roles SET "MovieId" = {movies[(w + i + 1) % movies.Count]} WHERE "Name" = 'W{w}' AND "Id" % 2 = 0""");
                if (i % 3 == 2)
                {
                    await SqlAsync($"""DELETE FROM roles WHERE "Name" = 'W{w}' AND "MovieId" = {movie}""");
                }
            }
        }

        async Task Toggler(int t)
        {
            for (var i = 0; i < 8; i++)
            {
                await SqlAsync($"""UPDATE movies SET "Confidential" = NOT "Confidential" WHERE "Id" = {movies[(t + i) % movies.Count]}""");
            }
        }

        await Task.WhenAll(Enumerable.Range(0, 4).Select(RoleWriter).Concat(Enumerable.Range(0, 2).Select(Toggler)));

        await ShouldBeExactAsync("after role writers and togglers");
    }

    [Test]
    public async Task ShouldKeepEveryTotalExactUnderEfBulkStatements()
    {
        await ExecuteDbContextAsync(c => c.Actors.Where(a => a.Gender == Gender.Male).ExecuteUpdateAsync(s => s.SetProperty(a => a.Age, a => a.Age + 5)));
        await ShouldBeExactAsync("ExecuteUpdate of ages");

        await ExecuteDbContextAsync(c => c.Actors.Where(a => a.Gender == Gender.Female).ExecuteDeleteAsync());
        await ExecuteDbContextAsync(c => c.Movies.Where(m => m.Id == _movieWithRoles).ExecuteDeleteAsync());
        await ShouldBeExactAsync("ExecuteDelete of actors and of a movie with roles");
    }

    [Test]
    public async Task ShouldLoseNoIncrementWhenBulkStatementsRunInParallel()
    {
        // Each writer's statements touch many of the same counter rows as the others' (same genders and ages).
        async Task Writer(int w)
        {
            for (var i = 0; i < 8; i++)
            {
                await SqlAsync($"""
                    INSERT INTO actors ("Name", "NameNormalized", "Gender", "Age", "CreatedAt", "UpdatedAt", "Version", "DriverLicense", "Passport", "UnionMember")
                    SELECT 'P{w}', 'p{w}', "Gender", "Age" + {i}, "CreatedAt", "UpdatedAt", 0, "DriverLicense", "Passport", "UnionMember" FROM actors WHERE "Name" LIKE 'Actor %'
                    """);
                await SqlAsync($"""UPDATE actors SET "Age" = "Age" + 1, "Gender" = 'female' WHERE "Name" = 'P{w}' AND "Age" % 2 = 0""");
                if (i % 3 == 2)
                {
                    await SqlAsync($"""DELETE FROM actors WHERE "Name" = 'P{w}' AND "Gender" <> 'female'""");
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, 6).Select(Writer));

        await ShouldBeExactAsync("after parallel bulk writers");
    }

    [Test]
    public async Task ShouldZeroTheTotalsOfTruncatedTablesOnPostgres()
    {
        if (!TestDatabase.IsPostgres)
        {
            Assert.Ignore("TRUNCATE is PostgreSQL's (SQL Server's fires no trigger: the recount repairs it)");
        }

        await SqlAsync("TRUNCATE roles CASCADE");
        await ShouldBeExactAsync("TRUNCATE roles");
        await SqlAsync("TRUNCATE movies, actors CASCADE");
        await ShouldBeExactAsync("TRUNCATE movies and actors");
    }

    [Test]
    public async Task ShouldRecountEveryRowThatWasSetByHand()
    {
        await SqlAsync("UPDATE row_counts SET n = n + 7 WHERE slot = 0");
        var names = await ExecuteDbContextAsync(c => c.Set<RowCount>().Select(r => r.Name).Distinct().ToListAsync());

        var corrections = await ExecuteDbContextAsync(c => new RowCountsRecount(c).RunAsync(CancellationToken.None));

        Assert.That(corrections.Select(c => c.Name), Is.EquivalentTo(names), "every row is recounted");
        Assert.That(corrections, Has.All.Matches<RowCountsRecount.Correction>(c => c.Was == c.Now + 7));
        await ShouldBeExactAsync("after the recount");
        Assert.That(await ExecuteDbContextAsync(c => new RowCountsRecount(c).RunAsync(CancellationToken.None)), Is.Empty, "nothing left to correct");
    }

    [Test]
    public async Task ShouldRecountFromTheCommandLine()
    {
        // The operators' command (docs/operations.md), on the real process: it starts no server and exits.
        await SqlAsync("UPDATE row_counts SET n = n + 3 WHERE name IN ('movies', 'actors:male:21') AND slot = 0");
        await using var api = ApiProcess.Start(ApiProcess.TestSettings(), RowCountsRecount.Command);

        Assert.That(await api.WaitForExitAsync(TimeSpan.FromSeconds(120)), Is.True, "the command ends:\n" + api.Output);
        Assert.Multiple(() =>
        {
            Assert.That(api.ExitCode, Is.EqualTo(0), api.Output);
            Assert.That(api.Output, Does.Contain("Recount: movies held 5, now 2"), api.Output);
            Assert.That(api.Output, Does.Contain("Recount: actors:male:21 held 4, now 1"), api.Output);
            Assert.That(api.Output, Does.Contain("Recount done: 2 row(s) of row_counts corrected"), api.Output);
        });
        await ShouldBeExactAsync("after recount-counts");
    }

    [Test]
    public async Task ShouldStayExactWhenARecountRunsBesideWriters()
    {
        var client = AsProducer();
        var actorIds = await ExecuteDbContextAsync(c => c.Actors.Select(a => a.Id).ToListAsync());

        async Task Writer(int w)
        {
            for (var i = 0; i < 5; i++)
            {
                await PostJsonAsync(client, "/actors", new { name = $"Writer {w}-{i}", age = 30 + i, gender = "male" });
                await PatchJsonAsync(client, $"/actors/{actorIds[(w * 5 + i) % actorIds.Count]}", new { age = 40 + w, gender = i % 2 == 0 ? "female" : "non-binary" });
                await SqlAsync($"""DELETE FROM actors WHERE "Name" = 'Writer {w}-{i - 1}'""");
            }
        }

        async Task Recounts()
        {
            for (var i = 0; i < 2; i++)
            {
                await ExecuteDbContextAsync(c => new RowCountsRecount(c).RunAsync(CancellationToken.None));
            }
        }

        await Task.WhenAll(Enumerable.Range(0, 4).Select(Writer).Append(Recounts()));

        await ShouldBeExactAsync("after writers and recounts");
    }

    private static Task SqlAsync(string sql) => ExecuteDbContextAsync(c => c.Database.ExecuteSqlRawAsync(sql));

    /// <summary>Every count of row_counts against COUNT(*) of what it counts (GROUP BY for the actors' groups).</summary>
    private static async Task ShouldBeExactAsync(string after)
    {
        var (stored, actual) = await ExecuteDbContextAsync(async c =>
        {
            var actual = new Dictionary<string, long>
            {
                ["movies"] = await c.Movies.IgnoreQueryFilters().LongCountAsync(),
                ["actors"] = await c.Actors.LongCountAsync(),
                ["roles"] = await c.Roles.IgnoreQueryFilters().LongCountAsync(),
                ["audit_records"] = await c.Set<AuditRecord>().IgnoreQueryFilters().LongCountAsync(),
                [RowCounts.ConfidentialMovies] = await c.Movies.IgnoreQueryFilters().LongCountAsync(m => m.Confidential),
                [RowCounts.RolesOfConfidentialMovies] = await c.Roles.IgnoreQueryFilters().LongCountAsync(r => r.Movie!.Confidential),
            };
            var groups = await c.Actors.GroupBy(a => new { a.Gender, a.Age }).Select(g => new { g.Key.Gender, g.Key.Age, N = g.LongCount() }).ToListAsync();
            foreach (var (gender, age, name) in RowCounts.ActorGroups())
            {
                actual[name] = groups.SingleOrDefault(g => g.Gender == gender && g.Age == age)?.N ?? 0;
            }

            // A count is the sum of its slots.
            return (await c.Set<RowCount>().AsNoTracking().GroupBy(r => r.Name).Select(g => new { g.Key, N = g.Sum(r => r.N) })
                .ToDictionaryAsync(r => r.Key, r => r.N), actual);
        });

        Assert.That(stored.Keys, Is.EquivalentTo(actual.Keys), after);
        var wrong = actual.Where(a => stored[a.Key] != a.Value).Select(a => $"{a.Key}: kept {stored[a.Key]}, counted {a.Value}");
        Assert.That(wrong, Is.Empty, after);
    }
}
