using CastingAgency.Domain.Entities;

namespace CastingAgency.Application.Common.Interfaces;

public interface ITeamRepository : IRepository<TeamMember>
{
    /// <summary>Loads the member of the movie's team with this subject, tracked for a write, or null.</summary>
    Task<TeamMember?> FindAsync(int movieId, string subject, CancellationToken cancellationToken);
}
