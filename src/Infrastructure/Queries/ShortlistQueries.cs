using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Shortlist.Dtos;
using CastingAgency.Application.Shortlist.Queries;
using CastingAgency.Application.Shortlist.Queries.ListShortlist;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.Infrastructure.Queries.Lists;

namespace CastingAgency.Infrastructure.Queries;

internal sealed class ShortlistQueries(IShortlistRepository entries, ListReader lists) : IShortlistQueries
{
    public Task<PagedList<ShortlistEntryDto>> ListAsync(int roleId, ShortlistFilter filter, PageRequest paging, CancellationToken cancellationToken) =>
        lists.ReadAsync<ShortlistEntry, ShortlistEntryDto>(
            new ListSpec<ShortlistEntry>(
                $"roles/{roleId}/shortlist", filter, Filtered(entries.Query().Where(e => e.RoleId == roleId), filter), ShortlistFilter.Sorting, new ListTotal.OwnCondition()),
            paging,
            cancellationToken);

    private static IQueryable<ShortlistEntry> Filtered(IQueryable<ShortlistEntry> query, ShortlistFilter filter)
    {
        query = AnyOf.Ids(query, filter.Id, e => e.Id);
        if (filter.Status is { Length: > 0 })
        {
            var statuses = filter.Status.Select(WireNames<ShortlistStatus>.Parse).Distinct().ToList();
            query = query.Where(e => statuses.Contains(e.Status));
        }

        query = filter.ActorId is { } actorId ? query.Where(e => e.ActorId == actorId) : query;

        return query;
    }
}
