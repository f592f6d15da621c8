using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using System.Runtime.CompilerServices;
using CastingAgency.Infrastructure.Persistence.Visibility;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CastingAgency.Infrastructure.Persistence.Counting;

/// <summary>
/// The maintained row counts (ADR-011), read here and kept by the database: triggers on each counted table, created
/// by each provider's migration, change them in the writing statement's transaction, whoever writes (EF, raw SQL,
/// COPY, a cascade). <see cref="RowCountsRecount"/> repairs them. A counted table is one line in <see cref="Counted"/>,
/// its triggers and a seed row in a migration.
/// Actors are also counted by gender and age (<see cref="ActorGroup"/>, a row per pair), which makes the total of a
/// role's candidates a sum over at most 363 rows instead of a count over every fitting actor.
/// </summary>
public sealed class RowCounts(CastingAgencyDbContext context) : IRowCounts
{
    public const string TableName = "row_counts";

    /// <summary>The counted entities; the row of each is named by its table.</summary>
    public static readonly IReadOnlyList<Type> Counted = [typeof(Movie), typeof(Actor), typeof(Role), typeof(AuditRecord)];

    /// <summary>The row that counts the actors of one gender and age: <c>actors:non-binary:34</c>.</summary>
    public static string ActorGroup(Gender gender, int age) =>
        FormattableString.Invariant($"actors:{WireNames<Gender>.ToWire(gender)}:{age}");

    /// <summary>Every actor group, one per gender and age in <see cref="Limits"/>: what a migration seeds.</summary>
    public static IEnumerable<(Gender Gender, int Age, string Name)> ActorGroups() =>
        from gender in Enum.GetValues<Gender>()
        from age in Enumerable.Range(Limits.MinAge, Limits.MaxAge - Limits.MinAge + 1)
        select (gender, age, ActorGroup(gender, age));

    public async Task<ActorCounts?> CountActorsAsync(IReadOnlyCollection<Gender> genders, int minAge, int maxAge, CancellationToken cancellationToken)
    {
        var all = context.Model.FindEntityType(typeof(Actor))!.GetTableName()!;
        var names = (from gender in genders
                     from age in Enumerable.Range(minAge, Math.Max(0, maxAge - minAge + 1))
                     select ActorGroup(gender, age)).Append(all).ToArray();
        long fitting = 0;
        long? total = null;
        var found = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in Compiled.Groups(context, names).WithCancellation(cancellationToken))
        {
            if (!seen.Add(row.Name))
            {
                continue; // a provider may pad the list of names with repeats (EF Core's parameter buckets): a row counts once
            }

            if (row.Name == all)
            {
                total = row.N;
                continue;
            }

            fitting += row.N;
            found++;
        }

        // A group without its row (an age outside Limits that a migration has not seeded yet) is not maintained.
        return found == names.Length - 1 && total is { } actors ? new ActorCounts(fitting, actors) : null;
    }

    /// <summary>
    /// The rows of <typeparamref name="TEntity"/> the caller sees: the table's maintained count, less, for a caller
    /// who does not see every production, the rows of the confidential movies they are not on the team of (ADR-015,
    /// docs/performance.md "Totals under visibility"). That count reads only confidential movies and their roles.
    /// </summary>
    public async Task<long?> CountAsync<TEntity>(CancellationToken cancellationToken)
    {
        if (!Counted.Contains(typeof(TEntity)))
        {
            return null;
        }

        var all = await Compiled.Table(context, context.Model.FindEntityType(typeof(TEntity))!.GetTableName()!, cancellationToken);
        if (all is not { } total || context.Caller.SeesEveryProduction)
        {
            return all;
        }

        var hidden = typeof(TEntity) == typeof(Movie) ? await Compiled.HiddenMovies(context, context.Caller.Subject, cancellationToken)
            : typeof(TEntity) == typeof(Role) ? await Compiled.HiddenRoles(context, context.Caller.Subject, cancellationToken)
            : 0;
        return total - hidden;
    }

    /// <summary>
    /// The two reads, compiled once per model: they run with most list requests, and a composed LINQ query would be
    /// rebuilt, walked and hashed by EF Core on every one of them to find its cached plan, as much work for the API as
    /// the page itself (docs/performance.md, "Maintained counts"). A compiled query refuses a context of another
    /// model, hence one pair per model (per provider).
    /// </summary>
    private sealed class CompiledReads
    {
        public readonly Func<CastingAgencyDbContext, string, CancellationToken, Task<long?>> Table =
            EF.CompileAsyncQuery((CastingAgencyDbContext c, string name, CancellationToken _) =>
                c.Set<RowCount>().AsNoTracking().Where(r => r.Name == name).Select(r => (long?)r.N).FirstOrDefault());

        // The confidential movies the subject is not on the team of, and their roles: what a caller who does not see
        // every production is not told of. Read past the filter (it is the complement of what the filter lets through).
        public readonly Func<CastingAgencyDbContext, string?, CancellationToken, Task<long>> HiddenMovies =
            EF.CompileAsyncQuery((CastingAgencyDbContext c, string? subject, CancellationToken _) =>
                c.Set<Movie>().IgnoreQueryFilters(ProductionVisibility.Filters)
                    .LongCount(m => m.Confidential && !c.Set<TeamMember>().Any(t => t.MovieId == m.Id && t.Subject == subject)));

        public readonly Func<CastingAgencyDbContext, string?, CancellationToken, Task<long>> HiddenRoles =
            EF.CompileAsyncQuery((CastingAgencyDbContext c, string? subject, CancellationToken _) =>
                c.Set<Role>().IgnoreQueryFilters(ProductionVisibility.Filters)
                    .LongCount(r => c.Set<Movie>().Any(m => m.Id == r.MovieId && m.Confidential
                        && !c.Set<TeamMember>().Any(t => t.MovieId == m.Id && t.Subject == subject))));

        // A join with the names (the names are distinct), not `name = ANY(@names)`: PostgreSQL's generic plan for
        // that scanned every row and compared each with every name, a cost that grows with the role's ages; the join
        // hashes the names once (docs/performance.md, "Maintained counts").
        public readonly Func<CastingAgencyDbContext, string[], IAsyncEnumerable<RowCount>> Groups =
            EF.CompileAsyncQuery((CastingAgencyDbContext c, string[] names) =>
                c.Set<RowCount>().AsNoTracking().Join(names, r => r.Name, n => n, (r, _) => r));
    }

    private static readonly ConditionalWeakTable<IModel, CompiledReads> Reads = new();

    private CompiledReads Compiled => Reads.GetValue(context.Model, static _ => new CompiledReads());
}
