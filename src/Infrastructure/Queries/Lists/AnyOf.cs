using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using CastingAgency.Domain.Common;

namespace CastingAgency.Infrastructure.Queries.Lists;

/// <summary>
/// Any-of filters (docs/api.md §5): a repeatable query parameter matches an item that has any of the values. One value
/// is the plain equality it always was (same SQL, same plan); several are an <c>IN</c> list (ids) or an OR of
/// equalities (enum columns stored by wire name).
/// </summary>
internal static class AnyOf
{
    /// <summary><c>Enumerable.Contains&lt;int&gt;</c>, found once (a lookup by name per request showed in the profile).</summary>
    private static readonly System.Reflection.MethodInfo ContainsInt = new Func<IEnumerable<int>, int, bool>(Enumerable.Contains).Method;

    public static IQueryable<T> Ids<T>(IQueryable<T> query, IReadOnlyList<int>? ids, Expression<Func<T, int>> column)
    {
        if (ids is not { Count: > 0 })
        {
            return query;
        }

        if (ids.Count == 1)
        {
            return query.Where(Equal(column, ids[0]));
        }

        return In(query, ids.Distinct().ToList(), column);
    }

    /// <summary>
    /// Items whose integer column lies between <paramref name="min"/> and <paramref name="max"/> (inclusive), for a
    /// column of a small domain (ages: 0 to 120): sent as the list of the values in the range, <c>IN (…)</c>, not as
    /// <c>&gt;= AND &lt;=</c>. The result is the same; the difference is the plan a prepared statement keeps.
    /// PostgreSQL's generic plan guesses that 0.5% of the rows match a range between two unknown values, so it
    /// plans "fetch every match, then sort"; for a list of values it guesses far more, so the plan it keeps walks in
    /// id order (docs/performance.md). Either bound alone stays a comparison.
    /// </summary>
    public static IQueryable<T> Between<T>(IQueryable<T> query, int? min, int? max, Expression<Func<T, int>> column, int domainMin, int domainMax)
    {
        if (min is null || max is null)
        {
            if (min is { } low)
            {
                query = query.Where(Compare(column, Expression.GreaterThanOrEqual, low));
            }

            return max is { } high ? query.Where(Compare(column, Expression.LessThanOrEqual, high)) : query;
        }

        var from = Math.Max(min.Value, domainMin);
        var to = Math.Min(max.Value, domainMax);
        return from == to ? query.Where(Equal(column, from))
            : In(query, from < to ? Enumerable.Range(from, to - from + 1).ToList() : [], column);
    }

    /// <summary>Items whose column is one of <paramref name="values"/>: one captured list, sent as one parameter (or a padded list of them).</summary>
    private static IQueryable<T> In<T>(IQueryable<T> query, List<int> values, Expression<Func<T, int>> column) =>
        query.Where(Expression.Lambda<Func<T, bool>>(Expression.Call(ContainsInt, Captured(values), column.Body), column.Parameters));

    /// <summary>Items whose enum column has any of the wire names; unknown names are the validator's (422) and are skipped here.</summary>
    public static IQueryable<T> Enums<T, TEnum, TColumn>(IQueryable<T> query, IReadOnlyList<string>? names, Expression<Func<T, TColumn>> column)
        where TEnum : struct, Enum
    {
        if (names is not { Count: > 0 })
        {
            return query;
        }

        Expression? any = null;
        foreach (var value in names.Select(n => WireNames<TEnum>.TryParse(n, out var v) ? (TEnum?)v : null).OfType<TEnum>().Distinct())
        {
            var test = Expression.Equal(column.Body, Expression.Convert(Captured(value), typeof(TColumn)));
            any = any is null ? test : Expression.OrElse(any, test);
        }

        return any is null ? query : query.Where(Expression.Lambda<Func<T, bool>>(any, column.Parameters));
    }

    private static Expression<Func<T, bool>> Equal<T, TValue>(Expression<Func<T, TValue>> column, TValue value) =>
        Compare(column, Expression.Equal, value);

    private static Expression<Func<T, bool>> Compare<T, TValue>(
        Expression<Func<T, TValue>> column, Func<Expression, Expression, BinaryExpression> comparison, TValue value) =>
        Expression.Lambda<Func<T, bool>>(comparison(column.Body, Captured(value)), column.Parameters);

    /// <summary>A captured value, so the provider sends a parameter (not a literal) and reuses the plan.</summary>
    private static MemberExpression Captured<TValue>(TValue value) =>
        Expression.Field(Expression.Constant(new StrongBox<TValue>(value)), nameof(StrongBox<TValue>.Value));
}
