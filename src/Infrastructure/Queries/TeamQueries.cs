using AutoMapper;
using AutoMapper.QueryableExtensions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Teams.Dtos;
using CastingAgency.Application.Teams.Queries;

namespace CastingAgency.Infrastructure.Queries;

internal sealed class TeamQueries(ITeamRepository team, IQueryRunner runner, IMapper mapper) : ITeamQueries
{
    public async Task<IReadOnlyList<TeamMemberDto>> TeamOfAsync(int movieId, CancellationToken cancellationToken)
    {
        // A team is a handful of people, read whole through the (movie_id, sub) key. The order is made here, so that
        // subs that tie on added_at sort by ordinal comparison whatever the database's collation.
        var members = await runner.ToListAsync(
            team.Query().Where(t => t.MovieId == movieId).ProjectTo<TeamMemberDto>(mapper.ConfigurationProvider), cancellationToken);
        return members.OrderBy(m => m.AddedAt).ThenBy(m => m.Sub, StringComparer.Ordinal).ToList();
    }
}
