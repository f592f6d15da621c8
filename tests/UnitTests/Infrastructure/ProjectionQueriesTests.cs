using CastingAgency.Application.Actors.Dtos;
using CastingAgency.Application.Movies.Dtos;
using CastingAgency.Application.Roles.Dtos;
using CastingAgency.Domain.Entities;
using CastingAgency.Infrastructure.Persistence;
using CastingAgency.UnitTests.TestSupport;
using NUnit.Framework;

namespace CastingAgency.UnitTests.Infrastructure;

/// <summary>
/// The compiled detail queries reuse AutoMapper's projection; these pin that every detail DTO's projection is the
/// single Select the compiled query expects, and that it maps the same as ProjectTo does.
/// </summary>
[TestFixture]
public sealed class ProjectionQueriesTests
{
    [Test]
    public void EveryDetailProjectionIsASingleSelectLambda()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ProjectionQueries.Projection<Actor, ActorDetailDto>(TestMapper.Configuration).Parameters.Single().Type, Is.EqualTo(typeof(Actor)));
            Assert.That(ProjectionQueries.Projection<Movie, MovieDetailDto>(TestMapper.Configuration).Parameters.Single().Type, Is.EqualTo(typeof(Movie)));
            Assert.That(ProjectionQueries.Projection<Role, RoleDto>(TestMapper.Configuration).Parameters.Single().Type, Is.EqualTo(typeof(Role)));
        });
    }

    [Test]
    public void TheProjectionMapsAnActorWithItsRolesLikeProjectTo()
    {
        var actor = EntityFactory.Actor(id: 2, version: 5);
        EntityFactory.CastRole(actor, id: 30, name: "Sidekick", movie: EntityFactory.Movie(8, "Later"));
        EntityFactory.CastRole(actor, id: 10, name: "Lead", movie: EntityFactory.Movie(4, "Earlier"));

        var dto = ProjectionQueries.Projection<Actor, ActorDetailDto>(TestMapper.Configuration).Compile()(actor);

        Assert.Multiple(() =>
        {
            Assert.That((dto.Id, dto.Version, dto.Name), Is.EqualTo((2, 5, actor.Name)));
            Assert.That(dto.Movies.Select(m => m.RoleId), Is.EqualTo(new[] { 10, 30 }));
        });
    }

    [Test]
    public void APairWithoutAMappingFailsLoudly() =>
        Assert.That(() => ProjectionQueries.Projection<Actor, MovieDetailDto>(TestMapper.Configuration), Throws.Exception);
}
