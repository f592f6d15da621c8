using CastingAgency.Application.Common.Models;
using CastingAgency.Domain.Common;

namespace CastingAgency.Infrastructure.Queries.Lists;

/// <summary>One list, as the <see cref="ListReader"/> reads it.</summary>
/// <param name="Name">Names the list, with any route id (<c>roles/7/candidates</c>): a cursor is valid only for it.</param>
/// <param name="Filter">The filter record as sent: a cursor is valid only for the same filters. Unfiltered when every property is null or empty.</param>
/// <param name="Query">The list's rows, filtered.</param>
/// <param name="Sorting">The sortable fields.</param>
/// <param name="Total">How the total is found when no filter is given.</param>
internal sealed record ListSpec<TEntity>(string Name, object Filter, IQueryable<TEntity> Query, SortMap<TEntity> Sorting, ListTotal Total)
    where TEntity : class, IEntity
{
    /// <summary>
    /// Every row of the entity (through the same context, so its query filters apply): when given, a page of a list
    /// with a condition, and a deep offset page of any list, reads its ids first (<see cref="ListReader"/>).
    /// </summary>
    public IQueryable<TEntity>? Rows { get; init; }

    /// <summary>
    /// <see cref="Query"/> as disjoint parts, each read in id order by an index of its own (a role's candidates of one
    /// age): a page in the default order is the UNION ALL of each part's first rows, bounded by the number of parts
    /// where one walk in id order would pass every row that does not fit. Any other order ignores them.
    /// </summary>
    public IReadOnlyList<IQueryable<TEntity>>? Parts { get; init; }
}

/// <summary>The counting policy of a list: how its total is found when no filter is given (a filtered total is counted).</summary>
internal abstract record ListTotal
{
    private ListTotal() { }

    /// <summary>The list is every row of its entity: unfiltered, its total is the entity's maintained count.</summary>
    public sealed record EveryRow : ListTotal;

    /// <summary>The list has a condition of its own (a role's candidates, shortlist): unfiltered, its total is <paramref name="Unfiltered"/> when known, else counted.</summary>
    public sealed record OwnCondition(long? Unfiltered = null) : ListTotal;
}
