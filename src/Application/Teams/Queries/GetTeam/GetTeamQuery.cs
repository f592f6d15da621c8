using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Teams.Dtos;
using MediatR;

namespace CastingAgency.Application.Teams.Queries.GetTeam;

/// <summary><c>GET /movies/{id}/team</c>: the movie's team; 404 for a movie the caller does not see, as for one that never existed.</summary>
public sealed record GetTeamQuery(int MovieId) : IRequest<IReadOnlyList<TeamMemberDto>>;

public sealed class GetTeamQueryHandler(IMovieRepository movies, ITeamQueries queries)
    : IRequestHandler<GetTeamQuery, IReadOnlyList<TeamMemberDto>>
{
    public async Task<IReadOnlyList<TeamMemberDto>> Handle(GetTeamQuery request, CancellationToken cancellationToken) =>
        await movies.ExistsAsync(request.MovieId, cancellationToken)
            ? await queries.TeamOfAsync(request.MovieId, cancellationToken)
            : throw new NotFoundException("movie", request.MovieId);
}
