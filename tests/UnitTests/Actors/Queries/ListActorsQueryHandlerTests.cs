using CastingAgency.Application.Actors.Queries;
using CastingAgency.Application.Actors.Queries.ListActors;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.Infrastructure.Queries;
using CastingAgency.UnitTests.TestSupport;
using Moq;

namespace CastingAgency.UnitTests.Actors.Queries;

public class ListActorsQueryHandlerTests
{
    private readonly List<Actor> _store = [];
    private ListActorsQueryHandler _handler = null!;

    [SetUp]
    public void SetUp()
    {
        _store.Clear();
        _store.AddRange(
        [
            new Actor("Ann", 30, Gender.Female, "Berlin", height: 170).WithIdentity(1),
            new Actor("Bo", 45, Gender.Male, "Paris", height: 185).WithIdentity(2),
            new Actor("Cy", 30, Gender.Female, "berlin", height: 160).WithIdentity(3),
            new Actor("Dee", 62, Gender.Female, height: 165).WithIdentity(4),
        ]);
        var actors = new Mock<IActorRepository>();
        actors.Setup(a => a.Query()).Returns(() => _store.AsQueryable());
        _handler = new ListActorsQueryHandler(new ActorQueries(actors.Object, TestLists.Reader(new InMemoryQueryRunner()), new InMemoryQueryRunner(), TestMapper.Create()));
    }

    [Test]
    public async Task ShouldReturnFirstPageSortedByIdWhenNothingIsGiven()
    {
        var page = await _handler.Handle(new ListActorsQuery(new ActorFilter(), new PageRequest()), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.Items.Select(a => a.Id), Is.EqualTo(new[] { 1, 2, 3, 4 }));
            Assert.That(page.Total, Is.EqualTo(4));
            Assert.That(page.Page, Is.EqualTo(1));
            Assert.That(page.PageSize, Is.EqualTo(PageRequest.DefaultPageSize));
        }
    }

    [Test]
    public async Task ShouldFilterSortAndPageWhenAllAreGiven()
    {
        var filter = new ActorFilter { Gender = ["FEMALE"], MaxAge = 62 };

        var page = await _handler.Handle(new ListActorsQuery(filter, new PageRequest(1, 2, "-age,height")), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.Items.Select(a => a.Id), Is.EqualTo(new[] { 4, 3 }));
            Assert.That(page.Total, Is.EqualTo(3));
        }
    }

    [Test]
    public async Task ShouldMatchLocationCaseInsensitivelyWhenFilteringByLocation()
    {
        var page = await _handler.Handle(
            new ListActorsQuery(new ActorFilter { Location = "BERLIN" }, new PageRequest()), CancellationToken.None);

        Assert.That(page.Items.Select(a => a.Id), Is.EqualTo(new[] { 1, 3 }));
    }

    [Test]
    public async Task ShouldReturnEmptyPageWithTrueTotalWhenPageIsPastTheEnd()
    {
        var page = await _handler.Handle(new ListActorsQuery(new ActorFilter(), new PageRequest(3, 2)), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.Items, Is.Empty);
            Assert.That(page.Total, Is.EqualTo(4));
            Assert.That(page.Page, Is.EqualTo(3));
        }
    }

    [Test]
    public async Task ShouldReturnWhatTheQueryServiceReadsForTheFilterAndPaging()
    {
        var filter = new ActorFilter { Name = "Ann" };
        var paging = new PageRequest(2, 5, "-age");
        var page = new PagedList<Application.Actors.Dtos.ActorDto>([], 0, 2, 5);
        var queries = new Mock<IActorQueries>(MockBehavior.Strict);
        queries.Setup(q => q.ListAsync(filter, paging, It.IsAny<CancellationToken>())).ReturnsAsync(page);

        var result = await new ListActorsQueryHandler(queries.Object).Handle(new ListActorsQuery(filter, paging), CancellationToken.None);

        Assert.That(result, Is.SameAs(page));
    }
}
