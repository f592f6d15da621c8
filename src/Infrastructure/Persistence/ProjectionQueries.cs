using System.Collections.Concurrent;
using System.Linq.Expressions;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using CastingAgency.Domain.Common;
using CastingAgency.Infrastructure.Persistence.Visibility;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.Infrastructure.Persistence;

/// <summary>
/// One compiled EF Core query per (entity, DTO) pair: "the row with this id, projected to the DTO".
/// </summary>
/// <remarks>
/// A detail GET is the API's hottest read. Composed as a LINQ query, every request rebuilds AutoMapper's
/// projection, and EF Core then walks, hashes and compares that whole expression tree to find its cached
/// plan; a compiled query does that work once, so a request only binds the id and runs the SQL.
/// The projection is AutoMapper's own (the one <c>ProjectTo</c> applies), so the DTO mapping still lives in
/// one place, the Application profiles, and the SQL is the same statement <c>ProjectTo</c> produces.
/// </remarks>
public sealed class ProjectionQueries(IConfigurationProvider mapping)
{
    private readonly ConcurrentDictionary<(Type Entity, Type Result, bool ReadPastVisibility), object> compiled = new();

    /// <summary>The entity with <paramref name="id"/> projected to <typeparamref name="TResult"/>, or null.</summary>
    public Task<TResult?> ByIdAsync<TEntity, TResult>(CastingAgencyDbContext context, int id, CancellationToken cancellationToken)
        where TEntity : AuditableEntity
    {
        // A caller who sees every production reads past the visibility filter (ProductionVisibility.Visible): one
        // compiled query each way.
        var query = (Func<CastingAgencyDbContext, int, CancellationToken, Task<TResult?>>)compiled.GetOrAdd(
            (typeof(TEntity), typeof(TResult), context.CallerSeesEveryProduction),
            static (key, configuration) => CompileById<TEntity, TResult>(configuration, key.ReadPastVisibility),
            mapping);
        return query(context, id, cancellationToken);
    }

    private static Func<CastingAgencyDbContext, int, CancellationToken, Task<TResult?>> CompileById<TEntity, TResult>(
        IConfigurationProvider configuration, bool readPastVisibility)
        where TEntity : AuditableEntity
    {
        Expression<Func<CastingAgencyDbContext, int, IQueryable<TEntity>>> byId = readPastVisibility
            ? (context, id) => context.Set<TEntity>().AsNoTracking().IgnoreQueryFilters(ProductionVisibility.Filters).Where(e => e.Id == id)
            : (context, id) => context.Set<TEntity>().AsNoTracking().Where(e => e.Id == id);
        var projected = Expression.Call(
            typeof(Queryable),
            nameof(Queryable.Select),
            [typeof(TEntity), typeof(TResult)],
            byId.Body,
            Expression.Quote(Projection<TEntity, TResult>(configuration)));
        var body = Expression.Call(typeof(Queryable), nameof(Queryable.FirstOrDefault), [typeof(TResult)], projected);
        var lambda = Expression.Lambda<Func<CastingAgencyDbContext, int, CancellationToken, TResult?>>(
            body, byId.Parameters[0], byId.Parameters[1], Expression.Parameter(typeof(CancellationToken), "cancellationToken"));
        return EF.CompileAsyncQuery(lambda);
    }

    /// <summary>
    /// The lambda AutoMapper's <c>ProjectTo</c> puts in its <c>Select</c>, so it can be composed with other columns.
    /// Fails loudly at the first request if a mapping ever needs more than one plain Select (e.g. a parameterised
    /// projection), rather than run a different query.
    /// </summary>
    public static Expression<Func<TEntity, TResult>> Projection<TEntity, TResult>(IConfigurationProvider configuration)
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
