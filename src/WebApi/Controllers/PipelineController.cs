using CastingAgency.Application.Pipeline;
using CastingAgency.WebApi.Authorization;
using CastingAgency.WebApi.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CastingAgency.WebApi.Controllers;

/// <summary>The casting pipeline (docs/api.md §9): shortlists of roles, their history, and the appointments booked for them.</summary>
[Tags("Pipeline")]
public sealed class PipelineController(IMediator mediator) : ApiControllerBase(mediator)
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

    /// <summary>
    /// Book an audition or callback for the entry (shortlisted or callback; a callback needs callback). An actor's
    /// appointments never overlap: an overlap is refused with 409 naming the other appointment.
    /// </summary>
    [HttpPost("shortlist/{id:int}/appointments", Name = "bookAppointment")]
    [Authorize(Policy = Permissions.PostAuditions)]
    [Consumes("application/json")]
    [ProducesResponseType<AppointmentCreatedResponse>(StatusCodes.Status201Created)]
    public async Task<ActionResult<AppointmentCreatedResponse>> Book(int id, [FromBody] BookAppointmentCommand command, CancellationToken cancellationToken)
    {
        var appointment = await Mediator.Send(command with { ShortlistId = id }, cancellationToken);
        return CreatedWithETag("getAppointment", appointment.Id, new AppointmentCreatedResponse(true, appointment, appointment.Id), appointment.Version);
    }

    /// <summary>The schedule: appointments with paging, sorting (starts_at by default, or id) and filters.</summary>
    [HttpGet("appointments", Name = "listAppointments")]
    [Authorize(Policy = Permissions.GetAuditions)]
    [ProducesResponseType<AppointmentListResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<AppointmentListResponse>> ListAppointments([FromQuery] AppointmentFilter filter, [FromQuery] PageParameters paging, CancellationToken cancellationToken)
    {
        var page = await Mediator.Send(new ListAppointmentsQuery(filter, paging.ToPageRequest()), cancellationToken);
        return new AppointmentListResponse(true, page.Items, page.Total, page.Page, page.PageSize, page.NextCursor);
    }

    /// <summary>Get one appointment.</summary>
    [HttpGet("appointments/{id:int}", Name = "getAppointment")]
    [Authorize(Policy = Permissions.GetAuditions)]
    [ProducesResponseType<AppointmentResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    public async Task<ActionResult<AppointmentResponse>> GetAppointment(int id, CancellationToken cancellationToken)
    {
        var appointment = await Mediator.Send(new GetAppointmentQuery(id), cancellationToken);
        return OkWithETag(new AppointmentResponse(true, appointment), appointment.Version);
    }

    /// <summary>
    /// Reschedule (starts_at, ends_at, location: the appointment becomes scheduled again; no overlap) or move the status
    /// (scheduled → confirmed | declined | completed | no_show | canceled; confirmed → completed | no_show | canceled |
    /// declined). Honours If-Match.
    /// </summary>
    [HttpPatch("appointments/{id:int}", Name = "updateAppointment")]
    [Authorize(Policy = Permissions.PatchAuditions)]
    [Consumes("application/json")]
    [ProducesResponseType<AppointmentResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<AppointmentResponse>> UpdateAppointment(int id, [FromBody] UpdateAppointmentCommand command, CancellationToken cancellationToken)
    {
        var appointment = await Mediator.Send(command with { Id = id, ExpectedVersion = IfMatchVersion() }, cancellationToken);
        SetETag(appointment.Version);
        return new AppointmentResponse(true, appointment);
    }

    /// <summary>Delete an appointment. Honours If-Match.</summary>
    [HttpDelete("appointments/{id:int}", Name = "deleteAppointment")]
    [Authorize(Policy = Permissions.DeleteAuditions)]
    [ProducesResponseType<DeletedResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<DeletedResponse>> DeleteAppointment(int id, CancellationToken cancellationToken)
    {
        var deleted = await Mediator.Send(new DeleteAppointmentCommand(id, IfMatchVersion()), cancellationToken);
        return new DeletedResponse(true, deleted);
    }

    /// <summary>One actor's schedule: the filters and paging of GET /appointments.</summary>
    [HttpGet("actors/{id:int}/appointments", Name = "listActorAppointments")]
    [Authorize(Policy = Permissions.GetAuditions)]
    [ProducesResponseType<ActorAppointmentListResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<ActorAppointmentListResponse>> ListActorAppointments(int id, [FromQuery] AppointmentFilter filter, [FromQuery] PageParameters paging, CancellationToken cancellationToken)
    {
        var page = await Mediator.Send(new ListAppointmentsQuery(filter, paging.ToPageRequest(), id), cancellationToken);
        return new ActorAppointmentListResponse(true, id, page.Items, page.Total, page.Page, page.PageSize, page.NextCursor);
    }
}
