using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Movies.Dtos;
using CastingAgency.Application.Movies.Queries.ListMovies;

namespace CastingAgency.Application.Movies.Queries;

/// <summary>The movies' reads; implemented in Infrastructure (ADR-013).</summary>
public interface IMovieQueries
{
    /// <summary>A page of the movies that match <paramref name="filter"/> (<c>GET /movies</c>).</summary>
    Task<PagedList<MovieDto>> ListAsync(MovieFilter filter, PageRequest paging, CancellationToken cancellationToken);
}
