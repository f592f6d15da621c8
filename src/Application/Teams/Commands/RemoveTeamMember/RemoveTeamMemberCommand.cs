using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using MediatR;

namespace CastingAgency.Application.Teams.Commands.RemoveTeamMember;

/// <summary><c>DELETE /movies/{id}/team/{sub}</c>: takes the subject off the team; answers the subject removed.</summary>
public sealed record RemoveTeamMemberCommand(int MovieId, string Sub) : IRequest<string>;

public sealed class RemoveTeamMemberCommandHandler(IMovieRepository movies, ITeamRepository team, IUnitOfWork unitOfWork)
    : IRequestHandler<RemoveTeamMemberCommand, string>
{
    public async Task<string> Handle(RemoveTeamMemberCommand request, CancellationToken cancellationToken)
    {
        if (!await movies.ExistsAsync(request.MovieId, cancellationToken))
        {
            throw new NotFoundException("movie", request.MovieId);
        }

        var member = await team.FindAsync(request.MovieId, request.Sub, cancellationToken)
            ?? throw new NotFoundException($"sub '{request.Sub}' is not on the team of movie {request.MovieId}");
        team.Remove(member);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return member.Subject;
    }
}
