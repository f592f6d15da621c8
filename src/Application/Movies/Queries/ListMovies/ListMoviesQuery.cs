using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Movies.Dtos;
using MediatR;

namespace CastingAgency.Application.Movies.Queries.ListMovies;

public sealed record ListMoviesQuery(MovieFilter Filter, PageRequest Paging) : IRequest<PagedList<MovieDto>>;

public sealed class ListMoviesQueryHandler(IMovieQueries queries) : IRequestHandler<ListMoviesQuery, PagedList<MovieDto>>
{
    public Task<PagedList<MovieDto>> Handle(ListMoviesQuery request, CancellationToken cancellationToken) =>
        queries.ListAsync(request.Filter, request.Paging, cancellationToken);
}
