using System.Linq.Expressions;
using CastingAgency.Application.Actors.Queries.ListActors;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Roles.Queries;
using CastingAgency.Application.Roles.Queries.GetRole;
using CastingAgency.Application.Roles.Queries.ListActorRoles;
using CastingAgency.Application.Roles.Queries.ListCandidates;
using CastingAgency.Application.Roles.Queries.ListMovieRoles;
using CastingAgency.Application.Roles.Queries.ListRoles;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.Infrastructure.Queries;
using Moq;

using CastingAgency.UnitTests.TestSupport;

namespace CastingAgency.UnitTests.Roles.Queries;

/// <summary>In-memory stores behind Moq'd repositories, queried through <see cref="InMemoryQueryRunner"/>.</summary>
public abstract class RoleQueryTestBase
{
    internal InMemoryQueryRunner Runner { get; private set; } = null!;

    protected List<Role> RoleRows { get; } = [];

    protected List<Actor> ActorRows { get; } = [];

    protected List<Movie> MovieRows { get; } = [];

    protected Mock<IRoleRepository> Roles { get; private set; } = null!;

    protected Mock<IActorRepository> Actors { get; private set; } = null!;

    protected Mock<IMovieRepository> Movies { get; private set; } = null!;

    [SetUp]
    public void SetUpStores()
    {
        RoleRows.Clear();
        ActorRows.Clear();
        MovieRows.Clear();
        Runner = new InMemoryQueryRunner();
        Roles = new Mock<IRoleRepository>();
        Roles.Setup(r => r.Query()).Returns(() => RoleRows.AsQueryable());
        Roles.SetupGet<IRoleRepository, Role, Application.Roles.Dtos.RoleDto>(() => RoleRows);
        Roles.Setup(r => r.FindCastingAsync(It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((int id, CancellationToken _) => RoleRows.Where(r => r.Id == id)
                .Select(r => new RoleCasting(r.Gender, r.MinAge, r.MaxAge, r.ActorId, r.Actor?.Gender, r.Actor?.Age))
                .FirstOrDefault());
        Actors = new Mock<IActorRepository>();
        Actors.Setup(a => a.Query()).Returns(() => ActorRows.AsQueryable());
        Actors.SetupExists<IActorRepository, Actor>(() => ActorRows);
        Movies = new Mock<IMovieRepository>();
        Movies.Setup(m => m.Query()).Returns(() => MovieRows.AsQueryable());
        Movies.SetupExists<IMovieRepository, Movie>(() => MovieRows);
    }

    /// <summary>The roles' query service over the stores, with <paramref name="counts"/> (none maintained unless given).</summary>
    internal RoleQueries Queries(IRowCounts? counts = null)
    {
        counts ??= Mock.Of<IRowCounts>();
        return new RoleQueries(Roles.Object, Actors.Object, counts, Runner, RoleTestData.Mapper, TestLists.Reader(Runner, counts));
    }
}

[TestFixture]
public sealed class ListRolesQueryHandlerTests : RoleQueryTestBase
{
    private Actor _jane = null!;

    [SetUp]
    public void Seed()
    {
        _jane = RoleTestData.Actor(7, 25, Gender.Female);
        RoleRows.AddRange(
        [
            RoleTestData.Role(1, movieId: 1, name: "Lead", gender: RoleGender.Female, minAge: 20, maxAge: 30, actor: _jane),
            RoleTestData.Role(2, movieId: 1, name: "Villain", gender: RoleGender.Male, minAge: 40, maxAge: 60),
            RoleTestData.Role(3, movieId: 2, name: "Extra", gender: RoleGender.Any, minAge: 0, maxAge: 120),
            RoleTestData.Role(4, movieId: 2, name: "Lead Singer", gender: RoleGender.NonBinary, minAge: 18, maxAge: 25),
        ]);
    }

    private Task<PagedList<Application.Roles.Dtos.RoleDto>> List(RoleFilter filter, PageRequest? paging = null) =>
        new ListRolesQueryHandler(Queries())
            .Handle(new ListRolesQuery(filter, paging ?? new PageRequest()), CancellationToken.None);

    private async Task<int[]> Ids(RoleFilter filter, PageRequest? paging = null) =>
        (await List(filter, paging)).Items.Select(r => r.Id).ToArray();

    [Test]
    public async Task NoFilterListsEveryRoleById() =>
        Assert.That(await Ids(new RoleFilter()), Is.EqualTo(new[] { 1, 2, 3, 4 }));

    [Test]
    public async Task MovieAndActorFilters()
    {
        Assert.That(await Ids(new RoleFilter { MovieId = 2 }), Is.EqualTo(new[] { 3, 4 }));
        Assert.That(await Ids(new RoleFilter { ActorId = 7 }), Is.EqualTo(new[] { 1 }));
        Assert.That(await Ids(new RoleFilter { MovieId = 2, ActorId = 7 }), Is.Empty);
    }

    [Test]
    public async Task NameMatchesTheWholeValueCaseInsensitively()
    {
        Assert.That(await Ids(new RoleFilter { Name = " lead " }), Is.EqualTo(new[] { 1 }));
        Assert.That(await Ids(new RoleFilter { Name = "Lea" }), Is.Empty);
    }

    [Test]
    public async Task SearchTermIsACaseInsensitiveSubstring() =>
        Assert.That(await Ids(new RoleFilter { SearchTerm = "LEAD" }), Is.EqualTo(new[] { 1, 4 }));

    [TestCase("female", new[] { 1 })]
    [TestCase("Male", new[] { 2 })]
    [TestCase("any", new[] { 3 })]
    [TestCase("non-binary", new[] { 4 })]
    public async Task GenderMatchesTheRoleGender(string gender, int[] expected) =>
        Assert.That(await Ids(new RoleFilter { Gender = [gender] }), Is.EqualTo(expected));

    [Test]
    public async Task CastTrueAndFalse()
    {
        Assert.That(await Ids(new RoleFilter { Cast = true }), Is.EqualTo(new[] { 1 }));
        Assert.That(await Ids(new RoleFilter { Cast = false }), Is.EqualTo(new[] { 2, 3, 4 }));
    }

    [TestCase(18, new[] { 3, 4 })]
    [TestCase(20, new[] { 1, 3, 4 })]
    [TestCase(25, new[] { 1, 3, 4 })]
    [TestCase(30, new[] { 1, 3 })]
    [TestCase(60, new[] { 2, 3 })]
    [TestCase(61, new[] { 3 })]
    public async Task AgePicksTheRangesThatContainItInclusively(int age, int[] expected) =>
        Assert.That(await Ids(new RoleFilter { Age = age }), Is.EqualTo(expected));

    [Test]
    public async Task FiltersCombineWithAnd() =>
        Assert.That(await Ids(new RoleFilter { MovieId = 2, Age = 20, Cast = false, SearchTerm = "e" }), Is.EqualTo(new[] { 3, 4 }));

    [Test]
    public async Task SortingAndPaging()
    {
        Assert.That(await Ids(new RoleFilter(), new PageRequest(Sort: "-max_age")), Is.EqualTo(new[] { 3, 2, 1, 4 }));
        Assert.That(await Ids(new RoleFilter(), new PageRequest(Sort: "name")), Is.EqualTo(new[] { 3, 1, 4, 2 }));
        Assert.That(await Ids(new RoleFilter(), new PageRequest(Sort: "min_age,-id")), Is.EqualTo(new[] { 3, 4, 1, 2 }));

        var page = await List(new RoleFilter(), new PageRequest(2, 3));
        Assert.That((page.Items.Select(r => r.Id).ToArray(), page.Total, page.Page, page.PageSize), Is.EqualTo((new[] { 4 }, 4, 2, 3)).Using<(int[], int, int, int)>(
            (a, b) => a.Item1.SequenceEqual(b.Item1) && a.Item2 == b.Item2 && a.Item3 == b.Item3 && a.Item4 == b.Item4));
    }

    [Test]
    public async Task APagePastTheEndIsEmptyWithTheTrueTotal()
    {
        var page = await List(new RoleFilter(), new PageRequest(5, 10));

        Assert.Multiple(() =>
        {
            Assert.That(page.Items, Is.Empty);
            Assert.That(page.Total, Is.EqualTo(4));
        });
    }

    [Test]
    public async Task MapsEveryField()
    {
        var dto = (await List(new RoleFilter { ActorId = 7 })).Items.Single();

        Assert.Multiple(() =>
        {
            Assert.That(dto.MovieId, Is.EqualTo(1));
            Assert.That(dto.ActorId, Is.EqualTo(7));
            Assert.That(dto.Name, Is.EqualTo("Lead"));
            Assert.That(dto.Gender, Is.EqualTo(RoleGender.Female));
            Assert.That((dto.MinAge, dto.MaxAge), Is.EqualTo((20, 30)));
            Assert.That(dto.Version, Is.EqualTo(1));
            Assert.That(dto.CreatedAt, Is.Not.EqualTo(default(DateTime)));
        });
    }
}

[TestFixture]
public sealed class GetAndNestedRoleQueryHandlerTests : RoleQueryTestBase
{
    [SetUp]
    public void Seed()
    {
        var actor = RoleTestData.Actor(7, 25, Gender.Female);
        ActorRows.AddRange([actor, RoleTestData.Actor(8, 40, Gender.Male)]);
        MovieRows.AddRange([RoleTestData.Movie(1), RoleTestData.Movie(2, "Empty")]);
        RoleRows.AddRange(
        [
            RoleTestData.Role(9, movieId: 1, name: "Sidekick", actor: actor),
            RoleTestData.Role(3, movieId: 1, name: "Lead", gender: RoleGender.Any, actor: actor),
            RoleTestData.Role(4, movieId: 1, name: "Open"),
            RoleTestData.Role(5, movieId: 3, name: "Elsewhere", actor: actor),
        ]);
    }

    [Test]
    public async Task GetReturnsTheRole()
    {
        var dto = await new GetRoleQueryHandler(Roles.Object).Handle(new GetRoleQuery(3), CancellationToken.None);

        Assert.That((dto.Id, dto.Name, dto.Gender, dto.ActorId), Is.EqualTo((3, "Lead", RoleGender.Any, (int?)7)));
    }

    [Test]
    public void GetUnknownRoleIsNotFound()
    {
        var ex = Assert.ThrowsAsync<NotFoundException>(
            () => new GetRoleQueryHandler(Roles.Object).Handle(new GetRoleQuery(42), CancellationToken.None));
        Assert.That(ex!.Message, Is.EqualTo("role 42 does not exist"));
    }

    [Test]
    public async Task MovieRolesAreEveryRoleOfTheMovieById()
    {
        var roles = await new ListMovieRolesQueryHandler(Movies.Object, Queries())
            .Handle(new ListMovieRolesQuery(1), CancellationToken.None);

        Assert.That(roles.Select(r => r.Id), Is.EqualTo(new[] { 3, 4, 9 }));
    }

    [Test]
    public async Task AMovieWithoutRolesHasAnEmptyList()
    {
        var roles = await new ListMovieRolesQueryHandler(Movies.Object, Queries())
            .Handle(new ListMovieRolesQuery(2), CancellationToken.None);

        Assert.That(roles, Is.Empty);
    }

    [Test]
    public void MovieRolesOfAnUnknownMovieIsNotFound()
    {
        var ex = Assert.ThrowsAsync<NotFoundException>(() => new ListMovieRolesQueryHandler(Movies.Object, Queries())
            .Handle(new ListMovieRolesQuery(42), CancellationToken.None));
        Assert.That(ex!.Message, Is.EqualTo("movie 42 does not exist"));
    }

    [Test]
    public async Task ActorRolesAreTheRolesTheActorHoldsById()
    {
        var roles = await new ListActorRolesQueryHandler(Actors.Object, Queries())
            .Handle(new ListActorRolesQuery(7), CancellationToken.None);

        Assert.That(roles.Select(r => r.Id), Is.EqualTo(new[] { 3, 5, 9 }));
    }

    [Test]
    public async Task AnActorWithoutRolesHasAnEmptyList()
    {
        var roles = await new ListActorRolesQueryHandler(Actors.Object, Queries())
            .Handle(new ListActorRolesQuery(8), CancellationToken.None);

        Assert.That(roles, Is.Empty);
    }

    [Test]
    public void ActorRolesOfAnUnknownActorIsNotFound()
    {
        var ex = Assert.ThrowsAsync<NotFoundException>(() => new ListActorRolesQueryHandler(Actors.Object, Queries())
            .Handle(new ListActorRolesQuery(42), CancellationToken.None));
        Assert.That(ex!.Message, Is.EqualTo("actor 42 does not exist"));
    }
}

[TestFixture]
public sealed class ListCandidatesQueryHandlerTests : RoleQueryTestBase
{
    [SetUp]
    public void Seed()
    {
        var cast = RoleTestData.Actor(1, 25, Gender.Female, "Cast Already");
        ActorRows.AddRange(
        [
            cast,
            RoleTestData.Actor(2, 20, Gender.Female, "Min Age"),
            RoleTestData.Actor(3, 30, Gender.Female, "Max Age"),
            RoleTestData.Actor(4, 31, Gender.Female, "Too Old"),
            RoleTestData.Actor(5, 19, Gender.Female, "Too Young"),
            RoleTestData.Actor(6, 25, Gender.Male, "Wrong Gender"),
            RoleTestData.Actor(7, 25, Gender.NonBinary, "Non Binary"),
            RoleTestData.Actor(8, 26, Gender.Female, "Inside"),
        ]);
        RoleRows.AddRange(
        [
            RoleTestData.Role(10, name: "Lead", gender: RoleGender.Female, minAge: 20, maxAge: 30, actor: cast),
            RoleTestData.Role(11, name: "Extra", gender: RoleGender.Any, minAge: 20, maxAge: 30),
            RoleTestData.Role(12, name: "Villain", gender: RoleGender.Male, minAge: 40, maxAge: 50),
        ]);
    }

    private Task<PagedList<Application.Actors.Dtos.ActorDto>> Candidates(int roleId, ActorFilter? filter = null, PageRequest? paging = null) =>
        new ListCandidatesQueryHandler(Roles.Object, Queries())
            .Handle(new ListCandidatesQuery(roleId, filter ?? new ActorFilter(), paging ?? new PageRequest()), CancellationToken.None);

    private async Task<int[]> Ids(int roleId, ActorFilter? filter = null, PageRequest? paging = null) =>
        (await Candidates(roleId, filter, paging)).Items.Select(a => a.Id).ToArray();

    [Test]
    public async Task FittingActorsExceptTheOneAlreadyCast() =>
        Assert.That(await Ids(10), Is.EqualTo(new[] { 2, 3, 8 }));

    [Test]
    public async Task AnyGenderRoleTakesEveryGenderInTheAgeRange() =>
        Assert.That(await Ids(11), Is.EqualTo(new[] { 1, 2, 3, 6, 7, 8 }));

    [Test]
    public async Task NoOneFitsIsAnEmptyPage()
    {
        var page = await Candidates(12);
        Assert.That((page.Items.Count, page.Total), Is.EqualTo((0, 0)));
    }

    [Test]
    public async Task ActorFiltersNarrowTheRoleConstraints()
    {
        Assert.That(await Ids(10, new ActorFilter { MinAge = 26 }), Is.EqualTo(new[] { 3, 8 }));
        Assert.That(await Ids(10, new ActorFilter { MaxAge = 50 }), Is.EqualTo(new[] { 2, 3, 8 }));
        Assert.That(await Ids(10, new ActorFilter { Gender = ["male"] }), Is.Empty);
        Assert.That(await Ids(11, new ActorFilter { Gender = ["non-binary"] }), Is.EqualTo(new[] { 7 }));
        Assert.That(await Ids(11, new ActorFilter { SearchTerm = "age" }), Is.EqualTo(new[] { 2, 3 }));
        Assert.That(await Ids(10, new ActorFilter { Name = "too old" }), Is.Empty);
    }

    [Test]
    public async Task SortedAndPagedWithTheTrueTotal()
    {
        Assert.That(await Ids(11, paging: new PageRequest(Sort: "-age")), Is.EqualTo(new[] { 3, 8, 1, 6, 7, 2 }));

        var page = await Candidates(11, paging: new PageRequest(2, 4, "name"));
        Assert.Multiple(() =>
        {
            Assert.That(page.Items.Select(a => a.Name), Is.EqualTo(new[] { "Non Binary", "Wrong Gender" }));
            Assert.That(page.Total, Is.EqualTo(6));
            Assert.That((page.Page, page.PageSize), Is.EqualTo((2, 4)));
        });
    }

    [Test]
    public async Task OneStatementForTheTotalAndOneForThePage()
    {
        await Candidates(11);

        Assert.That((Runner.Counts, Runner.Lists), Is.EqualTo((1, 1)));
    }

    [Test]
    public void UnknownRoleIsNotFound()
    {
        var ex = Assert.ThrowsAsync<NotFoundException>(() => Candidates(99));

        Assert.That(ex!.Message, Is.EqualTo("role 99 does not exist"));
        Assert.That((Runner.Counts, Runner.Lists), Is.EqualTo((0, 0)));
    }

    [Test]
    public async Task TheHandlerHandsTheRoleReadWithItToTheQueryService()
    {
        var filter = new ActorFilter { MinAge = 26 };
        var paging = new PageRequest(2, 5, "name");
        var page = new PagedList<Application.Actors.Dtos.ActorDto>([], 0, 2, 5);
        var queries = new Mock<IRoleQueries>(MockBehavior.Strict);
        queries.Setup(q => q.ListCandidatesAsync(
                10, new RoleCasting(RoleGender.Female, 20, 30, 1, Gender.Female, 25), filter, paging, It.IsAny<CancellationToken>()))
            .ReturnsAsync(page);

        var result = await new ListCandidatesQueryHandler(Roles.Object, queries.Object).Handle(new ListCandidatesQuery(10, filter, paging), CancellationToken.None);

        Assert.That(result, Is.SameAs(page));
    }

    [Test]
    public void AnUnknownRoleReadsNoCandidates()
    {
        var queries = new Mock<IRoleQueries>(MockBehavior.Strict);

        Assert.ThrowsAsync<NotFoundException>(() =>
            new ListCandidatesQueryHandler(Roles.Object, queries.Object).Handle(new ListCandidatesQuery(99, new ActorFilter(), new PageRequest()), CancellationToken.None));
        queries.VerifyNoOtherCalls();
    }

    [Test]
    public async Task TheGenderComparisonIsTranslatableGenderToGender()
    {
        await Candidates(10);

        var finder = new GenderComparisonFinder();
        foreach (var expression in Runner.Executed)
        {
            finder.Visit(expression);
        }

        Assert.Multiple(() =>
        {
            Assert.That(finder.Comparisons, Is.EqualTo(2), "the count and the page statements each compare the actor's gender once");
            Assert.That(finder.Mismatched, Is.Zero, "the actor's gender column must be compared to a Gender value, not a RoleGender or an int");
        });
    }

    [Test]
    public async Task AnAnyRoleDoesNotCompareGender()
    {
        await Candidates(11);

        var finder = new GenderComparisonFinder();
        foreach (var expression in Runner.Executed)
        {
            finder.Visit(expression);
        }

        Assert.That(finder.Comparisons, Is.Zero);
    }

    [Test]
    public void FittingBuildsOneComposableQuery()
    {
        var role = RoleRows[0];
        var query = RoleQueries.Fitting(ActorRows.AsQueryable(), role);

        Assert.That(query.Select(a => a.Id).ToArray(), Is.EqualTo(new[] { 2, 3, 8 }));
    }

    /// <summary>A handler whose maintained counts say <paramref name="fitting"/> of <paramref name="all"/> actors fit.</summary>
    private ListCandidatesQueryHandler WithCounts(long fitting, long all)
    {
        var counts = new Mock<IRowCounts>();
        counts.Setup(c => c.CountActorsAsync(It.IsAny<IReadOnlyCollection<Gender>>(), It.IsAny<int>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ActorCounts(fitting, all));
        return new ListCandidatesQueryHandler(Roles.Object, Queries(counts.Object));
    }

    private int ConcatsInLastPage() => new ConcatCounter().Count(Runner.Executed[^1]);

    [Test]
    public async Task ARareRoleMergesItsAgesAndPagesTheSame()
    {
        // 4 of 1,000,000 fit (the cast actor among them): a walk in id order would pass ≈5 million rows for a page;
        // the merge reads 11 ages. The total is the counts' less the cast actor, who still fits.
        var handler = WithCounts(4, 1_000_000);
        var page = await handler.Handle(new ListCandidatesQuery(10, new ActorFilter(), new PageRequest()), CancellationToken.None);
        Assert.That(page.Items.Select(a => a.Id), Is.EqualTo(new[] { 2, 3, 8 }));
        Assert.That(page.Total, Is.EqualTo(3));
        Assert.That(ConcatsInLastPage(), Is.EqualTo(15), "eleven ages (20 to 30) padded to 16 parts, one UNION ALL between each");

        // By cursor, one at a time: the same order, each page merged.
        var ids = new List<int>();
        string? cursor = null;
        do
        {
            var next = await handler.Handle(new ListCandidatesQuery(10, new ActorFilter(), new PageRequest(PageSize: 1, Cursor: cursor)), CancellationToken.None);
            ids.AddRange(next.Items.Select(a => a.Id));
            Assert.That(ConcatsInLastPage(), Is.EqualTo(15));
            cursor = next.NextCursor;
        }
        while (cursor is not null);

        Assert.That(ids, Is.EqualTo(new[] { 2, 3, 8 }));

        // Offset pages, actor filters and the other sorts.
        Assert.That((await handler.Handle(new ListCandidatesQuery(10, new ActorFilter(), new PageRequest(2, 2)), CancellationToken.None)).Items.Select(a => a.Id), Is.EqualTo(new[] { 8 }));
        Assert.That((await handler.Handle(new ListCandidatesQuery(10, new ActorFilter { MinAge = 26 }, new PageRequest()), CancellationToken.None)).Items.Select(a => a.Id), Is.EqualTo(new[] { 3, 8 }));
        Assert.That((await handler.Handle(new ListCandidatesQuery(11, new ActorFilter(), new PageRequest(Sort: "-age")), CancellationToken.None)).Items.Select(a => a.Id), Is.EqualTo(new[] { 3, 8, 1, 6, 7, 2 }));
        Assert.That(ConcatsInLastPage(), Is.Zero, "another order walks its own index");
    }

    [Test]
    public async Task TheFiltersAgesNarrowAMergedPagesParts()
    {
        var handler = WithCounts(3, 1_000_000);
        async Task<int[]> Ids(ActorFilter filter) =>
            (await handler.Handle(new ListCandidatesQuery(10, filter, new PageRequest()), CancellationToken.None)).Items.Select(a => a.Id).ToArray();

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await Ids(new ActorFilter { MinAge = 26, MaxAge = 28 }), Is.EqualTo(new[] { 3, 8 }.Where(id => ActorRows.Single(a => a.Id == id).Age is >= 26 and <= 28)));
            Assert.That(ConcatsInLastPage(), Is.EqualTo(3), "three ages (26 to 28) in four parts: the role's range narrowed, not one list per part");
            Assert.That(await Ids(new ActorFilter { MinAge = 26 }), Is.EqualTo(new[] { 3, 8 }));
            Assert.That(ConcatsInLastPage(), Is.EqualTo(7), "26 to 30: five ages in eight parts");
            Assert.That(await Ids(new ActorFilter { MinAge = 40 }), Is.Empty, "no age of the role is left");
            Assert.That(await Ids(new ActorFilter { Id = [2, 3, 8] }), Is.EqualTo(new[] { 2, 3, 8 }));
            Assert.That(ConcatsInLastPage(), Is.Zero, "a page of listed ids walks");
        });
    }

    [TestCase(20, 30, null, null, null, 20, 30)]
    [TestCase(20, 30, 25, null, null, 25, 30)]
    [TestCase(20, 30, null, 22, null, 20, 22)]
    [TestCase(20, 30, 10, 40, null, 20, 30)]
    [TestCase(20, 30, null, null, 27, 27, 27)]
    [TestCase(20, 30, 28, null, 27, 28, 27)] // empty: min above max
    public void TheRolesAgesAreNarrowedByTheFilters(int roleMin, int roleMax, int? minAge, int? maxAge, int? age, int min, int max) =>
        Assert.That(RoleQueries.Narrowed(roleMin, roleMax, new ActorFilter { MinAge = minAge, MaxAge = maxAge, Age = age }), Is.EqualTo((min, max)));

    [Test]
    public async Task ACommonRoleWalksInIdOrder()
    {
        var page = await WithCounts(400_000, 1_000_000).Handle(new ListCandidatesQuery(10, new ActorFilter(), new PageRequest()), CancellationToken.None);

        Assert.That(page.Items.Select(a => a.Id), Is.EqualTo(new[] { 2, 3, 8 }));
        Assert.That(ConcatsInLastPage(), Is.Zero);
    }

    [TestCase(3, 1_000_000, 11, 1, null, false, true)]
    [TestCase(400_000, 1_000_000, 11, 1, null, false, false)]
    [TestCase(0, 1_000_000, 1, 1, null, false, true)] // nobody fits: a walk would pass every actor of the genders
    [TestCase(10_000, 1_000_000, 5, 1, null, false, false)] // 11 × 100 = 1,100 entries walked against 5,000 for five ages
    [TestCase(10_000, 1_000_000, 5, 5, null, false, true)] // page 5: the walk passes 5,100
    [TestCase(10_000, 1_000_000, 5, 2, null, false, false)] // page 2: 2,100 entries of the gender's index
    [TestCase(10_000, 1_000_000, 5, 2, null, true, true)] // the same by primary key (any gender): 2,100 rows cost 6,300
    [TestCase(10_000, 1_000_000, 5, 9, "c", false, false)] // by cursor the depth is one page, whatever page
    [TestCase(3, 1_000_000, 65, 1, null, false, false)] // wider than MaxMergedAges
    public void TheMergeIsChosenWhenTheWalkWouldPassMoreRows(long fitting, long all, int ages, int page, string? cursor, bool anyGender, bool merge) =>
        Assert.That(
            RoleQueries.MergeByAge(new ActorCounts(fitting, all), ages, new PageRequest(page, Cursor: cursor), anyGender),
            Is.EqualTo(merge));

    [TestCase(20, 20, new[] { 20 })]
    [TestCase(20, 21, new[] { 20, 21 })]
    [TestCase(20, 22, new[] { 20, 21, 22, 19 })]
    [TestCase(30, 34, new[] { 30, 31, 32, 33, 34, 29, 29, 29 })]
    public void MergedPartsAreTheRolesAgesPaddedToAPowerOfTwoWithAnAgeOutsideIt(int minAge, int maxAge, int[] expected) =>
        Assert.That(RoleQueries.PartAges(minAge, maxAge), Is.EqualTo(expected));

    private sealed class ConcatCounter : ExpressionVisitor
    {
        private int _count;

        public int Count(Expression expression)
        {
            _count = 0;
            Visit(expression);
            return _count;
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType == typeof(Queryable) && node.Method.Name == nameof(Queryable.Concat))
            {
                _count++;
            }

            return base.VisitMethodCall(node);
        }
    }

    /// <summary>
    /// Finds comparisons with <c>Actor.Gender</c>. The compiler lifts enum equality to int on both sides,
    /// which EF undoes when both sides are the same enum; a comparison with any other type (a
    /// <see cref="RoleGender"/>, a literal int) could not be translated on the wire-name column.
    /// </summary>
    private sealed class GenderComparisonFinder : ExpressionVisitor
    {
        public int Comparisons { get; private set; }

        public int Mismatched { get; private set; }

        protected override Expression VisitBinary(BinaryExpression node)
        {
            if (node.NodeType is ExpressionType.Equal or ExpressionType.NotEqual)
            {
                var left = StripConvert(node.Left);
                var right = StripConvert(node.Right);
                var (column, other) = IsActorGender(left) ? (left, right) : IsActorGender(right) ? (right, left) : (null, null);
                if (column is not null)
                {
                    Comparisons++;
                    if (other!.Type != typeof(Gender))
                    {
                        Mismatched++;
                    }
                }
            }

            return base.VisitBinary(node);
        }

        /// <summary>A captured subquery (the ids of a deferred page) is part of the statement too.</summary>
        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression is ConstantExpression { Value: { } closure } && node.Member is System.Reflection.FieldInfo field
                && field.GetValue(closure) is IQueryable subquery)
            {
                Visit(subquery.Expression);
            }

            return base.VisitMember(node);
        }

        private static Expression StripConvert(Expression e) =>
            e is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } u ? StripConvert(u.Operand) : e;

        private static bool IsActorGender(Expression e) =>
            e is MemberExpression { Member.Name: nameof(Actor.Gender) } m && m.Member.DeclaringType == typeof(Actor);
    }
}
