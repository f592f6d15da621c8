using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Shortlist.Dtos;
using CastingAgency.Application.Shortlist.Queries.ListShortlist;

namespace CastingAgency.Application.Shortlist.Queries;

/// <summary>The shortlists' reads; implemented in Infrastructure (ADR-013).</summary>
public interface IShortlistQueries
{
    /// <summary>A page of the role's shortlist entries that match <paramref name="filter"/> (<c>GET /roles/{id}/shortlist</c>).</summary>
    Task<PagedList<ShortlistEntryDto>> ListAsync(int roleId, ShortlistFilter filter, PageRequest paging, CancellationToken cancellationToken);
}
