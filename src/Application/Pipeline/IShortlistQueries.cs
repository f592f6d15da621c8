using CastingAgency.Application.Common.Models;

namespace CastingAgency.Application.Pipeline;

/// <summary>The shortlist's reads; implemented in Infrastructure (ADR-013).</summary>
public interface IShortlistQueries
{
    /// <summary>A page of the role's shortlist entries that match <paramref name="filter"/>.</summary>
    Task<PagedList<ShortlistEntryDto>> ListAsync(int roleId, ShortlistFilter filter, PageRequest paging, CancellationToken cancellationToken);
}
