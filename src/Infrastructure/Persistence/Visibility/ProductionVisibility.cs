using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.Infrastructure.Persistence.Visibility;

/// <summary>
/// Who sees which production (docs/api.md, "Who may see what"; ADR-015), applied in one place: a named query filter
/// on every entity that belongs to a movie. Every query the API makes through EF — reads, lists, their counts, the
/// loads of a write — sees only what the caller sees; a movie the caller does not see, and all that belongs to it,
/// does not exist for that caller.
/// <para>
/// A caller sees a movie when it is not confidential, or the caller's subject is on its team, or the caller may see
/// every production. A rule that must hold across productions (an actor's overlapping appointments, the roles an
/// actor is cast in) reads past the filter on purpose with <c>IgnoreQueryFilters(ProductionVisibility.Filters)</c>,
/// and must not name what it found.
/// </para>
/// </summary>
public static class ProductionVisibility
{
    /// <summary>The name of the query filter.</summary>
    public const string Filter = "ProductionVisibility";

    /// <summary>
    /// The filter to ignore, as <c>IgnoreQueryFilters(ProductionVisibility.Filters)</c>: always this one instance, since a
    /// new collection in a query makes it a new query to EF Core, compiled again on every call.
    /// </summary>
    public static readonly IReadOnlyCollection<string> Filters = [Filter];

    /// <summary>What the context knows of its caller. Unset (a background job, a tool): no confidential production.</summary>
    public sealed record Caller(string? Subject, bool SeesEveryProduction)
    {
        public static readonly Caller Nobody = new(null, false);

        public static Caller Of(ICurrentUser user) => new(user.Subject, user.SeesEveryProduction);
    }

    /// <summary>
    /// The rows of <paramref name="set"/> the context's caller sees, untracked: the base of every read. For a caller who
    /// sees every production the filter holds for every row (each row's movie exists), so the query reads past it and
    /// the database is spared a per-row check of the row's movie that it cannot fold away.
    /// </summary>
    internal static IQueryable<T> Visible<T>(this DbSet<T> set, CastingAgencyDbContext context)
        where T : class =>
        context.CallerSeesEveryProduction ? set.AsNoTracking().IgnoreQueryFilters(Filters) : set.AsNoTracking();

    internal static void Apply(ModelBuilder modelBuilder, CastingAgencyDbContext context)
    {
        // The filters read the context's caller at each query's execution (EF parameterises context members).
        modelBuilder.Entity<Movie>().HasQueryFilter(Filter, m =>
            context.CallerSeesEveryProduction
            || !m.Confidential
            || context.Set<TeamMember>().Any(t => t.MovieId == m.Id && t.Subject == context.CallerSubject));

        // Everything that belongs to a movie is seen with its movie (the movie's filter applies inside).
        modelBuilder.Entity<Role>().HasQueryFilter(Filter, r => context.Set<Movie>().Any(m => m.Id == r.MovieId));
        modelBuilder.Entity<ShortlistEntry>().HasQueryFilter(Filter, e => context.Set<Role>().Any(r => r.Id == e.RoleId));
        modelBuilder.Entity<Appointment>().HasQueryFilter(Filter, a => context.Set<Role>().Any(r => r.Id == a.RoleId));

        // A role's submissions follow its movie for the casting team; an agency reads its own past the filter (a
        // breakdown is published whatever its production), in SubmissionRepository and SubmissionQueries.
        modelBuilder.Entity<Submission>().HasQueryFilter(Filter, s => context.Set<Role>().Any(r => r.Id == s.RoleId));

        // An audit record is seen with its movie; a record without one (an actor's) by every reader of the trail. Once
        // the movie is deleted, whether it was confidential is no longer known: only a caller who sees every production
        // sees its records.
        modelBuilder.Entity<AuditRecord>().HasQueryFilter(Filter, r =>
            r.MovieId == null || context.CallerSeesEveryProduction || context.Set<Movie>().Any(m => m.Id == r.MovieId));

        // A team is read only through its movie (GET /movies/{id}/team answers 404 for a movie the caller does not
        // see), so the team has no filter of its own: the movie's filter reads it.
    }
}
