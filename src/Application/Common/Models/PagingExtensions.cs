using CastingAgency.Application.Common.Interfaces;

namespace CastingAgency.Application.Common.Models;

public static class PagingExtensions
{
    /// <summary>
    /// Counts the filtered query, then fetches the requested page of its projection: two statements,
    /// both served by the database. A page past the end is empty with the true total.
    /// </summary>
    public static async Task<PagedList<TDto>> ToPageAsync<TEntity, TDto>(
        this IQueryRunner runner,
        IQueryable<TEntity> filtered,
        Func<IQueryable<TEntity>, IQueryable<TDto>> sortAndProject,
        PageRequest paging,
        CancellationToken cancellationToken)
    {
        var page = paging.PageOrDefault;
        var size = paging.PageSizeOrDefault;
        var total = await runner.CountAsync(filtered, cancellationToken);
        var skip = (long)(page - 1) * size;
        if (total == 0 || skip >= total)
        {
            return new PagedList<TDto>([], total, page, size);
        }

        var items = await runner.ToListAsync(sortAndProject(filtered).Skip((int)skip).Take(size), cancellationToken);
        return new PagedList<TDto>(items, total, page, size);
    }
}
