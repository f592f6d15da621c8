using CastingAgency.Application.Appointments.Commands.BookAppointment;
using CastingAgency.Application.Appointments.Commands.DeleteAppointment;
using CastingAgency.Application.Appointments.Commands.UpdateAppointment;
using CastingAgency.Application.Appointments.Queries.GetAppointment;
using CastingAgency.Application.Appointments.Queries.ListAppointments;
using CastingAgency.WebApi.Authorization;
using CastingAgency.WebApi.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CastingAgency.WebApi.Controllers;

/// <summary>The casting pipeline's appointments (docs/api.md §9): auditions and callbacks booked for shortlist entries, and the schedule.</summary>
[Tags("Pipeline")]
public sealed class AppointmentsController(IMediator mediator) : ApiControllerBase(mediator)
{
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
