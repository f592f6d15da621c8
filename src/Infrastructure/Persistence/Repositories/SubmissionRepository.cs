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
    public Task<List<Submission>> ForActorAsync(int actorId, CancellationToken cancellationToken) =>
        Set.IgnoreQueryFilters(ProductionVisibility.Filters).Where(s => s.ActorId == actorId).ToListAsync(cancellationToken);

    public Task<Submission?> FindOfAgencyAsync(int id, string agency, CancellationToken cancellationToken) =>
        Set.OfAgency(agency).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    /// <summary>One statement (a submission burst's every POST runs it): the role, left-joined to the roster's actor, and the pair's existence.</summary>
    public async Task<SubmissionTarget?> FindTargetAsync(int roleId, int actorId, string agency, CancellationToken cancellationToken)
    {
        var found = await (
            from role in Context.Roles.IgnoreQueryFilters(ProductionVisibility.Filters).Where(r => r.Id == roleId)
            from actor in Context.Actors.OnRosterOf(agency).Where(a => a.Id == actorId).DefaultIfEmpty()
            select new { Role = role, Actor = actor, Submitted = Set.Any(s => s.RoleId == roleId && s.ActorId == actorId) })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : new SubmissionTarget(found.Role, found.Actor, found.Submitted);
    }
}
