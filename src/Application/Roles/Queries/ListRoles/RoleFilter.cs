using System.ComponentModel;
using CastingAgency.Application.Common.Models;
using CastingAgency.Domain.Entities;

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

    [Description("Roles whose age range contains this age.")]
    public int? Age { get; init; }

    [Description("Case-insensitive substring of the title (movies) or name (actors, roles).")]
    public string? SearchTerm { get; init; }

    [Description("Roles whose min_age is at least this.")]
    public int? MinAge { get; init; }

    [Description("Roles whose max_age is at most this.")]
    public int? MaxAge { get; init; }

    [Description("Any of these ids (repeatable, at most 100).")]
    public IReadOnlyList<int>? Id { get; init; }
}
