using CastingAgency.Application.Actors.Dtos;
using CastingAgency.Application.Common.Validation;
using CastingAgency.Domain.Enums;
using CastingAgency.UnitTests.TestSupport;

namespace CastingAgency.UnitTests.Common;

public class MappingTests
{
    [Test]
    public void ShouldHaveValidConfiguration() =>
        Assert.DoesNotThrow(TestMapper.Configuration.AssertConfigurationIsValid);

    [Test]
    public void ShouldMapActorToActorDto()
    {
        var actor = EntityFactory.Actor(id: 7, version: 3, name: "Ann", age: 41, gender: Gender.NonBinary, email: "ann@example.com");

        var dto = TestMapper.Create().Map<ActorDto>(actor);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(dto.Id, Is.EqualTo(7));
            Assert.That(dto.Version, Is.EqualTo(3));
            Assert.That(dto.Name, Is.EqualTo("Ann"));
            Assert.That(dto.Age, Is.EqualTo(41));
            Assert.That(dto.Gender, Is.EqualTo(Gender.NonBinary));
            Assert.That(dto.Email, Is.EqualTo(new Optional<string?>("ann@example.com")));
        }
    }

    [Test]
    public void ShouldMapHeldRolesToMoviesOrderedByRoleIdWhenMappingActorDetail()
    {
        var actor = EntityFactory.Actor(id: 1);
        EntityFactory.CastRole(actor, id: 9, name: "Villain", movie: EntityFactory.Movie(2, "Second"));
        EntityFactory.CastRole(actor, id: 4, name: "Hero", movie: EntityFactory.Movie(1, "First"));

        var dto = TestMapper.Create().Map<ActorDetailDto>(actor);

        Assert.That(dto.Movies.Select(m => (m.MovieId, m.Title, m.RoleId, m.RoleName)), Is.EqualTo(new[]
        {
            (1, "First", 4, "Hero"),
            (2, "Second", 9, "Villain"),
        }));
    }
}
