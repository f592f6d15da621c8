using CastingAgency.Application.Audit.Queries.ListAudit;
using CastingAgency.WebApi.Authorization;
using CastingAgency.WebApi.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CastingAgency.WebApi.Controllers;

/// <summary>The audit trail: read only; no endpoint changes or deletes a record.</summary>
[Route("audit")]
[Tags("Audit")]
public sealed class AuditController(IMediator mediator) : ApiControllerBase(mediator)
{
    /// <summary>List audit records, newest first, with filters and the paging of lists.</summary>
    [HttpGet(Name = "listAudit")]
    [Authorize(Policy = Permissions.ReadAudit)]
    [ProducesResponseType<AuditListResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<AuditListResponse>> List([FromQuery] AuditFilter filter, [FromQuery] PageParameters paging, CancellationToken cancellationToken)
    {
        var page = await Mediator.Send(new ListAuditQuery(filter, paging.ToPageRequest()), cancellationToken);
        return new AuditListResponse(true, page.Items, page.Total, page.Page, page.PageSize, page.NextCursor);
    }
}
