using AutoMapper;
using AutoMapper.QueryableExtensions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Movies.Dtos;
using MediatR;

namespace CastingAgency.Application.Movies.Queries.ListMovies;

public sealed record ListMoviesQuery(MovieFilter Filter, PageRequest Paging) : IRequest<PagedList<MovieDto>>;

public sealed class ListMoviesQueryHandler(IMovieRepository movies, IQueryRunner runner, IMapper mapper)
    : IRequestHandler<ListMoviesQuery, PagedList<MovieDto>>
{
    public Task<PagedList<MovieDto>> Handle(ListMoviesQuery request, CancellationToken cancellationToken) =>
        runner.ToPageAsync(
            request.Filter.Apply(movies.Query()),
            q => MovieSorting.Map.Apply(q, request.Paging.Sort).ProjectTo<MovieDto>(mapper.ConfigurationProvider),
            request.Paging,
            cancellationToken);
}
