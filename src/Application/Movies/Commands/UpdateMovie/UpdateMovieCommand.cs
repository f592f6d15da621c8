using System.Text.Json.Serialization;
using AutoMapper;
using CastingAgency.Application.Common;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Common.Validation;
using CastingAgency.Application.Movies.Dtos;
using CastingAgency.Application.Teams;
using CastingAgency.Domain.Common;
using MediatR;

namespace CastingAgency.Application.Movies.Commands.UpdateMovie;

/// <summary>The body of <c>PATCH /movies/{id}</c>: only the properties present change; null clears an optional one.</summary>
public sealed record UpdateMovieCommand : MovieFields, IRequest<MovieDto>, IPatchCommand
{
    [JsonIgnore]
    public int Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}

public sealed class UpdateMovieCommandHandler(
    IMovieRepository movies, ITeamRepository team, IUnitOfWork unitOfWork, ICurrentUser user, IMapper mapper)
    : IRequestHandler<UpdateMovieCommand, MovieDto>
{
    public async Task<MovieDto> Handle(UpdateMovieCommand request, CancellationToken cancellationToken)
    {
        var movie = await movies.FindAsync(request.Id, cancellationToken) ?? throw new NotFoundException("movie", request.Id);
        Concurrency.EnsureVersion(movie, request.ExpectedVersion);
        await TeamRules.ApplyConfidentialAsync(movie, request.Confidential, isNew: false, user, team, cancellationToken);

        var title = request.Title.Or(movie.Title)!;
        var releaseDate = request.ReleaseDate.IsPresent ? DateInput.Parse(request.ReleaseDate.Value!) : movie.ReleaseDate;
        if (Guard.Normalize(title) != movie.TitleNormalized || releaseDate != movie.ReleaseDate)
        {
            await UniqueKeys.EnsureMovieTitleFreeAsync(movies, title.Trim(), releaseDate, movie.Id, cancellationToken);
        }

        movie.Update(
            title,
            releaseDate,
            request.Company.Or(movie.Company),
            request.Description.Or(movie.Description));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return mapper.Map<MovieDto>(movie);
    }
}
