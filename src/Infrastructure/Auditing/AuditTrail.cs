using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.Infrastructure.Persistence.Visibility;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CastingAgency.Infrastructure.Auditing;

/// <summary>
/// Turns the changes a unit of work writes to audited entities (<see cref="AuditedResources"/>) into audit records, and
/// writes them in the same transaction (ADR-015). <see cref="PrepareAsync"/> runs before the entities are saved: it
/// loads what a delete will cascade to, so that every removed row is seen and recorded. <see cref="WriteAsync"/> runs
/// after they were saved without accepting the changes (ids are known; states and original values are still there)
/// and before the commit.
/// </summary>
public sealed class AuditTrail(TimeProvider clock, ICurrentUser user)
{
    /// <summary>Rows one INSERT carries: 7 parameters each, inside every provider's limit on parameters.</summary>
    public const int BatchSize = 100;

    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;


    private static readonly MethodInfo LoadMethod = typeof(AuditTrail).GetMethod(nameof(LoadAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly ConcurrentDictionary<IEntityType, IReadOnlyList<(IProperty Property, string Wire, bool Masked)>> Fields = new();

    /// <summary>
    /// Whether the tracked changes touch an audited entity. Loads, tracked, the audited rows that a tracked delete
    /// cascades to (or clears the reference of), level by level, so that the change tracker deletes (or updates) them
    /// itself and each gets a record of its own.
    /// </summary>
    public static async Task<bool> PrepareAsync(DbContext context, CancellationToken cancellationToken)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        while (true)
        {
            var deleted = context.ChangeTracker.Entries()
                .Where(e => e.State == EntityState.Deleted && seen.Add(e.Entity))
                .ToList();
            if (deleted.Count == 0)
            {
                break;
            }

            foreach (var group in deleted.GroupBy(e => e.Metadata))
            {
                foreach (var foreignKey in group.Key.GetReferencingForeignKeys())
                {
                    if (AuditedResources.Find(foreignKey.DeclaringEntityType.ClrType) is null
                        || foreignKey.DeleteBehavior is DeleteBehavior.Restrict or DeleteBehavior.NoAction or DeleteBehavior.ClientNoAction
                        || foreignKey.Properties.Count != 1)
                    {
                        continue;
                    }

                    // Dependents the request already loaded with their principal (a deleted actor's roles) are tracked:
                    // the change tracker cascades to them without another read.
                    if (foreignKey.PrincipalToDependent is { } navigation && group.All(e => e.Navigation(navigation.Name).IsLoaded))
                    {
                        continue;
                    }

                    var keys = group.Select(e => e.Property(foreignKey.PrincipalKey.Properties[0].Name).OriginalValue).Distinct().ToList();
                    var dependent = foreignKey.Properties[0];
                    await (Task)LoadMethod.MakeGenericMethod(foreignKey.DeclaringEntityType.ClrType, dependent.ClrType)
                        .Invoke(null, [context, dependent.Name, keys, cancellationToken])!;
                }
            }

            context.ChangeTracker.CascadeChanges();
        }

        return context.ChangeTracker.Entries().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && AuditedResources.Find(e.Metadata.ClrType) is not null);
    }

    /// <summary>
    /// Before the save. A unit that creates no audited row (an update, a delete and its cascades) needs no generated id,
    /// so its records are built now: a single record is added to the context, and the save writes it in its own batch
    /// and transaction, with no statement or round trip of its own (returns an empty list); several are returned, to be
    /// written after the save in one multi-row INSERT (<see cref="InsertAsync"/>; SQLite would send one INSERT per
    /// tracked record). Returns null when the unit creates an audited row: its records are built after the save
    /// (<see cref="WriteAsync"/>).
    /// </summary>
    public async Task<IReadOnlyList<AuditRecord>?> StageAsync(DbContext context, CancellationToken cancellationToken)
    {
        if (context.ChangeTracker.Entries().Any(e => e.State == EntityState.Added && AuditedResources.Find(e.Metadata.ClrType) is not null))
        {
            return null;
        }

        var records = await RecordsAsync(context, cancellationToken);
        if (records.Count > 1)
        {
            return records;
        }

        context.Set<AuditRecord>().AddRange(records);
        return [];
    }

    /// <summary>
    /// Writes the records of the saved, not yet accepted, changes in the current transaction; returns how many.
    /// A change that touched no audited field (a version bump) has none.
    /// </summary>
    public async Task<int> WriteAsync(DbContext context, CancellationToken cancellationToken) =>
        await InsertAsync(context, await RecordsAsync(context, cancellationToken), cancellationToken);

    /// <summary>Inserts the records in the current transaction, in statements of <see cref="BatchSize"/>; returns how many.</summary>
    public static async Task<int> InsertAsync(DbContext context, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        for (var start = 0; start < records.Count; start += BatchSize)
        {
            var batch = records.Skip(start).Take(BatchSize).ToList();
            var (sql, parameters) = InsertStatement(context, batch);
            await context.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
        }

        return records.Count;
    }

    /// <summary>The records of the tracked changes, in the tracker's order.</summary>
    internal async Task<List<AuditRecord>> RecordsAsync(DbContext context, CancellationToken cancellationToken)
    {
        var utc = clock.GetUtcNow().UtcDateTime;
        var at = new DateTime(utc.Ticks - (utc.Ticks % TicksPerMicrosecond), DateTimeKind.Utc);
        var by = user.Subject;
        var pending = new List<(EntityEntry Entry, AuditedResource Resource, AuditAction Action, string Changes)>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (AuditedResources.Find(entry.Metadata.ClrType) is not { } resource)
            {
                continue;
            }

            AuditAction? action = entry.State switch
            {
                EntityState.Added => AuditAction.Create,
                EntityState.Modified => AuditAction.Update,
                EntityState.Deleted => AuditAction.Delete,
                _ => null,
            };
            if (action is not { } done)
            {
                continue;
            }

            var changes = AuditChanges.Build(done, FieldsOf(entry.Metadata, resource).Select(f => new AuditChanges.Field(
                f.Wire, Stored(f.Property, entry.Property(f.Property.Name).OriginalValue), Stored(f.Property, entry.Property(f.Property.Name).CurrentValue), f.Masked)));
            if (changes is not null)
            {
                pending.Add((entry, resource, done, changes));
            }
        }

        var movieOfRole = await MoviesOfRolesAsync(context, pending.Where(p => p.Resource.RoleProperty is not null).Select(p => IdValue(p.Entry, p.Resource.RoleProperty!)), cancellationToken);
        return pending.Select(p => new AuditRecord(
            at,
            by,
            p.Action,
            p.Resource.Name,
            IdValue(p.Entry, "Id"),
            p.Resource.MovieProperty is { } movie ? IdValue(p.Entry, movie)
                : p.Resource.RoleProperty is { } role ? movieOfRole.GetValueOrDefault(IdValue(p.Entry, role))
                : null,
            p.Changes)).ToList();
    }

    /// <summary>The audited fields of an entity: every stored property but keys, timestamps, the version and normalized copies.</summary>
    private static IReadOnlyList<(IProperty Property, string Wire, bool Masked)> FieldsOf(IEntityType type, AuditedResource resource) =>
        Fields.GetOrAdd(type, t => t.GetProperties()
            .Where(p => !p.IsPrimaryKey() && !p.IsShadowProperty() && !p.IsConcurrencyToken
                && p.Name is not (nameof(AuditableEntity.CreatedAt) or nameof(AuditableEntity.UpdatedAt))
                && !p.Name.EndsWith("Normalized", StringComparison.Ordinal))
            .Select(p => (p, resource.Renamed.GetValueOrDefault(p.Name) ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name), resource.Masked.Contains(p.Name)))
            .ToList());

    /// <summary>A value as stored: through the property's converter (an enum becomes its wire name).</summary>
    private static object? Stored(IProperty property, object? value) =>
        value is not null && property.GetValueConverter() is { } converter ? converter.ConvertToProvider(value) : value;

    /// <summary>An id the entry holds: the value before a delete, the value written otherwise.</summary>
    private static int IdValue(EntityEntry entry, string property)
    {
        var value = entry.State == EntityState.Deleted ? entry.Property(property).OriginalValue : entry.Property(property).CurrentValue;
        return Convert.ToInt32(value, CultureInfo.InvariantCulture);
    }

    /// <summary>The production of each role: from the tracked roles, else read in the current transaction.</summary>
    private static async Task<Dictionary<int, int>> MoviesOfRolesAsync(DbContext context, IEnumerable<int> roleIds, CancellationToken cancellationToken)
    {
        var result = new Dictionary<int, int>();
        var ids = roleIds.ToHashSet();
        if (ids.Count == 0)
        {
            return result;
        }

        foreach (var role in context.ChangeTracker.Entries<Role>().Where(r => ids.Contains(r.Entity.Id)))
        {
            result[role.Entity.Id] = IdValue(role, nameof(Role.MovieId));
        }

        var missing = ids.Where(id => !result.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            foreach (var row in await context.Set<Role>().AsNoTracking().IgnoreQueryFilters(ProductionVisibility.Filters).Where(r => missing.Contains(r.Id))
                .Select(r => new { r.Id, r.MovieId }).ToListAsync(cancellationToken))
            {
                result[row.Id] = row.MovieId;
            }
        }

        return result;
    }

    /// <summary>One multi-row INSERT with its parameters; the names and quoting come from the model and the provider.</summary>
    private static (string Sql, object[] Parameters) InsertStatement(DbContext context, List<AuditRecord> records)
    {
        var type = context.Model.FindEntityType(typeof(AuditRecord))!;
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var sqlHelper = context.GetService<ISqlGenerationHelper>();
        string Column(string property) => sqlHelper.DelimitIdentifier(type.FindProperty(property)!.GetColumnName(table)!);
        var sql = new StringBuilder()
            .Append("INSERT INTO ").Append(sqlHelper.DelimitIdentifier(table.Name, table.Schema)).Append(" (")
            .AppendJoin(", ", new[]
            {
                nameof(AuditRecord.At), nameof(AuditRecord.By), nameof(AuditRecord.Action), nameof(AuditRecord.Resource),
                nameof(AuditRecord.ResourceId), nameof(AuditRecord.MovieId), nameof(AuditRecord.Changes),
            }.Select(Column))
            .Append(") VALUES ");
        var parameters = new List<object>(records.Count * 7);
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            var n = parameters.Count;
            sql.Append(i == 0 ? "(" : ", (")
                .Append(CultureInfo.InvariantCulture, $"{{{n}}}, {{{n + 1}}}, {{{n + 2}}}, {{{n + 3}}}, {{{n + 4}}}, ")
                .Append(r.MovieId is null ? "NULL" : string.Create(CultureInfo.InvariantCulture, $"{{{n + 5}}}"))
                .Append(CultureInfo.InvariantCulture, $", {{{(r.MovieId is null ? n + 5 : n + 6)}}})");
            parameters.Add(r.At);
            parameters.Add(r.By);
            parameters.Add(WireNames<AuditAction>.ToWire(r.Action));
            parameters.Add(r.Resource);
            parameters.Add(r.ResourceId);
            if (r.MovieId is { } movieId)
            {
                parameters.Add(movieId);
            }

            parameters.Add(r.Changes);
        }

        return (sql.ToString(), parameters.ToArray());
    }

    private static Task LoadAsync<TEntity, TKey>(DbContext context, string foreignKey, List<object?> keys, CancellationToken cancellationToken)
        where TEntity : class
    {
        var typed = keys.Select(k => (TKey)k!).ToList();
        // Every row the delete takes with it, in any production: the trail records what changed, not what the caller sees.
        return context.Set<TEntity>().IgnoreQueryFilters(ProductionVisibility.Filters)
            .Where(e => typed.Contains(EF.Property<TKey>(e, foreignKey))).LoadAsync(cancellationToken);
    }
}
