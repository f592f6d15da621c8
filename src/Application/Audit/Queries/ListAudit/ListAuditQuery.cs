using CastingAgency.Application.Audit.Dtos;
using CastingAgency.Application.Common.Models;
using MediatR;

namespace CastingAgency.Application.Audit.Queries.ListAudit;

/// <summary><c>GET /audit</c>: the audit trail, newest first unless sorted.</summary>
public sealed record ListAuditQuery(AuditFilter Filter, PageRequest Paging) : IRequest<PagedList<AuditRecordDto>>;

public sealed class ListAuditQueryHandler(IAuditQueries queries) : IRequestHandler<ListAuditQuery, PagedList<AuditRecordDto>>
{
    public Task<PagedList<AuditRecordDto>> Handle(ListAuditQuery request, CancellationToken cancellationToken) =>
        queries.ListAsync(request.Filter, request.Paging with { Sort = request.Paging.Sort ?? AuditFilter.DefaultSort }, cancellationToken);
}
