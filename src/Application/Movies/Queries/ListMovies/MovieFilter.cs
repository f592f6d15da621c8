using System.ComponentModel;
using CastingAgency.Application.Common.Models;
using CastingAgency.Domain.Common;
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

    [Description("Any of these ids (repeatable, at most 100).")]
    public IReadOnlyList<int>? Id { get; init; }

    /// <summary>Narrows <paramref name="query"/> by every filter that is set (AND).</summary>
    public IQueryable<Movie> Apply(IQueryable<Movie> query)
    {
        query = AnyOf.Ids(query, Id, m => m.Id);
        if (!string.IsNullOrEmpty(SearchTerm))
        {
            var term = Guard.Normalize(SearchTerm)!;
            query = query.Where(m => m.TitleNormalized.Contains(term));
        }

        if (Title is not null)
        {
            var title = Guard.Normalize(Title);
            query = query.Where(m => m.TitleNormalized == title);
        }

        if (Company is not null)
        {
            var company = Guard.Normalize(Company);
            query = query.Where(m => m.CompanyNormalized == company);
        }

        if (ReleaseDate is { } date)
        {
            query = query.Where(m => m.ReleaseDate == date);
        }

        if (MinReleaseDate is { } min)
        {
            query = query.Where(m => m.ReleaseDate >= min);
        }

        if (MaxReleaseDate is { } max)
        {
            query = query.Where(m => m.ReleaseDate <= max);
        }

        return query;
    }
}
