using System.Reflection;
using AutoMapper;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using Microsoft.Extensions.Logging.Abstractions;

namespace CastingAgency.UnitTests.Roles;

/// <summary>Builders for roles, actors and movies with ids and versions, as if loaded from the store.</summary>
internal static class RoleTestData
{
    private static readonly Lazy<IMapper> LazyMapper = new(() =>
        new MapperConfiguration(cfg => cfg.AddMaps(typeof(CastingAgency.Application.DependencyInjection).Assembly), NullLoggerFactory.Instance)
            .CreateMapper());

    /// <summary>The application's real AutoMapper configuration.</summary>
    public static IMapper Mapper => LazyMapper.Value;

    public static T WithId<T>(this T entity, int id)
        where T : AuditableEntity
    {
        typeof(AuditableEntity).GetProperty(nameof(AuditableEntity.Id))!.SetValue(entity, id);
        return entity;
    }

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
        new Actor(new ActorProfile(name, age, gender)).WithId(id).WithVersion(1);

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

    /// <summary>Puts <paramref name="role"/> into the actor's private role list (what EF's Include does).</summary>
    public static void Hold(Actor actor, Role role)
    {
        var roles = (List<Role>)typeof(Actor).GetField("_roles", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(actor)!;
        roles.Add(role);
    }

    /// <summary>A snapshot of everything a role's writes may change, to assert "nothing changed".</summary>
    public static object Snapshot(Role r) =>
        (r.MovieId, r.Name, r.NameNormalized, r.Gender, r.MinAge, r.MaxAge, r.Description, r.ActorId, r.Actor);
}

/// <summary>
/// Runs composed queries in memory (LINQ to objects) and counts the statements a real store would
/// have received, so handlers are tested end to end without a database.
/// </summary>
internal sealed class InMemoryQueryRunner : IQueryRunner
{
    public int Counts { get; private set; }

    public int Lists { get; private set; }

    public List<System.Linq.Expressions.Expression> Executed { get; } = [];

    public Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        Lists++;
        Executed.Add(query.Expression);
        return Task.FromResult(query.ToList());
    }

    public Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        Counts++;
        Executed.Add(query.Expression);
        return Task.FromResult(query.Count());
    }

    public Task<T?> FirstOrDefaultAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        Executed.Add(query.Expression);
        return Task.FromResult(query.FirstOrDefault());
    }

    public Task<bool> AnyAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        Executed.Add(query.Expression);
        return Task.FromResult(query.Any());
    }
}
