using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AutoMapper;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Domain.Common;
using CastingAgency.Infrastructure.Cursors;
using CastingAgency.Infrastructure.Persistence;

namespace CastingAgency.Infrastructure.Queries.Lists;

/// <summary>
/// Reads one page of any list (ADR-011, ADR-013) described by a <see cref="ListSpec{TEntity}"/>: by <c>page=N</c>
/// (offset) or by <c>cursor</c> (keyset: the items after the last one read, by its sort key values and id), with
/// the total when asked for. Every collaborator is required: the cursor key is the one every instance shares.
/// </summary>
internal sealed class ListReader(IQueryRunner runner, IMapper mapper, CursorProtector cursors, IRowCounts counts)
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> FilterProperties = new();

    private static readonly ConcurrentDictionary<(IConfigurationProvider Mapping, Type Dto, object SortMap, string Keys), LambdaExpression> KeyedProjections = new();

    /// <summary>
    /// The offset (rows skipped) from which a page of the whole table reads its ids first. Below it, walking the
    /// skipped rows costs less than the ids read's extra statement planning (docs/performance.md, "Deep offset pages").
    /// </summary>
    internal const int DeepOffset = 1_000;

    /// <summary>
    /// A page of <paramref name="list"/>: merged from <see cref="ListSpec{TEntity}.Parts"/> in the default order;
    /// else, given <see cref="ListSpec{TEntity}.Rows"/>, for a list with a condition (a filter, or one of its own) and
    /// for an offset page that skips <see cref="DeepOffset"/> rows or more, the page's ids first (an index-only read where an index holds the filter's columns and the id), then those rows by
    /// primary key, in one statement: whatever plan PostgreSQL keeps for a prepared page, it then costs index entries,
    /// not rows (docs/performance.md).
    /// </summary>
    public async Task<PagedList<TDto>> ReadAsync<TEntity, TDto>(ListSpec<TEntity> list, PageRequest paging, CancellationToken cancellationToken)
        where TEntity : class, IEntity
    {
        var size = paging.PageSizeOrDefault;
        var keys = list.Sorting.Keys(paging.Sort);
        var scope = Scope(list.Name, list.Filter, keys, size);
        var after = paging.Cursor is null ? null : Read(paging.Cursor, scope, keys);

        var unfiltered = IsUnfiltered(list.Filter);
        var everyRow = unfiltered && list.Total is ListTotal.EveryRow; // no condition: the whole table
        int? total = null;
        if (paging.IncludeTotalOrDefault)
        {
            var known = everyRow ? await counts.CountAsync<TEntity>(cancellationToken)
                : unfiltered && list.Total is ListTotal.OwnCondition { Unfiltered: { } given } ? given
                : null;
            total = known is { } exact ? (int)Math.Clamp(exact, 0, int.MaxValue) : await runner.CountAsync(list.Query, cancellationToken);
        }

        var keyed = KeyedProjection<TEntity, TDto>(mapper.ConfigurationProvider, list.Sorting, keys);
        var parts = list.Parts is { Count: > 0 } && keys.Count == 1 ? list.Parts : null; // the default order only
        int? page = after is null ? paging.PageOrDefault : null;
        var skip = (long)((page ?? 1) - 1) * size;
        // Ids first for a list with a condition (a filter, or its own), and for a deep offset page of any list: its
        // skipped rows are then index entries, not table rows. A shallow page of the whole table pages its index.
        var deferred = parts is null && (!everyRow || skip >= DeepOffset) ? list.Rows : null;
        List<Keyed<TDto>> rows;
        if (after is null)
        {
            if (total is { } t && (t == 0 || skip >= t))
            {
                return new PagedList<TDto>([], total, page, size);
            }

            rows = skip + size + 1 > int.MaxValue
                ? []
                : deferred is not null
                    ? await runner.ToListAsync(ByIds(deferred, Offset(Keyset<TEntity>.Order(list.Query, keys, false), (int)skip).Take(size + 1), keys, keyed), cancellationToken)
                    : await runner.ToListAsync(
                        Keyset<TEntity>.Order(Merged(list.Query, parts, keys, s => s, (int)skip + size + 1), keys, false)
                            .Skip((int)skip).Take(size + 1).Select(keyed),
                        cancellationToken);
        }
        else if (deferred is not null && !keys[0].Nullable)
        {
            var following = Keyset<TEntity>.Order(list.Query.Where(Keyset<TEntity>.After(keys, after)), keys, false).Take(size + 1);
            rows = await runner.ToListAsync(ByIds(deferred, following, keys, keyed), cancellationToken);
        }
        else if (parts is not null)
        {
            var merged = Merged(list.Query, parts, keys, s => s.Where(Keyset<TEntity>.After(keys, after)), size + 1);
            rows = await runner.ToListAsync(Keyset<TEntity>.Order(merged, keys, false).Take(size + 1).Select(keyed), cancellationToken);
        }
        else
        {
            rows = await ReadAfterAsync(list.Query, keys, after, keyed, size + 1, cancellationToken);
        }

        string? next = null;
        if (rows.Count > size)
        {
            rows.RemoveAt(size);
            next = Write(scope, rows[^1].Keys);
        }

        return new PagedList<TDto>(rows.Select(r => r.Item).ToList(), total, page, size, next);
    }

    /// <summary>
    /// The list to page: <paramref name="filtered"/> narrowed, or, given <paramref name="parts"/> (in the default
    /// order: the id alone, a key that is never null), the UNION ALL of each part's first <paramref name="take"/> rows
    /// after the same narrowing.
    /// </summary>
    private static IQueryable<TEntity> Merged<TEntity>(
        IQueryable<TEntity> filtered,
        IReadOnlyList<IQueryable<TEntity>>? parts,
        IReadOnlyList<SortKey> keys,
        Func<IQueryable<TEntity>, IQueryable<TEntity>> narrow,
        int take) =>
        parts is null
            ? narrow(filtered)
            : parts.Select(s => Keyset<TEntity>.Order(narrow(s), keys, false).Take(take)).Aggregate(Queryable.Concat);

    /// <summary>
    /// Skips <paramref name="skip"/> rows of the ids read. Inside the ids subquery the provider keeps <c>Skip</c> and
    /// <c>Take</c> values as written, so a constant offset made each page number a statement of its own (compiled and
    /// prepared again); a captured one is a parameter, one statement for every depth. The first page keeps its constant
    /// (the statement as before), and so does the page size: a few shapes, and the planner knows that the page is small.
    /// </summary>
    private static IQueryable<TEntity> Offset<TEntity>(IQueryable<TEntity> ordered, int skip)
    {
        if (skip == 0)
        {
            return ordered.Skip(0);
        }

        var captured = new StrongBox<int>(skip);
        var call = Expression.Call(
            typeof(Queryable), nameof(Queryable.Skip), [typeof(TEntity)], ordered.Expression,
            Expression.Field(Expression.Constant(captured), nameof(StrongBox<int>.Value)));
        return ordered.Provider.CreateQuery<TEntity>(call);
    }

    /// <summary>The rows of <paramref name="unfiltered"/> whose ids <paramref name="page"/> selects, in the page's order.</summary>
    private static IQueryable<Keyed<TDto>> ByIds<TEntity, TDto>(
        IQueryable<TEntity> unfiltered, IQueryable<TEntity> page, IReadOnlyList<SortKey> keys, Expression<Func<TEntity, Keyed<TDto>>> keyed)
        where TEntity : class, IEntity
    {
        var ids = page.Select(e => e.Id);
        return Keyset<TEntity>.Order(unfiltered.Where(e => ids.Contains(e.Id)), keys, false).Select(keyed);
    }

    /// <summary>Whether every property of the filter record is null (or an empty list).</summary>
    public static bool IsUnfiltered(object filter) =>
        FilterProperties.GetOrAdd(filter.GetType(), t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .All(p => p.GetValue(filter) is null or ICollection { Count: 0 });

    /// <summary>
    /// The keyset read. A nullable leading key (nulls last) is read in two index-served segments: the non-null
    /// items after the cursor, then, when the page is not full, the null ones by the remaining keys.
    /// </summary>
    private async Task<List<Keyed<TDto>>> ReadAfterAsync<TEntity, TDto>(
        IQueryable<TEntity> filtered,
        IReadOnlyList<SortKey> keys,
        object?[] after,
        Expression<Func<TEntity, Keyed<TDto>>> keyed,
        int take,
        CancellationToken cancellationToken)
    {
        if (!keys[0].Nullable)
        {
            var query = Keyset<TEntity>.Order(filtered.Where(Keyset<TEntity>.After(keys, after)), keys, false);
            return await runner.ToListAsync(query.Take(take).Select(keyed), cancellationToken);
        }

        var rest = keys.Skip(1).ToList();
        var rows = new List<Keyed<TDto>>();
        if (after[0] is { } first)
        {
            var nonNull = filtered
                .Where(Keyset<TEntity>.LeadingIsNull(keys, false))
                .Where(Keyset<TEntity>.LeadingBound(keys, first))
                .Where(Keyset<TEntity>.After(keys, after));
            rows = await runner.ToListAsync(Keyset<TEntity>.Order(nonNull, keys, true).Take(take).Select(keyed), cancellationToken);
            if (rows.Count >= take)
            {
                return rows;
            }

            var nulls = filtered.Where(Keyset<TEntity>.LeadingIsNull(keys, true));
            rows.AddRange(await runner.ToListAsync(Keyset<TEntity>.Order(nulls, rest, false).Take(take - rows.Count).Select(keyed), cancellationToken));
            return rows;
        }

        var nullsAfter = filtered.Where(Keyset<TEntity>.LeadingIsNull(keys, true)).Where(Keyset<TEntity>.After(rest, after[1..]));
        return await runner.ToListAsync(Keyset<TEntity>.Order(nullsAfter, rest, false).Take(take).Select(keyed), cancellationToken);
    }

    /// <summary>
    /// <c>e => new Keyed(projection(e), [k1(e), …, e.Id])</c>: the DTO and the sort key values of its row, in one
    /// statement. Built once per DTO and sort: the same lambda instance each time also spares EF Core a structural
    /// comparison of the projection when it looks up its cached plan.
    /// </summary>
    private static Expression<Func<TEntity, Keyed<TDto>>> KeyedProjection<TEntity, TDto>(
        IConfigurationProvider mapping, SortMap<TEntity> sortMap, IReadOnlyList<SortKey> keys) =>
        (Expression<Func<TEntity, Keyed<TDto>>>)KeyedProjections.GetOrAdd(
            (mapping, typeof(TDto), sortMap, string.Join(',', keys)),
            static (key, k) => BuildKeyedProjection<TEntity, TDto>(key.Mapping, k),
            keys);

    private static Expression<Func<TEntity, Keyed<TDto>>> BuildKeyedProjection<TEntity, TDto>(IConfigurationProvider mapping, IReadOnlyList<SortKey> keys)
    {
        var projection = ProjectionQueries.Projection<TEntity, TDto>(mapping);
        var parameter = projection.Parameters[0];
        var values = keys.Select(k => (Expression)Expression.Convert(Keyset<TEntity>.Body(k, parameter), typeof(object)));
        var body = Expression.New(
            typeof(Keyed<TDto>).GetConstructors()[0], projection.Body, Expression.NewArrayInit(typeof(object), values));
        return Expression.Lambda<Func<TEntity, Keyed<TDto>>>(body, parameter);
    }

    /// <summary>What a cursor is bound to: the list, its filters, the effective sort and the page size (a short hash).</summary>
    private static string Scope(string list, object filter, IReadOnlyList<SortKey> keys, int size)
    {
        var text = $"{list}|{JsonSerializer.Serialize(filter, filter.GetType())}|{string.Join(',', keys)}|{size}";
        return Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 12));
    }

    private string Write(string scope, object?[] values) =>
        cursors.Protect(JsonSerializer.SerializeToUtf8Bytes(new CursorBody(scope, values)));

    private object?[] Read(string cursor, string scope, IReadOnlyList<SortKey> keys)
    {
        var payload = cursors.Unprotect(cursor);
        try
        {
            if (payload is not null && JsonSerializer.Deserialize<CursorElements>(payload) is { S: var s, K: { } k }
                && s == scope && k.Length == keys.Count)
            {
                var values = new object?[k.Length];
                for (var i = 0; i < k.Length; i++)
                {
                    values[i] = k[i].ValueKind == JsonValueKind.Null ? null : k[i].Deserialize(keys[i].Type);
                    if (values[i] is null && !keys[i].Nullable)
                    {
                        return Invalid();
                    }
                }

                return values;
            }
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or FormatException)
        {
            return Invalid();
        }

        return Invalid();
    }

    private static object?[] Invalid() => throw new ValidationException(
        "cursor", "cursor is not a next_cursor of this list with these filters, sort and page_size; send the same ones, or start again without cursor.");

    private sealed record CursorBody(string S, object?[] K);

    private sealed record CursorElements(string S, JsonElement[] K);
}

/// <summary>A DTO with the sort key values of its row (the id last), for the next cursor.</summary>
internal sealed record Keyed<TDto>(TDto Item, object?[] Keys);
