using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Movies.Dtos;
using MediatR;

namespace CastingAgency.Application.Movies.Queries.GetMovie;

public sealed record GetMovieQuery(int Id) : IRequest<MovieDetailDto>;

public sealed class GetMovieQueryHandler(IMovieRepository movies)
    : IRequestHandler<GetMovieQuery, MovieDetailDto>
{
    public async Task<MovieDetailDto> Handle(GetMovieQuery request, CancellationToken cancellationToken) =>
        await movies.GetAsync<MovieDetailDto>(request.Id, cancellationToken)
        ?? throw new NotFoundException("movie", request.Id);
}
