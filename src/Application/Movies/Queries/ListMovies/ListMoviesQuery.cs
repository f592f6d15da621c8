using AutoMapper;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Movies.Dtos;
using CastingAgency.Domain.Entities;
using MediatR;

namespace CastingAgency.Application.Movies.Queries.ListMovies;

public sealed record ListMoviesQuery(MovieFilter Filter, PageRequest Paging) : IRequest<PagedList<MovieDto>>;

public sealed class ListMoviesQueryHandler(IMovieRepository movies, IQueryRunner runner, IMapper mapper, ListReader? lists = null)
    : IRequestHandler<ListMoviesQuery, PagedList<MovieDto>>
{
    public Task<PagedList<MovieDto>> Handle(ListMoviesQuery request, CancellationToken cancellationToken) =>
        (lists ?? ListReader.Ephemeral).ReadAsync<Movie, MovieDto>(
            runner, mapper.ConfigurationProvider, "movies", request.Filter, request.Filter.Apply(movies.Query()), MovieFilter.Sorting,
            request.Paging, countable: true, cancellationToken);
}
