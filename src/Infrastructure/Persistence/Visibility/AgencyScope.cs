using CastingAgency.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.Infrastructure.Persistence.Visibility;

/// <summary>
/// What a talent agency reaches (contract §13; ADR-018), stated once: the actors on its roster, and its own submissions
/// in every production (a breakdown is published whatever its production, so they read past
/// <see cref="ProductionVisibility"/>). Every agency read composes these, and a handler passes the caller's agency to
/// the read instead of comparing agency ids itself: another agency's actor or submission is not found (404, never 403;
/// 422 where a body names it), by the same query that finds the agency's own.
/// </summary>
public static class AgencyScope
{
    /// <summary>The actors on <paramref name="agency"/>'s roster.</summary>
    public static IQueryable<Actor> OnRosterOf(this IQueryable<Actor> actors, string agency) =>
        actors.Where(a => a.AgencyId == agency);

    /// <summary><paramref name="agency"/>'s own submissions, whatever production their role belongs to.</summary>
    public static IQueryable<Submission> OfAgency(this IQueryable<Submission> submissions, string agency) =>
        submissions.IgnoreQueryFilters(ProductionVisibility.Filters).Where(s => s.AgencyId == agency);
}
