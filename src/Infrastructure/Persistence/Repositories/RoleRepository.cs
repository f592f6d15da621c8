using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.Infrastructure.Persistence.Repositories;

internal sealed class RoleRepository(CastingAgencyDbContext context, ProjectionQueries projections)
    : Repository<Role>(context, projections), IRoleRepository
{
    public Task<Role?> FindWithActorAsync(int id, CancellationToken cancellationToken) =>
        Set.Include(r => r.Actor).Include(r => r.Shortlist).ThenInclude(e => e.Appointments)
            .FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    public Task<Role?> FindWithShortlistAsync(int id, CancellationToken cancellationToken) =>
        Set.Include(r => r.Shortlist).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
}
