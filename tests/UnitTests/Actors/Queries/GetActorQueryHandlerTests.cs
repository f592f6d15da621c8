using CastingAgency.Application.Actors.Dtos;
using CastingAgency.Application.Actors.Queries.GetActor;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Domain.Entities;
using CastingAgency.UnitTests.TestSupport;
using Moq;

namespace CastingAgency.UnitTests.Actors.Queries;

public class GetActorQueryHandlerTests
{
    private readonly List<Actor> _store = [];
    private GetActorQueryHandler _handler = null!;

    [SetUp]
    public void SetUp()
    {
        _store.Clear();
        var actors = new Mock<IActorRepository>();
        actors.SetupGet<IActorRepository, Actor, ActorDetailDto>(() => _store);
        _handler = new GetActorQueryHandler(actors.Object);
    }

    [Test]
    public async Task ShouldReturnActorWithHeldRolesOrderedByRoleIdWhenFound()
    {
        var actor = EntityFactory.Actor(id: 2, version: 5);
        EntityFactory.CastRole(actor, id: 30, name: "Sidekick", movie: EntityFactory.Movie(8, "Later"));
        EntityFactory.CastRole(actor, id: 10, name: "Lead", movie: EntityFactory.Movie(4, "Earlier"));
        _store.AddRange([EntityFactory.Actor(id: 1), actor]);

        var dto = await _handler.Handle(new GetActorQuery(2), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(dto.Id, Is.EqualTo(2));
            Assert.That(dto.Version, Is.EqualTo(5));
            Assert.That(dto.Name, Is.EqualTo(actor.Name));
            Assert.That(dto.Movies.Select(m => (m.MovieId, m.Title, m.RoleId, m.RoleName)), Is.EqualTo(new[]
            {
                (4, "Earlier", 10, "Lead"),
                (8, "Later", 30, "Sidekick"),
            }));
        }
    }

    [Test]
    public async Task ShouldReturnNoMoviesWhenActorHoldsNoRole()
    {
        _store.Add(EntityFactory.Actor(id: 1));

        var dto = await _handler.Handle(new GetActorQuery(1), CancellationToken.None);

        Assert.That(dto.Movies, Is.Empty);
    }

    [Test]
    public void ShouldThrowNotFoundWhenActorIsMissing()
    {
        var ex = Assert.ThrowsAsync<NotFoundException>(() => _handler.Handle(new GetActorQuery(42), CancellationToken.None));

        Assert.That(ex!.Message, Is.EqualTo("actor 42 does not exist"));
    }
}
