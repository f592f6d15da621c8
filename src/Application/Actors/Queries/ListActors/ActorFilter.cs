using System.ComponentModel;
using CastingAgency.Application.Common.Models;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;

namespace CastingAgency.Application.Actors.Queries.ListActors;

/// <summary>
/// The actor filters of contract §4, shared by <c>GET /actors</c> and <c>GET /roles/{id}/candidates</c>.
/// Enum filters arrive as wire names and are checked by the validators (422 when unknown).
/// </summary>
public sealed record ActorFilter : ISortedList<Actor>
{
    /// <summary>The sortable fields (contract §4).</summary>
    public static SortMap<Actor> Sorting { get; } = new SortMap<Actor>(a => a.Id)
        .Add("name", a => a.NameNormalized)
        .Add("age", a => a.Age)
        .Add("height", a => a.Height);

    [Description("Case-insensitive substring of the title (movies) or name (actors, roles).")]
    public string? SearchTerm { get; init; }

    [Description("Whole name, case-insensitive.")]
    public string? Name { get; init; }

    [Description("Exact age (on roles: roles whose age range contains it).")]
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

    [Description("Whole e-mail address, case-insensitive.")]
    public string? Email { get; init; }

    [Description("true: union members (e.g. SAG-AFTRA); false: non-members.")]
    public bool? UnionMember { get; init; }

    [Description("Any of these ids (repeatable, at most 100).")]
    public IReadOnlyList<int>? Id { get; init; }

    /// <summary>Narrows <paramref name="query"/> by every filter that is set (AND). Each maps to an indexed column.</summary>
    public IQueryable<Actor> Apply(IQueryable<Actor> query)
    {
        query = AnyOf.Ids(query, Id, a => a.Id);
        if (!string.IsNullOrEmpty(SearchTerm))
        {
            var term = Guard.Normalize(SearchTerm)!;
            query = query.Where(a => a.NameNormalized.Contains(term));
        }

        if (Name is not null)
        {
            var name = Guard.Normalize(Name);
            query = query.Where(a => a.NameNormalized == name);
        }

        if (Age is { } age)
        {
            query = query.Where(a => a.Age == age);
        }

        query = AnyOf.Between(query, MinAge, MaxAge, a => a.Age, Limits.MinAge, Limits.MaxAge);

        query = AnyOf.Enums<Actor, Gender, Gender>(query, Gender, a => a.Gender);

        if (Location is not null)
        {
            var location = Guard.Normalize(Location);
            query = query.Where(a => a.LocationNormalized == location);
        }

        if (Passport is { } passport)
        {
            query = query.Where(a => a.Passport == passport);
        }

        if (DriverLicense is { } driverLicense)
        {
            query = query.Where(a => a.DriverLicense == driverLicense);
        }

        query = AnyOf.Enums<Actor, Ethnicity, Ethnicity?>(query, Ethnicity, a => a.Ethnicity);

        query = AnyOf.Enums<Actor, HairColor, HairColor?>(query, HairColor, a => a.HairColor);

        query = AnyOf.Enums<Actor, EyeColor, EyeColor?>(query, EyeColor, a => a.EyeColor);

        query = AnyOf.Enums<Actor, BodyType, BodyType?>(query, BodyType, a => a.BodyType);

        if (Height is { } height)
        {
            query = query.Where(a => a.Height == height);
        }

        if (MinHeight is { } minHeight)
        {
            query = query.Where(a => a.Height >= minHeight);
        }

        if (MaxHeight is { } maxHeight)
        {
            query = query.Where(a => a.Height <= maxHeight);
        }

        if (Email is not null)
        {
            var email = Guard.Normalize(Email);
            query = query.Where(a => a.EmailNormalized == email);
        }

        if (UnionMember is { } unionMember)
        {
            query = query.Where(a => a.UnionMember == unionMember);
        }

        return query;
    }
}
