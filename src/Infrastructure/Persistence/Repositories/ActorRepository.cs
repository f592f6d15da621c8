using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.Infrastructure.Persistence.Repositories;

internal sealed class ActorRepository(CastingAgencyDbContext context, ProjectionQueries projections)
    : Repository<Actor>(context, projections), IActorRepository
{
    public Task<Actor?> FindWithRolesAsync(int id, CancellationToken cancellationToken) =>
        Set.Include(a => a.Roles).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    public Task<bool> EmailTakenAsync(string email, int? exceptId, CancellationToken cancellationToken)
    {
        var normalized = Guard.Normalize(email);
        return Set.AnyAsync(a => a.EmailNormalized == normalized && (exceptId == null || a.Id != exceptId), cancellationToken);
    }
}
