using System.Text.Json.Serialization;
using AutoMapper;
using CastingAgency.Application.Common;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Common.Validation;
using CastingAgency.Application.Movies.Dtos;
using CastingAgency.Domain.Common;
using MediatR;

namespace CastingAgency.Application.Movies.Commands.UpdateMovie;

/// <summary>The body of <c>PATCH /movies/{id}</c>: only the properties present change; null clears an optional one.</summary>
public sealed record UpdateMovieCommand : MovieFields, IRequest<MovieDto>, IPatchCommand
{
    [JsonIgnore]
    public int Id { get; set; }

    [JsonIgnore]
    public int? ExpectedVersion { get; set; }
}

public sealed class UpdateMovieCommandHandler(IMovieRepository movies, IUnitOfWork unitOfWork, IMapper mapper)
    : IRequestHandler<UpdateMovieCommand, MovieDto>
{
    public async Task<MovieDto> Handle(UpdateMovieCommand request, CancellationToken cancellationToken)
    {
        var movie = await movies.FindAsync(request.Id, cancellationToken) ?? throw new NotFoundException("movie", request.Id);
        Concurrency.EnsureVersion(movie, request.ExpectedVersion);

        var title = request.Pick(nameof(request.Title), request.Title!, movie.Title);
        var releaseDate = request.IsPresent(nameof(request.ReleaseDate)) ? DateInput.Parse(request.ReleaseDate!) : movie.ReleaseDate;
        if (Guard.Normalize(title) != movie.TitleNormalized || releaseDate != movie.ReleaseDate)
        {
            await UniqueKeys.EnsureMovieTitleFreeAsync(movies, title.Trim(), releaseDate, movie.Id, cancellationToken);
        }

        movie.Update(
            title,
            releaseDate,
            request.Pick(nameof(request.Company), request.Company, movie.Company),
            request.Pick(nameof(request.Description), request.Description, movie.Description));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return mapper.Map<MovieDto>(movie);
    }
}
