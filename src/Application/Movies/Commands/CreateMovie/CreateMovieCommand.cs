using AutoMapper;
using CastingAgency.Application.Common;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Movies.Dtos;
using CastingAgency.Domain.Entities;
using MediatR;

namespace CastingAgency.Application.Movies.Commands.CreateMovie;

/// <summary>The body of <c>POST /movies</c>.</summary>
public sealed record CreateMovieCommand : IRequest<MovieDto>
{
    /// <summary>1–200 characters after trimming.</summary>
    public string? Title { get; init; }

    /// <summary>YYYY-MM-DD (also YYYY-M-D or an ISO 8601 date-time), 1888-01-01 … 2100-12-31.</summary>
    public string? ReleaseDate { get; init; }

    public string? Company { get; init; }

    public string? Description { get; init; }
}

public sealed class CreateMovieCommandHandler(IMovieRepository movies, IUnitOfWork unitOfWork, IMapper mapper)
    : IRequestHandler<CreateMovieCommand, MovieDto>
{
    public async Task<MovieDto> Handle(CreateMovieCommand request, CancellationToken cancellationToken)
    {
        var movie = new Movie(request.Title!, DateInput.Parse(request.ReleaseDate!), request.Company, request.Description);
        await UniqueKeys.EnsureMovieTitleFreeAsync(movies, movie.Title, movie.ReleaseDate, null, cancellationToken);
        movies.Add(movie);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return mapper.Map<MovieDto>(movie);
    }
}
