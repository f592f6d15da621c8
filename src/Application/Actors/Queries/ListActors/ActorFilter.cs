using System.ComponentModel;
using CastingAgency.Application.Common.Models;
using CastingAgency.Domain.Entities;

namespace CastingAgency.Application.Actors.Queries.ListActors;

/// <summary>
/// The actor filters of docs/api.md §5, shared by <c>GET /actors</c> and <c>GET /roles/{id}/candidates</c>.
/// Enum filters arrive as wire names and are checked by the validators (422 when unknown).
/// </summary>
public sealed record ActorFilter : ISortedList<Actor>
{
    /// <summary>The sortable fields (docs/api.md §5).</summary>
    public static SortMap<Actor> Sorting { get; } = new SortMap<Actor>(a => a.Id)
        .Add("name", a => a.NameNormalized)
        .Add("age", a => a.Age)
        .Add("height", a => a.Height);

    [Description("Case-insensitive substring of the title (movies) or name (actors, roles).")]
    public string? SearchTerm { get; init; }

    [Description("Whole name, case-insensitive.")]
    public string? Name { get; init; }

    [Description("Actors of exactly this age.")]
    public int? Age { get; init; }

    [Description("Lowest age, inclusive.")]
    public int? MinAge { get; init; }

    [Description("Highest age, inclusive.")]
    public int? MaxAge { get; init; }

    [Description("Any of these values (repeatable).")]
    public IReadOnlyList<string>? Gender { get; init; }

    [Description("Whole location, case-insensitive.")]
    public string? Location { get; init; }

    public bool? Passport { get; init; }

    public bool? DriverLicense { get; init; }

    [Description("Any of these values (repeatable).")]
    public IReadOnlyList<string>? Ethnicity { get; init; }

    [Description("Any of these values (repeatable).")]
    public IReadOnlyList<string>? HairColor { get; init; }

    [Description("Any of these values (repeatable).")]
    public IReadOnlyList<string>? EyeColor { get; init; }

    [Description("Any of these values (repeatable).")]
    public IReadOnlyList<string>? BodyType { get; init; }

    [Description("Exact height in centimetres.")]
    public int? Height { get; init; }

    [Description("Lowest height in centimetres, inclusive.")]
    public int? MinHeight { get; init; }

    [Description("Highest height in centimetres, inclusive.")]
    public int? MaxHeight { get; init; }

    [Description("Whole e-mail address, case-insensitive. Needs get:contacts (403 without it).")]
    public string? Email { get; init; }

    [Description("true: union members (e.g. SAG-AFTRA); false: non-members.")]
    public bool? UnionMember { get; init; }

    [Description("Any of these ids (repeatable, at most 100).")]
    public IReadOnlyList<int>? Id { get; init; }
}
