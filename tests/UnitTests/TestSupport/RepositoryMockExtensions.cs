using AutoMapper.QueryableExtensions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Domain.Common;
using Moq;

namespace CastingAgency.UnitTests.TestSupport;

/// <summary>Backs a Moq'd repository's reads with an in-memory store and the real mapping profiles.</summary>
public static class RepositoryMockExtensions
{
    /// <summary>
    /// <c>GetAsync&lt;TResult&gt;(id)</c> answers as the EF implementation does: the row with that id, projected
    /// by AutoMapper's <c>ProjectTo</c> (LINQ to Objects here), or null.
    /// </summary>
    /// <summary><c>ExistsAsync(id)</c> answers from the in-memory store, as the EF implementation does from the table.</summary>
    public static void SetupExists<TRepository, TEntity>(this Mock<TRepository> repository, Func<IEnumerable<TEntity>> rows)
        where TRepository : class, IRepository<TEntity>
        where TEntity : AuditableEntity =>
        repository
            .Setup(r => r.ExistsAsync(It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .Returns((int id, CancellationToken _) => Task.FromResult(rows().Any(e => e.Id == id)));

    public static void SetupGet<TRepository, TEntity, TResult>(this Mock<TRepository> repository, Func<IEnumerable<TEntity>> rows)
        where TRepository : class, IRepository<TEntity>
        where TEntity : AuditableEntity =>
        repository
            .Setup(r => r.GetAsync<TResult>(It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .Returns((int id, CancellationToken _) => Task.FromResult(
                rows().AsQueryable().Where(e => e.Id == id).ProjectTo<TResult>(TestMapper.Configuration).FirstOrDefault()));
}
