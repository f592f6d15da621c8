using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CastingAgency.Infrastructure.Persistence.Counting;

/// <summary>
/// The maintained row counts (ADR-011). <see cref="CastingAgencyDbContext.SaveChangesAsync(bool, CancellationToken)"/>
/// calls <see cref="ApplyAsync"/> inside the transaction of every SaveChanges that adds or deletes a counted entity:
/// one code path on every provider. A counted table is one line in <see cref="Counted"/> and a seed row in a migration.
/// Actors are also counted by gender and age (<see cref="ActorGroup"/>, a row per pair), which makes the total of a
/// role's candidates a sum over at most 363 rows instead of a count over every fitting actor.
/// </summary>
public sealed class RowCounts(CastingAgencyDbContext context) : IRowCounts
{
    public const string TableName = "row_counts";

    /// <summary>The counted entities; the row of each is named by its table.</summary>
    public static readonly IReadOnlyList<Type> Counted = [typeof(Movie), typeof(Actor), typeof(Role)];

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

    public Task<long?> CountAsync<TEntity>(CancellationToken cancellationToken) =>
        Counted.Contains(typeof(TEntity))
            ? Compiled.Table(context, context.Model.FindEntityType(typeof(TEntity))!.GetTableName()!, cancellationToken)
            : Task.FromResult<long?>(null);

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

        // A join with the names (the names are distinct), not `name = ANY(@names)`: PostgreSQL's generic plan for
        // that scanned every row and compared each with every name, a cost that grows with the role's ages; the join
        // hashes the names once (docs/performance.md, "Maintained counts").
        public readonly Func<CastingAgencyDbContext, string[], IAsyncEnumerable<RowCount>> Groups =
            EF.CompileAsyncQuery((CastingAgencyDbContext c, string[] names) =>
                c.Set<RowCount>().AsNoTracking().Join(names, r => r.Name, n => n, (r, _) => r));
    }

    private static readonly ConditionalWeakTable<IModel, CompiledReads> Reads = new();

    private CompiledReads Compiled => Reads.GetValue(context.Model, static _ => new CompiledReads());

    /// <summary>
    /// The change of each counted table that the tracked entities make: +1 per added, -1 per deleted; an actor also
    /// moves between its gender-and-age groups when either changes.
    /// </summary>
    internal static SortedDictionary<string, long> TrackedDeltas(DbContext context)
    {
        var deltas = new SortedDictionary<string, long>(StringComparer.Ordinal);
        void Add(string name, long delta) => deltas[name] = deltas.GetValueOrDefault(name) + delta;
        foreach (var entry in context.ChangeTracker.Entries<AuditableEntity>())
        {
            var delta = entry.State switch { EntityState.Added => 1, EntityState.Deleted => -1, _ => 0 };
            if (delta != 0 && Counted.Contains(entry.Metadata.ClrType))
            {
                Add(entry.Metadata.GetTableName()!, delta);
            }

            if (entry.Entity is Actor actor && entry.State is EntityState.Added or EntityState.Deleted or EntityState.Modified)
            {
                var was = ActorGroup((Gender)entry.Property(nameof(Actor.Gender)).OriginalValue!, (int)entry.Property(nameof(Actor.Age)).OriginalValue!);
                var now = ActorGroup(actor.Gender, actor.Age);
                if (entry.State != EntityState.Added)
                {
                    Add(was, -1);
                }

                if (entry.State != EntityState.Deleted)
                {
                    Add(now, 1);
                }
            }
        }

        foreach (var unchanged in deltas.Where(d => d.Value == 0 && d.Key.StartsWith("actors:", StringComparison.Ordinal)).Select(d => d.Key).ToList())
        {
            deltas.Remove(unchanged); // an actor whose gender and age stayed: no group row to touch
        }

        return deltas;
    }

    /// <summary>Whether the tracked changes move a maintained count: a counted row added or deleted, or an actor's gender or age changed.</summary>
    internal static bool Changes(DbContext context) =>
        context.ChangeTracker.Entries().Any(e =>
            (e.State is EntityState.Added or EntityState.Deleted && Counted.Contains(e.Metadata.ClrType))
            || (e.State == EntityState.Modified && e.Entity is Actor
                && (e.Property(nameof(Actor.Gender)).IsModified || e.Property(nameof(Actor.Age)).IsModified)));

    /// <summary>
    /// Inside the caller's transaction, before the entity statements: adds every delta with
    /// <c>UPDATE row_counts SET n = n + @delta</c>, table by table in name order (so writers never deadlock on the
    /// counter rows, and count-changing writes to one table are serialised by its row lock), then counts the rows
    /// that the database's ON DELETE CASCADE will remove (which EF does not track) under a lock on the principal row.
    /// </summary>
    internal static async Task ApplyAsync(DbContext context, SortedDictionary<string, long> deltas, CancellationToken cancellationToken)
    {
        var cascades = Cascades(context).ToList();
        var rowLocks = !(context.Database.ProviderName ?? string.Empty).Contains("Sqlite", StringComparison.Ordinal);
        foreach (var (_, dependent, _) in cascades)
        {
            // A table a cascade reaches is locked up front too, in the same order (SQLite has one writer at a time:
            // the transaction's first UPDATE already excludes every other writer).
            deltas.TryAdd(dependent.GetTableName()!, 0);
        }

        // One UPDATE per table, in name order: it applies the tracked delta and holds the row's lock to the commit.
        foreach (var (name, delta) in deltas)
        {
            if (delta != 0 || rowLocks)
            {
                await Add(context, name, delta, cancellationToken);
            }
        }

        foreach (var (principal, dependent, foreignKey) in cascades)
        {
            if (rowLocks)
            {
                await LockPrincipalAsync(context, (AuditableEntity)principal.Entity, cancellationToken);
            }

            var keyValue = principal.Property(nameof(AuditableEntity.Id)).CurrentValue;
            var column = foreignKey.Properties[0].GetColumnName();
            var sql = context.GetService<ISqlGenerationHelper>();

            // Identifiers come from the model, the key is a parameter.
            var count = $"SELECT COUNT(*) AS {sql.DelimitIdentifier("Value")} FROM {sql.DelimitIdentifier(dependent.GetTableName()!)} WHERE {sql.DelimitIdentifier(column)} = {{0}}";
            var cascaded = await context.Database.SqlQueryRaw<long>(count, keyValue!).SingleAsync(cancellationToken);

            // Dependents EF deletes itself are already in the tracked deltas.
            var trackedDeleted = context.ChangeTracker.Entries()
                .Count(e => e.State == EntityState.Deleted && e.Metadata == dependent
                    && Equals(e.Property(foreignKey.Properties[0].Name).OriginalValue, keyValue));
            if (cascaded - trackedDeleted != 0)
            {
                await Add(context, dependent.GetTableName()!, -(cascaded - trackedDeleted), cancellationToken);
            }
        }
    }

    private static Task<int> Add(DbContext context, string name, long delta, CancellationToken cancellationToken) =>
        context.Set<RowCount>().Where(r => r.Name == name).ExecuteUpdateAsync(s => s.SetProperty(r => r.N, r => r.N + delta), cancellationToken);

    /// <summary>Deleted principals whose counted dependents the database deletes by cascade.</summary>
    private static IEnumerable<(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry Principal, IEntityType Dependent, IForeignKey ForeignKey)> Cascades(DbContext context) =>
        from entry in context.ChangeTracker.Entries<AuditableEntity>()
        where entry.State == EntityState.Deleted
        from foreignKey in entry.Metadata.GetReferencingForeignKeys()
        where foreignKey.DeleteBehavior == DeleteBehavior.Cascade && Counted.Contains(foreignKey.DeclaringEntityType.ClrType)
        select ((Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry)entry, foreignKey.DeclaringEntityType, foreignKey);

    /// <summary>
    /// Locks the principal row as a DELETE would, so that no concurrent write adds or moves a dependent under it
    /// between the count and the delete (that write then waits, and fails on the foreign key). SQLite has one writer
    /// at a time, so it needs no lock.
    /// </summary>
    private static async Task LockPrincipalAsync(DbContext context, AuditableEntity principal, CancellationToken cancellationToken)
    {
        var provider = context.Database.ProviderName ?? string.Empty;
        var entityType = context.Model.FindEntityType(principal.GetType())!;
        var sql = context.GetService<ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(entityType.GetTableName()!);
        var id = sql.DelimitIdentifier(entityType.FindProperty(nameof(AuditableEntity.Id))!.GetColumnName());
        string? statement = provider switch
        {
            "Npgsql.EntityFrameworkCore.PostgreSQL" => $"SELECT 1 FROM {table} WHERE {id} = {{0}} FOR UPDATE",
            "Microsoft.EntityFrameworkCore.SqlServer" => $"SELECT 1 FROM {table} WITH (UPDLOCK, ROWLOCK, HOLDLOCK) WHERE {id} = {{0}}",
            _ => null,
        };
        if (statement is not null)
        {
            await context.Database.ExecuteSqlRawAsync(statement, [principal.Id], cancellationToken);
        }
    }
}
