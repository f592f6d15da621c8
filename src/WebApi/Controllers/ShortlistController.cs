using CastingAgency.Application.Shortlist.Commands.CreateShortlistEntry;
using CastingAgency.Application.Shortlist.Commands.DeleteShortlistEntry;
using CastingAgency.Application.Shortlist.Commands.UpdateShortlistEntry;
using CastingAgency.Application.Shortlist.Queries.GetShortlistEntry;
using CastingAgency.Application.Shortlist.Queries.GetShortlistHistory;
using CastingAgency.Application.Shortlist.Queries.ListShortlist;
using CastingAgency.WebApi.Authorization;
using CastingAgency.WebApi.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CastingAgency.WebApi.Controllers;

/// <summary>The casting pipeline's shortlists (docs/api.md §9): the actors considered for a role, and each entry's history.</summary>
[Tags("Pipeline")]
public sealed class ShortlistController(IMediator mediator) : ApiControllerBase(mediator)
{
    /// <summary>The role's shortlist with paging, sorting (id, created_at, status) and filters (status any-of, actor_id).</summary>
    [HttpGet("roles/{id:int}/shortlist", Name = "listRoleShortlist")]
    [Authorize(Policy = Permissions.GetAuditions)]
    [ProducesResponseType<ShortlistListResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<ShortlistListResponse>> ListShortlist(int id, [FromQuery] ShortlistFilter filter, [FromQuery] PageParameters paging, CancellationToken cancellationToken)
    {
        var page = await Mediator.Send(new ListShortlistQuery(id, filter, paging.ToPageRequest()), cancellationToken);
        return new ShortlistListResponse(true, id, page.Items, page.Total, page.Page, page.PageSize, page.NextCursor);
    }

    /// <summary>
    /// Shortlist an actor for the role. The actor must fit it by the casting rule; a role lists an actor at most once,
    /// and a role that is cast takes no new entries (409).
    /// </summary>
    [HttpPost("roles/{id:int}/shortlist", Name = "createShortlistEntry")]
    [Authorize(Policy = Permissions.PostAuditions)]
    [Consumes("application/json")]
    [ProducesResponseType<ShortlistEntryCreatedResponse>(StatusCodes.Status201Created)]
    public async Task<ActionResult<ShortlistEntryCreatedResponse>> CreateEntry(int id, [FromBody] CreateShortlistEntryCommand command, CancellationToken cancellationToken)
    {
        var entry = await Mediator.Send(command with { RoleId = id }, cancellationToken);
        return CreatedWithETag("getShortlistEntry", entry.Id, new ShortlistEntryCreatedResponse(true, entry, entry.Id), entry.Version);
    }

    /// <summary>Get one shortlist entry with its appointments (by starts_at).</summary>
    [HttpGet("shortlist/{id:int}", Name = "getShortlistEntry")]
    [Authorize(Policy = Permissions.GetAuditions)]
    [ProducesResponseType<ShortlistEntryDetailResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    public async Task<ActionResult<ShortlistEntryDetailResponse>> GetEntry(int id, CancellationToken cancellationToken)
    {
        var entry = await Mediator.Send(new GetShortlistEntryQuery(id), cancellationToken);
        return OkWithETag(new ShortlistEntryDetailResponse(true, entry), entry.Version);
    }

    /// <summary>
    /// Move the entry along the allowed edges (shortlisted → callback | offered | released; callback → offered | released;
    /// offered → cast | declined | released; released → shortlisted) and/or change its note. Offering and casting also
    /// need patch:roles (403); cast casts the role, releases the other entries and cancels the actor's open appointments
    /// for the role. Honours If-Match.
    /// </summary>
    [HttpPatch("shortlist/{id:int}", Name = "updateShortlistEntry")]
    [Authorize(Policy = Permissions.PatchAuditions)]
    [Consumes("application/json")]
    [ProducesResponseType<ShortlistEntryResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<ShortlistEntryResponse>> UpdateEntry(int id, [FromBody] UpdateShortlistEntryCommand command, CancellationToken cancellationToken)
    {
        var entry = await Mediator.Send(command with { Id = id, ExpectedVersion = IfMatchVersion() }, cancellationToken);
        SetETag(entry.Version);
        return new ShortlistEntryResponse(true, entry);
    }

    /// <summary>Remove an entry that is not cast (409 if it is), with its appointments. Honours If-Match.</summary>
    [HttpDelete("shortlist/{id:int}", Name = "deleteShortlistEntry")]
    [Authorize(Policy = Permissions.DeleteAuditions)]
    [ProducesResponseType<DeletedResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<DeletedResponse>> DeleteEntry(int id, CancellationToken cancellationToken)
    {
        var deleted = await Mediator.Send(new DeleteShortlistEntryCommand(id, IfMatchVersion()), cancellationToken);
        return new DeletedResponse(true, deleted);
    }

    /// <summary>Every status the entry has had, oldest first, with when and by whom ("system" when a rule made it).</summary>
    [HttpGet("shortlist/{id:int}/history", Name = "getShortlistHistory")]
    [Authorize(Policy = Permissions.GetAuditions)]
    [ProducesResponseType<ShortlistHistoryResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<ShortlistHistoryResponse>> History(int id, CancellationToken cancellationToken)
    {
        var history = await Mediator.Send(new GetShortlistHistoryQuery(id), cancellationToken);
        return new ShortlistHistoryResponse(true, history.ShortlistId, history.History);
    }
}
