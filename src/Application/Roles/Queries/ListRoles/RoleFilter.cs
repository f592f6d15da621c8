using System.ComponentModel;
using CastingAgency.Application.Common.Models;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;

namespace CastingAgency.Application.Roles.Queries.ListRoles;

/// <summary>
/// The role filters of docs/api.md §5; every one is optional and they combine with AND.
/// The gender arrives as a wire name and is checked by the validator (422 when unknown).
/// </summary>
public sealed record RoleFilter : ISortedList<Role>
{
    /// <summary>The sortable fields (docs/api.md §5).</summary>
    public static SortMap<Role> Sorting { get; } = new SortMap<Role>(r => r.Id)
        .Add("name", r => r.NameNormalized)
        .Add("min_age", r => r.MinAge)
        .Add("max_age", r => r.MaxAge);

    [Description("Roles of this movie.")]
    public int? MovieId { get; init; }

    [Description("Roles this actor holds.")]
    public int? ActorId { get; init; }

    [Description("Whole name, case-insensitive.")]
    public string? Name { get; init; }

    [Description("Any of these values (repeatable).")]
    public IReadOnlyList<string>? Gender { get; init; }

    [Description("true: roles with an actor; false: open roles.")]
    public bool? Cast { get; init; }

    [Description("Exact age (on roles: roles whose age range contains it).")]
    public int? Age { get; init; }

    [Description("Case-insensitive substring of the title (movies) or name (actors, roles).")]
    public string? SearchTerm { get; init; }

    [Description("Roles whose min_age is at least this.")]
    public int? MinAge { get; init; }

    [Description("Roles whose max_age is at most this.")]
    public int? MaxAge { get; init; }

    [Description("Any of these ids (repeatable, at most 100).")]
    public IReadOnlyList<int>? Id { get; init; }

    /// <summary>Narrows <paramref name="query"/> by every filter that is set (AND).</summary>
    public IQueryable<Role> Apply(IQueryable<Role> query)
    {
        query = AnyOf.Ids(query, Id, r => r.Id);
        if (!string.IsNullOrEmpty(SearchTerm))
        {
            var term = Guard.Normalize(SearchTerm)!;
            query = query.Where(r => r.NameNormalized.Contains(term));
        }

        if (MovieId is { } movieId)
        {
            query = query.Where(r => r.MovieId == movieId);
        }

        if (ActorId is { } actorId)
        {
            query = query.Where(r => r.ActorId == actorId);
        }

        if (Name is not null)
        {
            var name = Guard.Normalize(Name);
            query = query.Where(r => r.NameNormalized == name);
        }

        query = AnyOf.Enums<Role, RoleGender, RoleGender>(query, Gender, r => r.Gender);

        if (Cast is { } cast)
        {
            query = cast ? query.Where(r => r.ActorId != null) : query.Where(r => r.ActorId == null);
        }

        if (Age is { } age)
        {
            query = query.Where(r => r.MinAge <= age && r.MaxAge >= age);
        }

        if (MinAge is { } minAge)
        {
            query = query.Where(r => r.MinAge >= minAge);
        }

        if (MaxAge is { } maxAge)
        {
            query = query.Where(r => r.MaxAge <= maxAge);
        }

        return query;
    }
}
