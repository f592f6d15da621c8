using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Movies.Queries.GetMovie;
using CastingAgency.Application.Movies.Queries.ListMovies;
using CastingAgency.Domain.Entities;
using CastingAgency.Infrastructure.Queries;
using CastingAgency.UnitTests.TestSupport;
using FluentValidation.TestHelper;
using Moq;

namespace CastingAgency.UnitTests.Movies.Queries;

public class MovieQueryHandlerTests
{
    private Mock<IMovieRepository> _movies = null!;
    private InMemoryQueryRunner _runner = null!;

    [SetUp]
    public void SetUp()
    {
        _movies = new Mock<IMovieRepository>();
        _runner = new InMemoryQueryRunner();
        var movies = new[]
        {
            new Movie("Alpha", new DateOnly(2001, 1, 1), "Acme").WithIdentity(1),
            new Movie("Bravo", new DateOnly(2002, 1, 1), "ACME").WithIdentity(2),
            new Movie("Charlie", new DateOnly(2003, 1, 1), "Other").WithIdentity(3),
            new Movie("Delta Alpha", new DateOnly(2004, 1, 1)).WithIdentity(4),
        };
        _movies.Setup(m => m.Query()).Returns(movies.AsQueryable());
        _movies.SetupGet<IMovieRepository, Movie, Application.Movies.Dtos.MovieDetailDto>(() => movies);
    }

    private Task<PagedList<Application.Movies.Dtos.MovieDto>> List(MovieFilter filter, PageRequest paging) =>
        new ListMoviesQueryHandler(new MovieQueries(_movies.Object, TestLists.Reader(_runner))).Handle(new ListMoviesQuery(filter, paging), CancellationToken.None);

    [Test]
    public async Task ShouldPageAndSortWithTrueTotal()
    {
        var page = await List(new MovieFilter(), new PageRequest(2, 3, "-release_date"));

        Assert.That(page.Total, Is.EqualTo(4));
        Assert.That(page.Items.Select(m => m.Title), Is.EqualTo(new[] { "Alpha" }));
        Assert.That(_runner.Counts, Is.EqualTo(1));
        Assert.That(_runner.Lists, Is.EqualTo(1));
    }

    [Test]
    public async Task ShouldSkipThePageQueryPastTheEnd()
    {
        var page = await List(new MovieFilter(), new PageRequest(99, 10));

        Assert.That(page.Items, Is.Empty);
        Assert.That(page.Total, Is.EqualTo(4));
        Assert.That(_runner.Lists, Is.Zero, "no page query when the page is past the end");
    }

    [Test]
    public async Task ShouldFilterCaseInsensitively()
    {
        var company = await List(new MovieFilter { Company = "acme" }, new PageRequest(Sort: "title"));
        var search = await List(new MovieFilter { SearchTerm = "ALPHA" }, new PageRequest());
        var title = await List(new MovieFilter { Title = " bravo " }, new PageRequest());
        var range = await List(new MovieFilter { MinReleaseDate = new DateOnly(2002, 1, 1), MaxReleaseDate = new DateOnly(2003, 1, 1) }, new PageRequest());

        Assert.That(company.Items.Select(m => m.Title), Is.EqualTo(new[] { "Alpha", "Bravo" }));
        Assert.That(search.Total, Is.EqualTo(2));
        Assert.That(title.Items.Single().Title, Is.EqualTo("Bravo"));
        Assert.That(range.Total, Is.EqualTo(2));
    }

    [Test]
    public async Task ShouldFilterByConfidential()
    {
        _movies.Object.Query().Single(m => m.Id == 3).SetConfidential(true);

        var confidential = await List(new MovieFilter { Confidential = true }, new PageRequest());
        var open = await List(new MovieFilter { Confidential = false }, new PageRequest());

        Assert.That(confidential.Items.Select(m => m.Title), Is.EqualTo(new[] { "Charlie" }));
        Assert.That(confidential.Items.Single().Confidential, Is.True);
        Assert.That(open.Items.Select(m => m.Title), Is.EqualTo(new[] { "Alpha", "Bravo", "Delta Alpha" }));
    }

    [Test]
    public async Task ShouldGetMovie()
    {
        var dto = await new GetMovieQueryHandler(_movies.Object).Handle(new GetMovieQuery(3), CancellationToken.None);
        Assert.That(dto.Title, Is.EqualTo("Charlie"));
        Assert.That(dto.Cast, Is.Empty);
    }

    [Test]
    public void ShouldThrowNotFoundForUnknownMovie() =>
        Assert.ThrowsAsync<NotFoundException>(() =>
            new GetMovieQueryHandler(_movies.Object).Handle(new GetMovieQuery(42), CancellationToken.None));

    [TestCase(0, null, null, "page")]
    [TestCase(null, 0, null, "page_size")]
    [TestCase(null, 101, null, "page_size")]
    [TestCase(null, null, "budget", "sort")]
    [TestCase(null, null, "title,-nope", "sort")]
    public void ShouldRejectOutOfRangeListParameters(int? page, int? size, string? sort, string field) =>
        new ListMoviesQueryValidator().TestValidate(new ListMoviesQuery(new MovieFilter(), new PageRequest(page, size, sort)))
            .ShouldHaveValidationErrorFor(field);

    [Test]
    public void ShouldAcceptKnownSortFields() =>
        new ListMoviesQueryValidator().TestValidate(new ListMoviesQuery(new MovieFilter(), new PageRequest(1, 100, "-release_date,title,company,id")))
            .ShouldNotHaveAnyValidationErrors();
}
