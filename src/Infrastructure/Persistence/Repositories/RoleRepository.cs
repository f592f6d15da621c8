using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.Infrastructure.Persistence.Repositories;

internal sealed class RoleRepository(CastingAgencyDbContext context, ProjectionQueries projections)
    : Repository<Role>(context, projections), IRoleRepository
{
    public Task<Role?> FindWithActorAsync(int id, CancellationToken cancellationToken) =>
        Set.Include(r => r.Actor).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
}
