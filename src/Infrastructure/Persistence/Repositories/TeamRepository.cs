using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.Infrastructure.Persistence.Repositories;

internal sealed class TeamRepository(CastingAgencyDbContext context, ProjectionQueries projections)
    : Repository<TeamMember>(context, projections), ITeamRepository
{
    public Task<TeamMember?> FindAsync(int movieId, string subject, CancellationToken cancellationToken) =>
        Set.FirstOrDefaultAsync(t => t.MovieId == movieId && t.Subject == subject, cancellationToken);
}
