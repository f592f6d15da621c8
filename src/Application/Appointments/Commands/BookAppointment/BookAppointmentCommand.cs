using System.Text.Json.Serialization;
using AutoMapper;
using CastingAgency.Application.Appointments.Dtos;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using MediatR;

namespace CastingAgency.Application.Appointments.Commands.BookAppointment;

/// <summary>The body of <c>POST /shortlist/{id}/appointments</c>.</summary>
public sealed record BookAppointmentCommand : AppointmentFields, IRequest<AppointmentDto>
{
    [JsonIgnore]
    public int ShortlistId { get; init; }
}

public sealed class BookAppointmentCommandHandler(
    IShortlistRepository entries, IAppointmentRepository appointments, IUnitOfWork unitOfWork, IMapper mapper)
    : IRequestHandler<BookAppointmentCommand, AppointmentDto>
{
    public async Task<AppointmentDto> Handle(BookAppointmentCommand request, CancellationToken cancellationToken)
    {
        var startsAt = TimestampInput.Parse(request.StartsAt.Value);
        var endsAt = TimestampInput.Parse(request.EndsAt.Value);

        // The actor is read first, the actor's schedule after it: a booking that commits between the two reads is
        // either seen in the schedule or has moved the actor's version (ADR-007).
        var entry = await entries.FindWithActorAsync(request.ShortlistId, cancellationToken)
            ?? throw new NotFoundException("shortlist entry", request.ShortlistId);
        var busy = await appointments.LiveOverlappingAsync(entry.ActorId, startsAt, endsAt, cancellationToken);
        var appointment = entry.Book(
            request.Kind.Value!.Value, startsAt, endsAt, request.Location.Value, entry.Actor!, busy);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return mapper.Map<AppointmentDto>(appointment);
    }
}
