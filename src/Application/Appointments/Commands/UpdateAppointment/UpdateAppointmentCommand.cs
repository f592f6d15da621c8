using System.Text.Json.Serialization;
using AutoMapper;
using CastingAgency.Application.Appointments.Dtos;
using CastingAgency.Application.Common;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Common.Validation;
using MediatR;

namespace CastingAgency.Application.Appointments.Commands.UpdateAppointment;

/// <summary>The body of <c>PATCH /appointments/{id}</c>: a reschedule (starts_at, ends_at, location) or a status move.</summary>
public sealed record UpdateAppointmentCommand : AppointmentFields, IRequest<AppointmentDto>, IPatchCommand
{
    [JsonIgnore]
    public int Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}

public sealed class UpdateAppointmentCommandHandler(
    IAppointmentRepository appointments, IActorRepository actors, IUnitOfWork unitOfWork, IMapper mapper)
    : IRequestHandler<UpdateAppointmentCommand, AppointmentDto>
{
    public async Task<AppointmentDto> Handle(UpdateAppointmentCommand request, CancellationToken cancellationToken)
    {
        var appointment = await appointments.FindAsync(request.Id, cancellationToken) ?? throw new NotFoundException("appointment", request.Id);
        Concurrency.EnsureVersion(appointment, request.ExpectedVersion);

        if (request.StartsAt.IsPresent || request.EndsAt.IsPresent)
        {
            var startsAt = TimestampInput.TryParse(request.StartsAt.Value, out var s) ? s : appointment.StartsAt;
            var endsAt = TimestampInput.TryParse(request.EndsAt.Value, out var e) ? e : appointment.EndsAt;
            var location = request.Location.Or(appointment.Location);

            // As for a booking: the actor first, then their schedule (ADR-007).
            var actor = await actors.FindAsync(appointment.ActorId, cancellationToken) ?? throw new NotFoundException("actor", appointment.ActorId);
            var busy = await appointments.LiveOverlappingAsync(appointment.ActorId, startsAt, endsAt, cancellationToken);
            appointment.Reschedule(startsAt, endsAt, location, actor, busy);
        }
        else if (request.Location.IsPresent)
        {
            appointment.MoveLocation(request.Location.Value);
        }

        if (request.Status.Value is { } status)
        {
            appointment.MoveTo(status);
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        return mapper.Map<AppointmentDto>(appointment);
    }
}
