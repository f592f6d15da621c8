using CastingAgency.Application.Audit.Dtos;
using CastingAgency.Application.Audit.Queries.ListAudit;
using CastingAgency.Application.Common.Models;

namespace CastingAgency.Application.Audit.Queries;

/// <summary>The audit trail's reads; implemented in Infrastructure (ADR-013).</summary>
public interface IAuditQueries
{
    /// <summary>A page of the records that match <paramref name="filter"/>, newest first unless sorted (<c>GET /audit</c>).</summary>
    Task<PagedList<AuditRecordDto>> ListAsync(AuditFilter filter, PageRequest paging, CancellationToken cancellationToken);
}
