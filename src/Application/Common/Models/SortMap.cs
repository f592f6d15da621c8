using System.Linq.Expressions;

namespace CastingAgency.Application.Common.Models;

/// <summary>
/// The sortable fields of one resource: wire name → key selector. Parses <c>sort=-release_date,title</c>
/// and applies it, always ending with the id so that paging is stable. Nullable keys sort nulls last.
/// </summary>
public sealed class SortMap<T>
{
    private readonly Dictionary<string, LambdaExpression> _keys = new(StringComparer.Ordinal);
    private readonly LambdaExpression _id;

    public SortMap(Expression<Func<T, int>> id)
    {
        _id = id;
        _keys["id"] = id;
    }

    public IEnumerable<string> Fields => _keys.Keys;

    public SortMap<T> Add<TKey>(string field, Expression<Func<T, TKey>> key)
    {
        _keys[field] = key;
        return this;
    }

    /// <summary>The fields named in <paramref name="sort"/> that this map does not know.</summary>
    public IEnumerable<string> UnknownFields(string? sort) =>
        Parse(sort).Where(t => !_keys.ContainsKey(t.Field)).Select(t => t.Field);

    public IQueryable<T> Apply(IQueryable<T> query, string? sort)
    {
        IOrderedQueryable<T>? ordered = null;
        var usedId = false;
        foreach (var (field, descending) in Parse(sort))
        {
            if (!_keys.TryGetValue(field, out var key))
            {
                continue;
            }

            if (Nullable.GetUnderlyingType(key.ReturnType) is not null)
            {
                // Nulls last in both directions, the same on every provider.
                var isNull = Expression.Lambda(Expression.Equal(key.Body, Expression.Constant(null, key.ReturnType)), key.Parameters);
                ordered = OrderBy(ordered, query, isNull, descending: false);
            }

            ordered = OrderBy(ordered, query, key, descending);
            usedId |= field == "id";
            if (usedId)
            {
                break; // nothing after the unique id changes the order
            }
        }

        return usedId ? ordered! : OrderBy(ordered, query, _id, descending: false);
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

    private static IOrderedQueryable<T> OrderBy(IOrderedQueryable<T>? ordered, IQueryable<T> source, LambdaExpression key, bool descending)
    {
        var method = (ordered, descending) switch
        {
            (null, false) => nameof(Queryable.OrderBy),
            (null, true) => nameof(Queryable.OrderByDescending),
            (_, false) => nameof(Queryable.ThenBy),
            (_, true) => nameof(Queryable.ThenByDescending),
        };
        var target = ordered ?? source;
        var call = Expression.Call(
            typeof(Queryable), method, [typeof(T), key.ReturnType], target.Expression, Expression.Quote(key));
        return (IOrderedQueryable<T>)target.Provider.CreateQuery<T>(call);
    }
}
