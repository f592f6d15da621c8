using System.ComponentModel;
using CastingAgency.Application.Common.Models;
using CastingAgency.Domain.Entities;

namespace CastingAgency.Application.Movies.Queries.ListMovies;

/// <summary>The movie filters of docs/api.md §5; every one is optional and they combine with AND.</summary>
public sealed record MovieFilter : ISortedList<Movie>
{
    /// <summary>The sortable fields (docs/api.md §5).</summary>
    public static SortMap<Movie> Sorting { get; } = new SortMap<Movie>(m => m.Id)
        .Add("title", m => m.TitleNormalized)
        .Add("release_date", m => m.ReleaseDate)
        .Add("company", m => m.CompanyNormalized, nullable: true);

    [Description("Case-insensitive substring of the title (movies) or name (actors, roles).")]
    public string? SearchTerm { get; init; }

    [Description("Whole title, case-insensitive.")]
    public string? Title { get; init; }

    [Description("Whole company name, case-insensitive.")]
    public string? Company { get; init; }

    [Description("Exact release date (YYYY-MM-DD).")]
    public DateOnly? ReleaseDate { get; init; }

    [Description("Earliest release date, inclusive.")]
    public DateOnly? MinReleaseDate { get; init; }

    [Description("Latest release date, inclusive.")]
    public DateOnly? MaxReleaseDate { get; init; }

    [Description("true: only the confidential movies the caller sees; false: only the others.")]
    public bool? Confidential { get; init; }

    [Description("Any of these ids (repeatable, at most 100).")]
    public IReadOnlyList<int>? Id { get; init; }
}
