using System.Linq.Expressions;

namespace CastingAgency.Application.Common.Models;

/// <summary>
/// A list's filter record, which also states the list's sortable fields (docs/api.md §5): what a list filters and
/// sorts by is written in one place per list. The OpenAPI document reads <see cref="Sorting"/> for the
/// <c>sort</c> parameter.
/// </summary>
public interface ISortedList<TEntity>
{
    static abstract SortMap<TEntity> Sorting { get; }
}

/// <summary>
/// The sortable fields of one resource: wire name → key selector. Parses <c>sort=-release_date,title</c>
/// into the effective sort, always ending with the id so that paging is stable. Nullable keys sort nulls last in both
/// directions. The same keys give the "after this item" condition of cursor paging (ADR-011).
/// </summary>
public sealed class SortMap<T>
{
    private readonly Dictionary<string, (LambdaExpression Key, bool Nullable)> _keys = new(StringComparer.Ordinal);
    private readonly LambdaExpression _id;

    public SortMap(Expression<Func<T, int>> id)
    {
        _id = id;
        _keys["id"] = (id, false);
    }

    public IEnumerable<string> Fields => _keys.Keys;

    /// <summary>Adds a sort field. A nullable value type is nullable by its type; a string column says so with <paramref name="nullable"/>.</summary>
    public SortMap<T> Add<TKey>(string field, Expression<Func<T, TKey>> key, bool nullable = false)
    {
        _keys[field] = (key, nullable || Nullable.GetUnderlyingType(typeof(TKey)) is not null);
        return this;
    }

    /// <summary>The fields named in <paramref name="sort"/> that this map does not know.</summary>
    public IEnumerable<string> UnknownFields(string? sort) =>
        Parse(sort).Where(t => !_keys.ContainsKey(t.Field)).Select(t => t.Field);

    /// <summary>The effective sort: the known fields given, up to the id, then the id ascending.</summary>
    public IReadOnlyList<SortKey> Keys(string? sort)
    {
        var result = new List<SortKey>();
        foreach (var (field, descending) in Parse(sort))
        {
            if (!_keys.TryGetValue(field, out var key) || result.Any(k => k.Field == field))
            {
                continue;
            }

            result.Add(new SortKey(field, key.Key, descending, key.Nullable));
            if (field == "id")
            {
                return result; // nothing after the unique id changes the order
            }
        }

        result.Add(new SortKey("id", _id, false, false));
        return result;
    }

    private static List<(string Field, bool Descending)> Parse(string? sort)
    {
        var result = new List<(string, bool)>();
        if (string.IsNullOrWhiteSpace(sort))
        {
            return result;
        }

        foreach (var raw in sort.Split(',', StringSplitOptions.TrimEntries))
        {
            var descending = raw.StartsWith('-');
            var field = descending || raw.StartsWith('+') ? raw[1..] : raw;
            result.Add((field.ToLowerInvariant(), descending));
        }

        return result;
    }
}

/// <summary>One key of an effective sort.</summary>
public sealed record SortKey(string Field, LambdaExpression Selector, bool Descending, bool Nullable)
{
    public Type Type => Selector.ReturnType;

    public override string ToString() => (Descending ? "-" : string.Empty) + Field;
}
