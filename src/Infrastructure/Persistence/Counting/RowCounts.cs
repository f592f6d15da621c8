using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CastingAgency.Infrastructure.Persistence.Counting;

/// <summary>
/// The maintained row counts (ADR-011), read here and kept by the database: triggers on each counted table, created
/// by each provider's migration, change them in the writing statement's transaction, whoever writes (EF, raw SQL,
/// COPY, a cascade). <see cref="RowCountsRecount"/> repairs them. A counted table is one line in <see cref="Counted"/>,
/// its triggers and seed rows in a migration. A count is the sum of its slots (<see cref="RowCount"/>): a table's
/// total and the confidential counts have <see cref="Slots"/> rows, one per writer's slot, so that concurrent writers
/// do not queue on one row.
/// Actors are also counted by gender and age (<see cref="ActorGroup"/>, a row per pair), which makes the total of a
/// role's candidates a sum over at most 363 rows instead of a count over every fitting actor.
/// Movies and roles are also counted when confidential (<see cref="ConfidentialMovies"/>,
/// <see cref="RolesOfConfidentialMovies"/>), which makes the total a caller without every production sees the table's
/// count less the confidential one plus the confidential ones the caller sees: two reads of a few rows and a count of
/// the caller's teams, whatever the size of the tables.
/// </summary>
public sealed class RowCounts(CastingAgencyDbContext context) : IRowCounts
{
    public const string TableName = "row_counts";

    /// <summary>The slots of a busy count: a writer adds to the slot of its database session (its process id modulo this).</summary>
    public const int Slots = 16;

    /// <summary>The count of confidential movies.</summary>
    public const string ConfidentialMovies = "movies:confidential";

    /// <summary>The count of the roles of confidential movies.</summary>
    public const string RolesOfConfidentialMovies = "roles:confidential";

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
        var seen = new HashSet<(string, short)>();
        var groups = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in Compiled.Groups(context, names).WithCancellation(cancellationToken))
        {
            if (!seen.Add((row.Name, row.Slot)))
            {
                continue; // a provider may pad the list of names with repeats (EF Core's parameter buckets): a row counts once
            }

            if (row.Name == all)
            {
                total = (total ?? 0) + row.N; // the sum of its slots
                continue;
            }

            fitting += row.N;
            if (groups.Add(row.Name))
            {
                found++;
            }
        }

        // A group without its row (an age outside Limits that a migration has not seeded yet) is not maintained.
        return found == names.Length - 1 && total is { } actors ? new ActorCounts(fitting, actors) : null;
    }

    /// <summary>
    /// The rows of <typeparamref name="TEntity"/> the caller sees: the table's maintained count; for a caller who does not
    /// see every production, the count of the open ones (the table's less the confidential one, both maintained) plus the
    /// confidential ones the caller sees, counted through the visibility filter from the caller's teams (ADR-015,
    /// docs/performance.md "Totals under visibility"). That count reads the caller's team rows and their movies' roles.
    /// </summary>
    public async Task<long?> CountAsync<TEntity>(CancellationToken cancellationToken)
    {
        if (!Counted.Contains(typeof(TEntity)))
        {
            return null;
        }

        var table = context.Model.FindEntityType(typeof(TEntity))!.GetTableName()!;
        var confidential = typeof(TEntity) == typeof(Movie) ? ConfidentialMovies
            : typeof(TEntity) == typeof(Role) ? RolesOfConfidentialMovies
            : null;
        if (confidential is null || context.Caller.SeesEveryProduction)
        {
            return await Compiled.Table(context, table, cancellationToken);
        }

        if (await Compiled.Open(context, table, confidential, cancellationToken) is not { } open)
        {
            return null;
        }

        var subject = context.Caller.Subject;
        return open + (typeof(TEntity) == typeof(Movie)
            ? await Compiled.SeenConfidentialMovies(context, subject, cancellationToken)
            : await Compiled.SeenRolesOfConfidentialMovies(context, subject, cancellationToken));
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
                c.Set<RowCount>().AsNoTracking().Where(r => r.Name == name).Sum(r => (long?)r.N));

        // The table's count less the confidential one: the rows of open productions.
        public readonly Func<CastingAgencyDbContext, string, string, CancellationToken, Task<long?>> Open =
            EF.CompileAsyncQuery((CastingAgencyDbContext c, string name, string confidential, CancellationToken _) =>
                c.Set<RowCount>().AsNoTracking().Where(r => r.Name == name || r.Name == confidential)
                    .Sum(r => (long?)(r.Name == name ? r.N : -r.N)));

        // The confidential movies the caller sees, and their roles: through the visibility filter (the one place that
        // says who sees what), entered from the caller's team rows so that only they are read.
        public readonly Func<CastingAgencyDbContext, string?, CancellationToken, Task<long>> SeenConfidentialMovies =
            EF.CompileAsyncQuery((CastingAgencyDbContext c, string? subject, CancellationToken _) =>
                c.Set<TeamMember>().Where(t => t.Subject == subject)
                    .Join(c.Set<Movie>().Where(m => m.Confidential), t => t.MovieId, m => m.Id, (t, m) => m.Id)
                    .LongCount());

        public readonly Func<CastingAgencyDbContext, string?, CancellationToken, Task<long>> SeenRolesOfConfidentialMovies =
            EF.CompileAsyncQuery((CastingAgencyDbContext c, string? subject, CancellationToken _) =>
                c.Set<TeamMember>().Where(t => t.Subject == subject)
                    .Join(c.Set<Movie>().Where(m => m.Confidential), t => t.MovieId, m => m.Id, (t, m) => m.Id)
                    .Join(c.Set<Role>(), id => id, r => r.MovieId, (id, r) => r.Id)
                    .LongCount());

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
