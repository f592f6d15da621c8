using CastingAgency.Application.Breakdowns.Dtos;
using CastingAgency.Application.Breakdowns.Queries.ListBreakdowns;
using CastingAgency.Application.Common.Models;

namespace CastingAgency.Application.Breakdowns.Queries;

/// <summary>
/// The breakdowns' reads; implemented in Infrastructure (ADR-013). A role is listed while it is published, not
/// cast, and open (no <c>submissions_close_at</c>, or one still ahead).
/// </summary>
public interface IBreakdownQueries
{
    /// <summary>A page of the listed breakdowns that match <paramref name="filter"/> (<c>GET /breakdowns</c>).</summary>
    Task<PagedList<BreakdownDto>> ListAsync(BreakdownFilter filter, PageRequest paging, CancellationToken cancellationToken);

    /// <summary>The role's breakdown while it is listed, else null.</summary>
    Task<BreakdownDto?> GetAsync(int roleId, CancellationToken cancellationToken);
}
