using CastingAgency.Application.Teams.Dtos;

namespace CastingAgency.Application.Teams.Queries;

/// <summary>The teams' reads; implemented in Infrastructure (ADR-013).</summary>
public interface ITeamQueries
{
    /// <summary>The movie's team by <c>added_at</c>, then <c>sub</c> (ordinal).</summary>
    Task<IReadOnlyList<TeamMemberDto>> TeamOfAsync(int movieId, CancellationToken cancellationToken);
}
