using System.Linq.Expressions;
using AutoMapper;
using AutoMapper.QueryableExtensions;

namespace CastingAgency.Application.Common.Mappings;

/// <summary>AutoMapper's projection of an entity to a DTO as one lambda, so it can be composed with other columns.</summary>
public static class Projections
{
    /// <summary>
    /// The lambda AutoMapper's <c>ProjectTo</c> puts in its <c>Select</c>. Fails loudly at the first request if a
    /// mapping ever needs more than one plain Select (e.g. a parameterised projection), rather than run a different query.
    /// </summary>
    public static Expression<Func<TEntity, TResult>> Of<TEntity, TResult>(IConfigurationProvider configuration)
    {
        var expression = Array.Empty<TEntity>().AsQueryable().ProjectTo<TResult>(configuration).Expression;
        if (expression is MethodCallExpression { Method.Name: nameof(Queryable.Select), Arguments: [ConstantExpression, var quoted] }
            && quoted is UnaryExpression { NodeType: ExpressionType.Quote, Operand: Expression<Func<TEntity, TResult>> projection })
        {
            return projection;
        }

        throw new InvalidOperationException(
            $"AutoMapper's projection of {typeof(TEntity).Name} to {typeof(TResult).Name} is not a single Select: {expression}");
    }
}
