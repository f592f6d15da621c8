using AutoMapper;
using CastingAgency.Application.Common;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Movies.Dtos;
using CastingAgency.Application.Teams;
using CastingAgency.Domain.Entities;
using MediatR;

namespace CastingAgency.Application.Movies.Commands.CreateMovie;

/// <summary>The body of <c>POST /movies</c>.</summary>
public sealed record CreateMovieCommand : MovieFields, IRequest<MovieDto>;

public sealed class CreateMovieCommandHandler(
    IMovieRepository movies, ITeamRepository team, IUnitOfWork unitOfWork, ICurrentUser user, IMapper mapper)
    : IRequestHandler<CreateMovieCommand, MovieDto>
{
    public async Task<MovieDto> Handle(CreateMovieCommand request, CancellationToken cancellationToken)
    {
        var movie = new Movie(request.Title.Value!, DateInput.Parse(request.ReleaseDate.Value!), request.Company.Value, request.Description.Value);
        await TeamRules.ApplyConfidentialAsync(movie, request.Confidential, isNew: true, user, team, cancellationToken);
        await UniqueKeys.EnsureMovieTitleFreeAsync(movies, movie.Title, movie.ReleaseDate, null, cancellationToken);
        movies.Add(movie);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return mapper.Map<MovieDto>(movie);
    }
}
