using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using CastingAgency.Application.Common.Models;

namespace CastingAgency.Infrastructure.Queries.Lists;

/// <summary>
/// A <see cref="SortMap{T}"/>'s effective sort as query operators: the order (nulls last in both directions, the
/// same on every provider) and the keyset ("after this item") condition of cursor paging (ADR-011), each shaped so
/// that an index on (key, id) serves it.
/// </summary>
internal static class Keyset<T>
{
    /// <summary>
    /// Orders by <paramref name="keys"/>; with <paramref name="leadingNotNull"/> the query holds no null in the
    /// leading key, so its nulls-last term is left out and an index on (key, id) serves the order.
    /// </summary>
    public static IQueryable<T> Order(IQueryable<T> query, IReadOnlyList<SortKey> keys, bool leadingNotNull)
    {
        IOrderedQueryable<T>? ordered = null;
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            if (key.Nullable && !(i == 0 && leadingNotNull))
            {
                // Nulls last in both directions, the same on every provider.
                var isNull = Expression.Lambda(IsNull(key.Selector.Body), key.Selector.Parameters);
                ordered = OrderBy(ordered, query, isNull, descending: false);
            }

            ordered = OrderBy(ordered, query, key.Selector, key.Descending);
        }

        return ordered!;
    }

    /// <summary>
    /// The items after the one whose sort key values are <paramref name="values"/> (one per key, the id last):
    /// <c>(k1 &gt; v1) OR (k1 = v1 AND k2 &gt; v2) OR …</c>, with &lt; for descending keys and nulls last, plus the
    /// redundant leading bound <c>k1 &gt;= v1</c> so that an index on (k1, id) is entered at the cursor.
    /// </summary>
    public static Expression<Func<T, bool>> After(IReadOnlyList<SortKey> keys, IReadOnlyList<object?> values)
    {
        var parameter = Expression.Parameter(typeof(T), "e");
        Expression? any = null;
        Expression? equalSoFar = null;
        for (var i = 0; i < keys.Count; i++)
        {
            var key = Body(keys[i], parameter);
            var value = values[i];
            Expression? after = null;
            Expression equal;
            if (value is null)
            {
                equal = IsNull(key);
            }
            else
            {
                var constant = Parameter(value, key.Type);
                after = Compare(key, constant, keys[i].Descending ? ExpressionType.LessThan : ExpressionType.GreaterThan);
                if (keys[i].Nullable)
                {
                    after = Expression.OrElse(after, IsNull(key));
                }

                equal = Expression.Equal(key, constant);
            }

            if (after is not null)
            {
                var term = equalSoFar is null ? after : Expression.AndAlso(equalSoFar, after);
                any = any is null ? term : Expression.OrElse(any, term);
            }

            equalSoFar = equalSoFar is null ? equal : Expression.AndAlso(equalSoFar, equal);
        }

        any ??= Expression.Constant(false);
        if (values[0] is { } first && keys.Count > 1 && !keys[0].Nullable)
        {
            any = Expression.AndAlso(Bound(keys[0], parameter, first), any);
        }

        return Expression.Lambda<Func<T, bool>>(any, parameter);
    }

    /// <summary>Whether the leading key of the item is null (or not), for the two segments of a nulls-last cursor read.</summary>
    public static Expression<Func<T, bool>> LeadingIsNull(IReadOnlyList<SortKey> keys, bool isNull)
    {
        var parameter = Expression.Parameter(typeof(T), "e");
        var test = IsNull(Body(keys[0], parameter));
        return Expression.Lambda<Func<T, bool>>(isNull ? test : Expression.Not(test), parameter);
    }

    /// <summary>Bounds the non-null segment at the cursor (<c>k1 &gt;= v1</c>) so that the read enters the index there.</summary>
    public static Expression<Func<T, bool>> LeadingBound(IReadOnlyList<SortKey> keys, object first)
    {
        var parameter = Expression.Parameter(typeof(T), "e");
        return Expression.Lambda<Func<T, bool>>(Bound(keys[0], parameter, first), parameter);
    }

    /// <summary><paramref name="key"/>'s selector over <paramref name="parameter"/>.</summary>
    internal static Expression Body(SortKey key, ParameterExpression parameter) =>
        new Rebind(key.Selector.Parameters[0], parameter).Visit(key.Selector.Body);

    private static BinaryExpression Bound(SortKey key, ParameterExpression parameter, object first)
    {
        var lead = Body(key, parameter);
        return Compare(lead, Parameter(first, lead.Type), key.Descending ? ExpressionType.LessThanOrEqual : ExpressionType.GreaterThanOrEqual);
    }

    private static BinaryExpression IsNull(Expression key) => Expression.Equal(key, Expression.Constant(null, key.Type));

    private static BinaryExpression Compare(Expression key, Expression value, ExpressionType comparison)
    {
        if (key.Type == typeof(string))
        {
            // string.Compare(a, b) > 0 is translated to a > b by every provider.
            var compare = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, key, value);
            return Expression.MakeBinary(comparison, compare, Expression.Constant(0));
        }

        return Expression.MakeBinary(comparison, key, value);
    }

    /// <summary>A captured value (not a constant), so the provider sends it as a parameter and reuses the plan.</summary>
    private static MemberExpression Parameter(object value, Type type)
    {
        var box = (IStrongBox)Activator.CreateInstance(typeof(StrongBox<>).MakeGenericType(type), value)!;
        return Expression.Field(Expression.Constant(box), nameof(StrongBox<int>.Value));
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

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
