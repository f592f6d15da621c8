using CastingAgency.Application.Common;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using MediatR;

namespace CastingAgency.Application.Movies.Commands.DeleteMovie;

/// <summary>Deletes a movie and, with it, its roles.</summary>
public sealed record DeleteMovieCommand(int Id, int? ExpectedVersion = null) : IRequest<int>;

public sealed class DeleteMovieCommandHandler(IMovieRepository movies, IUnitOfWork unitOfWork)
    : IRequestHandler<DeleteMovieCommand, int>
{
    public async Task<int> Handle(DeleteMovieCommand request, CancellationToken cancellationToken)
    {
        var movie = await movies.FindAsync(request.Id, cancellationToken) ?? throw new NotFoundException("movie", request.Id);
        Concurrency.EnsureVersion(movie, request.ExpectedVersion);
        movies.Remove(movie);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return movie.Id;
    }
}
