using CastingAgency.Application.Common.Models;
using CastingAgency.Domain.Entities;

namespace CastingAgency.Application.Movies;

/// <summary>The sortable fields of movies (contract §4).</summary>
public static class MovieSorting
{
    public static readonly SortMap<Movie> Map = new SortMap<Movie>(m => m.Id)
        .Add("title", m => m.TitleNormalized)
        .Add("release_date", m => m.ReleaseDate)
        .Add("company", m => m.CompanyNormalized, nullable: true);
}
