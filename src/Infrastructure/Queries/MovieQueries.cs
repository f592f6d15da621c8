using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Movies.Dtos;
using CastingAgency.Application.Movies.Queries;
using CastingAgency.Application.Movies.Queries.ListMovies;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using CastingAgency.Infrastructure.Queries.Lists;

namespace CastingAgency.Infrastructure.Queries;

internal sealed class MovieQueries(IMovieRepository movies, ListReader lists) : IMovieQueries
{
    /// <summary>A filtered or deep page reads its ids first (<see cref="ListSpec{TEntity}.Rows"/>).</summary>
    public Task<PagedList<MovieDto>> ListAsync(MovieFilter filter, PageRequest paging, CancellationToken cancellationToken) =>
        lists.ReadAsync<Movie, MovieDto>(
            new ListSpec<Movie>("movies", filter, Filtered(movies.Query(), filter), MovieFilter.Sorting, new ListTotal.EveryRow()) { Rows = movies.Query() },
            paging,
            cancellationToken);

    /// <summary>Narrows <paramref name="query"/> by <paramref name="filter"/>: by every filter that is set (AND).</summary>
    internal static IQueryable<Movie> Filtered(IQueryable<Movie> query, MovieFilter filter)
    {
        query = AnyOf.Ids(query, filter.Id, m => m.Id);
        if (!string.IsNullOrEmpty(filter.SearchTerm))
        {
            var term = Guard.Normalize(filter.SearchTerm)!;
            query = query.Where(m => m.TitleNormalized.Contains(term));
        }

        if (filter.Title is not null)
        {
            var title = Guard.Normalize(filter.Title);
            query = query.Where(m => m.TitleNormalized == title);
        }

        if (filter.Company is not null)
        {
            var company = Guard.Normalize(filter.Company);
            query = query.Where(m => m.CompanyNormalized == company);
        }

        query = filter.ReleaseDate is { } date ? query.Where(m => m.ReleaseDate == date) : query;
        query = filter.MinReleaseDate is { } min ? query.Where(m => m.ReleaseDate >= min) : query;
        query = filter.MaxReleaseDate is { } max ? query.Where(m => m.ReleaseDate <= max) : query;
        query = filter.Confidential is { } confidential ? query.Where(m => m.Confidential == confidential) : query;

        return query;
    }
}
