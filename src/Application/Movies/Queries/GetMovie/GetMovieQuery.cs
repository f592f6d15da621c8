using AutoMapper;
using AutoMapper.QueryableExtensions;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Movies.Dtos;
using MediatR;

namespace CastingAgency.Application.Movies.Queries.GetMovie;

public sealed record GetMovieQuery(int Id) : IRequest<MovieDetailDto>;

public sealed class GetMovieQueryHandler(IMovieRepository movies, IQueryRunner runner, IMapper mapper)
    : IRequestHandler<GetMovieQuery, MovieDetailDto>
{
    public async Task<MovieDetailDto> Handle(GetMovieQuery request, CancellationToken cancellationToken) =>
        await runner.FirstOrDefaultAsync(
            movies.Query().Where(m => m.Id == request.Id).ProjectTo<MovieDetailDto>(mapper.ConfigurationProvider),
            cancellationToken)
        ?? throw new NotFoundException("movie", request.Id);
}
