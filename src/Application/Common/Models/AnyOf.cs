using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using CastingAgency.Domain.Common;

namespace CastingAgency.Application.Common.Models;

/// <summary>
/// Any-of filters (contract §4): a repeatable query parameter matches an item that has any of the values. One value
/// is the plain equality it always was (same SQL, same plan); several are an <c>IN</c> list (ids) or an OR of
/// equalities (enum columns stored by wire name).
/// </summary>
public static class AnyOf
{
    /// <summary>The most values an any-of filter takes (<c>id</c>: 101 values → 422).</summary>
    public const int MaxValues = 100;

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

        var values = ids.Distinct().ToList();
        var contains = Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], Captured(values), column.Body);
        return query.Where(Expression.Lambda<Func<T, bool>>(contains, column.Parameters));
    }

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
        Expression.Lambda<Func<T, bool>>(Expression.Equal(column.Body, Captured(value)), column.Parameters);

    /// <summary>A captured value, so the provider sends a parameter (not a literal) and reuses the plan.</summary>
    private static MemberExpression Captured<TValue>(TValue value) =>
        Expression.Field(Expression.Constant(new StrongBox<TValue>(value)), nameof(StrongBox<TValue>.Value));
}
