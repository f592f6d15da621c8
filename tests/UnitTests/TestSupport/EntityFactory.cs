using System.Reflection;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;

namespace CastingAgency.UnitTests.TestSupport;

/// <summary>
/// Builds domain entities as if they had been loaded from the store: the private <c>Id</c>,
/// <c>Version</c> and navigation members are set by reflection.
/// </summary>
public static class EntityFactory
{
    public static T WithIdentity<T>(this T entity, int id, int version = 1)
        where T : AuditableEntity
    {
        SetProperty(typeof(AuditableEntity), entity, nameof(AuditableEntity.Id), id);
        SetProperty(typeof(AuditableEntity), entity, nameof(AuditableEntity.Version), version);
        return entity;
    }

    public static Actor Actor(
        int id = 1, int version = 1, string name = "Ann Actor", int age = 30, Gender gender = Gender.Female, string? email = null) =>
        new Actor(name, age, gender, email: email).WithIdentity(id, version);

    public static Movie Movie(int id = 1, string title = "The Movie") =>
        new Movie(title, new DateOnly(2020, 1, 19)).WithIdentity(id);

    /// <summary>A role cast with <paramref name="actor"/>, appended to the actor's roles as EF Core would load it.</summary>
    public static Role CastRole(
        Actor actor, int id, string name = "Lead", RoleGender gender = RoleGender.Any, int minAge = 0, int maxAge = 120, Movie? movie = null)
    {
        movie ??= Movie();
        var role = new Role(movie.Id, name, gender, minAge, maxAge, actor: actor).WithIdentity(id);
        SetProperty(typeof(Role), role, nameof(Role.Movie), movie);
        Hold(actor, role);
        return role;
    }

    /// <summary>Puts <paramref name="role"/> into the actor's private role list (what EF's Include does).</summary>
    public static void Hold(Actor actor, Role role)
    {
        var roles = (List<Role>)typeof(Actor).GetField("_roles", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(actor)!;
        roles.Add(role);
    }

    private static void SetProperty(Type declaringType, object target, string name, object? value) =>
        declaringType.GetProperty(name, BindingFlags.Public | BindingFlags.Instance)!
            .GetSetMethod(nonPublic: true)!
            .Invoke(target, [value]);
}
