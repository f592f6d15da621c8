using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Domain.Entities;
using CastingAgency.Infrastructure.Persistence.Visibility;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.Infrastructure.Persistence.Repositories;

/// <summary>
/// Submissions. The casting team's reads follow the movie's visibility (the query filter); an agency's reach past it,
/// since a breakdown is published whatever its production, but only to the agency's own submissions.
/// </summary>
internal sealed class SubmissionRepository(CastingAgencyDbContext context, ProjectionQueries projections)
    : Repository<Submission>(context, projections), ISubmissionRepository
{
    public Task<bool> ExistsForAsync(int roleId, int actorId, CancellationToken cancellationToken) =>
        Set.IgnoreQueryFilters(ProductionVisibility.Filters).AnyAsync(s => s.RoleId == roleId && s.ActorId == actorId, cancellationToken);

    public Task<List<Submission>> ForActorAsync(int actorId, CancellationToken cancellationToken) =>
        Set.IgnoreQueryFilters(ProductionVisibility.Filters).Where(s => s.ActorId == actorId).ToListAsync(cancellationToken);

    public Task<Submission?> FindOfAgencyAsync(int id, string agency, CancellationToken cancellationToken) =>
        Set.IgnoreQueryFilters(ProductionVisibility.Filters).FirstOrDefaultAsync(s => s.Id == id && s.AgencyId == agency, cancellationToken);

    public Task<Role?> FindBreakdownRoleAsync(int roleId, CancellationToken cancellationToken) =>
        Context.Roles.IgnoreQueryFilters(ProductionVisibility.Filters).FirstOrDefaultAsync(r => r.Id == roleId, cancellationToken);
}
