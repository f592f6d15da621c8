using AutoMapper;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.UnitTests.TestSupport;

namespace CastingAgency.UnitTests.Roles;

/// <summary>Builders for roles, actors and movies with ids and versions, as if loaded from the store.</summary>
internal static class RoleTestData
{
    private static readonly Lazy<IMapper> LazyMapper = new(TestMapper.Create);

    /// <summary>The application's real AutoMapper configuration.</summary>
    public static IMapper Mapper => LazyMapper.Value;

    public static T WithId<T>(this T entity, int id)
        where T : AuditableEntity =>
        entity.WithIdentity(id, entity.Version);

    /// <summary>Stamps the entity as stored (version 1), then bumps it to <paramref name="version"/>.</summary>
    public static T WithVersion<T>(this T entity, int version)
        where T : AuditableEntity
    {
        var now = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        entity.StampCreated(now);
        for (var v = 1; v < version; v++)
        {
            entity.StampUpdated(now);
        }

        return entity;
    }

    public static Actor Actor(int id, int age, Gender gender, string name = "Jane Doe") =>
        new Actor(name, age, gender).WithId(id).WithVersion(1);

    public static Movie Movie(int id, string title = "Arrival") =>
        new Movie(title, new DateOnly(2016, 11, 11)).WithId(id).WithVersion(1);

    /// <summary>A stored role; when an actor is given it is cast (and the actor's roles hold it, as EF would load them).</summary>
    public static Role Role(
        int id, int movieId = 1, string name = "Lead", RoleGender gender = RoleGender.Female, int minAge = 20, int maxAge = 30,
        Actor? actor = null, string? description = null)
    {
        var role = new Role(movieId, name, gender, minAge, maxAge, description, actor).WithId(id).WithVersion(1);
        if (actor is not null)
        {
            Hold(actor, role);
        }

        return role;
    }

    public static void Hold(Actor actor, Role role) => EntityFactory.Hold(actor, role);

    /// <summary>A snapshot of everything a role's writes may change, to assert "nothing changed".</summary>
    public static object Snapshot(Role r) =>
        (r.MovieId, r.Name, r.NameNormalized, r.Gender, r.MinAge, r.MaxAge, r.Description, r.ActorId, r.Actor);
}
