using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AutoMapper;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Mappings;
using CastingAgency.Domain.Common;

namespace CastingAgency.Application.Common.Models;

/// <summary>
/// Reads one page of any list (contract §4, ADR-011): by <c>page=N</c> (offset) or by <c>cursor</c> (keyset: the
/// items after the last one read, by its sort key values and id), with the total when asked for. Every list uses
/// it with one call; a new list needs its filter record, a <see cref="SortMap{T}"/> and a list name.
/// </summary>
public sealed class ListReader(ICursorProtector cursors, IRowCounts? counts = null)
{
    /// <summary>For tests that build handlers by hand: a random key, no maintained counts.</summary>
    public static readonly ListReader Ephemeral = new(new EphemeralCursorProtector());

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> FilterProperties = new();

    private static readonly ConcurrentDictionary<(IConfigurationProvider Mapping, Type Dto, object SortMap, string Keys), LambdaExpression> KeyedProjections = new();

    /// <param name="runner">Executes the statements.</param>
    /// <param name="mapping">AutoMapper's configuration: the DTO projection.</param>
    /// <param name="list">Names the list, with any route id (<c>roles/7/candidates</c>): a cursor is valid only for it.</param>
    /// <param name="filter">The filter record: a cursor is valid only for the same filters. Unfiltered when every property is null.</param>
    /// <param name="filtered">The filtered query.</param>
    /// <param name="sortMap">The sortable fields.</param>
    /// <param name="paging">page, page_size, sort, cursor, include_total.</param>
    /// <param name="countable">Whether the unfiltered total may come from the maintained counts (false when the query has a fixed condition of its own).</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <param name="unfilteredTotal">
    /// For a list with a fixed condition of its own (candidates): its total from the maintained counts when no filter
    /// is given, or null to count.
    /// </param>
    /// <param name="segments">
    /// Optionally, <paramref name="filtered"/> as disjoint parts, each read in id order by an index of its own (a
    /// role's candidates of one age). A page in the default order (by id alone) is then the merge of each part's
    /// first rows: its cost is bounded by the number of parts, where one walk in id order would pass every row that
    /// does not fit (tens of thousands for a rare role at a million actors). Any other order ignores them.
    /// </param>
    /// <param name="byIds">
    /// Optionally, every row of the entity (its repository's query). A page not merged from parts is then read in two
    /// steps in one statement: the ids of the page (filtered, ordered, limited: an index-only read where an index
    /// holds the filter's columns and the id), then those rows by primary key. Used when the list has a condition (a
    /// filter, or one of its own: not <paramref name="countable"/>); an unconditioned list pages by its primary key
    /// alone. PostgreSQL keeps a generic plan for a prepared page once it looks cheaper,
    /// and with the filter values unknown it guesses a handful of matches and plans "fetch every match, then sort":
    /// 2.2 ms for a filtered search page at a million actors where the plan for the values takes 0.1 ms. Reading ids
    /// only, either plan costs index entries, not rows (docs/performance.md, "Round 4").
    /// </param>
    public async Task<PagedList<TDto>> ReadAsync<TEntity, TDto>(
        IQueryRunner runner,
        IConfigurationProvider mapping,
        string list,
        object filter,
        IQueryable<TEntity> filtered,
        SortMap<TEntity> sortMap,
        PageRequest paging,
        bool countable,
        CancellationToken cancellationToken,
        Func<IRowCounts, CancellationToken, Task<long?>>? unfilteredTotal = null,
        IReadOnlyList<IQueryable<TEntity>>? segments = null,
        IQueryable<TEntity>? byIds = null)
        where TEntity : AuditableEntity
    {
        var size = paging.PageSizeOrDefault;
        var keys = sortMap.Keys(paging.Sort);
        var scope = Scope(list, filter, keys, size);
        var after = paging.Cursor is null ? null : Read(paging.Cursor, scope, keys);

        var unfiltered = IsUnfiltered(filter);
        int? total = null;
        if (paging.IncludeTotalOrDefault)
        {
            if (counts is not null && unfiltered)
            {
                var n = unfilteredTotal is not null ? await unfilteredTotal(counts, cancellationToken)
                    : countable ? await counts.CountAsync<TEntity>(cancellationToken)
                    : null;
                total = n is { } exact ? (int)Math.Clamp(exact, 0, int.MaxValue) : null;
            }

            total ??= await runner.CountAsync(filtered, cancellationToken);
        }

        var keyed = KeyedProjection<TEntity, TDto>(mapping, sortMap, keys);
        var parts = segments is { Count: > 0 } && keys.Count == 1 ? segments : null; // the default order only
        // Ids first for a list with a condition (a filter, or its own: not countable); the primary key pages the rest.
        var deferred = parts is null && (!unfiltered || !countable) ? byIds : null;
        List<Keyed<TDto>> rows;
        int? page = null;
        if (after is null)
        {
            page = paging.PageOrDefault;
            var skip = (long)(page.Value - 1) * size;
            if (total is { } t && (t == 0 || skip >= t))
            {
                return new PagedList<TDto>([], total, page, size);
            }

            rows = skip + size + 1 > int.MaxValue
                ? []
                : deferred is not null
                    ? await runner.ToListAsync(ByIds(deferred, SortMap<TEntity>.Order(filtered, keys, false).Skip((int)skip).Take(size + 1), keys, keyed), cancellationToken)
                    : await runner.ToListAsync(
                        SortMap<TEntity>.Order(Merged(filtered, parts, keys, s => s, (int)skip + size + 1), keys, false)
                            .Skip((int)skip).Take(size + 1).Select(keyed),
                        cancellationToken);
        }
        else if (deferred is not null && !keys[0].Nullable)
        {
            var following = SortMap<TEntity>.Order(filtered.Where(SortMap<TEntity>.After(keys, after)), keys, false).Take(size + 1);
            rows = await runner.ToListAsync(ByIds(deferred, following, keys, keyed), cancellationToken);
        }
        else if (parts is not null)
        {
            var merged = Merged(filtered, parts, keys, s => s.Where(SortMap<TEntity>.After(keys, after)), size + 1);
            rows = await runner.ToListAsync(SortMap<TEntity>.Order(merged, keys, false).Take(size + 1).Select(keyed), cancellationToken);
        }
        else
        {
            rows = await ReadAfterAsync(runner, filtered, keys, after, keyed, size + 1, cancellationToken);
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
            : parts.Select(s => SortMap<TEntity>.Order(narrow(s), keys, false).Take(take)).Aggregate(Queryable.Concat);

    /// <summary>The rows of <paramref name="unfiltered"/> whose ids <paramref name="page"/> selects, in the page's order.</summary>
    private static IQueryable<Keyed<TDto>> ByIds<TEntity, TDto>(
        IQueryable<TEntity> unfiltered, IQueryable<TEntity> page, IReadOnlyList<SortKey> keys, Expression<Func<TEntity, Keyed<TDto>>> keyed)
        where TEntity : AuditableEntity
    {
        var ids = page.Select(e => e.Id);
        return SortMap<TEntity>.Order(unfiltered.Where(e => ids.Contains(e.Id)), keys, false).Select(keyed);
    }

    /// <summary>Whether every property of the filter record is null (or an empty list).</summary>
    public static bool IsUnfiltered(object filter) =>
        FilterProperties.GetOrAdd(filter.GetType(), t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .All(p => p.GetValue(filter) is null or ICollection { Count: 0 });

    /// <summary>
    /// The keyset read. A nullable leading key (nulls last) is read in two index-served segments: the non-null
    /// items after the cursor, then, when the page is not full, the null ones by the remaining keys.
    /// </summary>
    private static async Task<List<Keyed<TDto>>> ReadAfterAsync<TEntity, TDto>(
        IQueryRunner runner,
        IQueryable<TEntity> filtered,
        IReadOnlyList<SortKey> keys,
        object?[] after,
        Expression<Func<TEntity, Keyed<TDto>>> keyed,
        int take,
        CancellationToken cancellationToken)
    {
        if (!keys[0].Nullable)
        {
            var query = SortMap<TEntity>.Order(filtered.Where(SortMap<TEntity>.After(keys, after)), keys, false);
            return await runner.ToListAsync(query.Take(take).Select(keyed), cancellationToken);
        }

        var rest = keys.Skip(1).ToList();
        var rows = new List<Keyed<TDto>>();
        if (after[0] is { } first)
        {
            var nonNull = filtered
                .Where(SortMap<TEntity>.LeadingIsNull(keys, false))
                .Where(SortMap<TEntity>.LeadingBound(keys, first))
                .Where(SortMap<TEntity>.After(keys, after));
            rows = await runner.ToListAsync(SortMap<TEntity>.Order(nonNull, keys, true).Take(take).Select(keyed), cancellationToken);
            if (rows.Count >= take)
            {
                return rows;
            }

            var nulls = filtered.Where(SortMap<TEntity>.LeadingIsNull(keys, true));
            rows.AddRange(await runner.ToListAsync(SortMap<TEntity>.Order(nulls, rest, false).Take(take - rows.Count).Select(keyed), cancellationToken));
            return rows;
        }

        var nullsAfter = filtered.Where(SortMap<TEntity>.LeadingIsNull(keys, true)).Where(SortMap<TEntity>.After(rest, after[1..]));
        return await runner.ToListAsync(SortMap<TEntity>.Order(nullsAfter, rest, false).Take(take).Select(keyed), cancellationToken);
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
        var projection = Projections.Of<TEntity, TDto>(mapping);
        var parameter = projection.Parameters[0];
        var values = keys.Select(k => (Expression)Expression.Convert(new Rebind(k.Selector.Parameters[0], parameter).Visit(k.Selector.Body), typeof(object)));
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

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }

    private sealed class EphemeralCursorProtector : ICursorProtector
    {
        private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

        public string Protect(ReadOnlySpan<byte> payload) => CursorSigning.Protect(_key, payload);

        public byte[]? Unprotect(string cursor) => CursorSigning.Unprotect(_key, cursor);
    }
}

/// <summary>A DTO with the sort key values of its row (the id last), for the next cursor.</summary>
public sealed record Keyed<TDto>(TDto Item, object?[] Keys);

/// <summary>The cursor format: base64url(payload) "." base64url(HMAC-SHA256(key, payload)[..16]).</summary>
public static class CursorSigning
{
    private const int MacLength = 16;

    public static string Protect(byte[] key, ReadOnlySpan<byte> payload)
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(key, payload, mac);
        return Base64Url(payload) + "." + Base64Url(mac[..MacLength]);
    }

    public static byte[]? Unprotect(byte[] key, string cursor)
    {
        var dot = cursor.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || cursor.Length > 2048)
        {
            return null;
        }

        try
        {
            var payload = FromBase64Url(cursor[..dot]);
            var given = FromBase64Url(cursor[(dot + 1)..]);

            // Only the canonical spelling: base64's unused low bits must not give one cursor several strings.
            if (Base64Url(payload) != cursor[..dot] || Base64Url(given) != cursor[(dot + 1)..])
            {
                return null;
            }

            var expected = HMACSHA256.HashData(key, payload).AsSpan(0, MacLength);
            return given.Length == MacLength && CryptographicOperations.FixedTimeEquals(given, expected) ? payload : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Base64Url(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '='));
    }
}
