using System.Text.Json.Serialization;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using CastingAgency.Application.Common;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Common.Validation;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;
using FluentValidation;
using MediatR;

namespace CastingAgency.Application.Pipeline;

/// <summary><c>GET /appointments</c> (and, with <paramref name="ActorRoute"/>, <c>GET /actors/{id}/appointments</c>).</summary>
public sealed record ListAppointmentsQuery(AppointmentFilter Filter, PageRequest Paging, int? ActorRoute = null) : IRequest<PagedList<AppointmentDto>>;

public sealed class ListAppointmentsQueryValidator : AbstractValidator<ListAppointmentsQuery>
{
    public ListAppointmentsQueryValidator()
    {
        this.Paging(q => q.Paging);
        RuleFor(q => q.Paging.Sort).Sort(AppointmentFilter.Sorting).OverridePropertyName("sort");
        RuleFor(q => q.Filter).SetValidator(new AppointmentFilterValidator());
    }
}

public sealed class ListAppointmentsQueryHandler(IActorRepository actors, IPipelineQueries queries)
    : IRequestHandler<ListAppointmentsQuery, PagedList<AppointmentDto>>
{
    public async Task<PagedList<AppointmentDto>> Handle(ListAppointmentsQuery request, CancellationToken cancellationToken)
    {
        var filter = request.Filter;
        if (request.ActorRoute is { } actorId)
        {
            if (!await actors.ExistsAsync(actorId, cancellationToken))
            {
                throw new NotFoundException("actor", actorId);
            }

            filter = filter with { ActorId = actorId };
        }

        var paging = string.IsNullOrWhiteSpace(request.Paging.Sort) ? request.Paging with { Sort = AppointmentFilter.DefaultSort } : request.Paging;
        return await queries.ListAppointmentsAsync(filter, paging, request.ActorRoute, cancellationToken);
    }
}

/// <summary>The body of <c>POST /shortlist/{id}/appointments</c>.</summary>
public sealed record BookAppointmentCommand : AppointmentFields, IRequest<AppointmentDto>
{
    [JsonIgnore]
    public int ShortlistId { get; init; }
}

public sealed class BookAppointmentCommandValidator() : AppointmentFieldsValidator<BookAppointmentCommand>(patch: false);

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

public sealed record GetAppointmentQuery(int Id) : IRequest<AppointmentDto>;

public sealed class GetAppointmentQueryHandler(IAppointmentRepository appointments)
    : IRequestHandler<GetAppointmentQuery, AppointmentDto>
{
    public async Task<AppointmentDto> Handle(GetAppointmentQuery request, CancellationToken cancellationToken) =>
        await appointments.GetAsync<AppointmentDto>(request.Id, cancellationToken)
        ?? throw new NotFoundException("appointment", request.Id);
}

/// <summary>The body of <c>PATCH /appointments/{id}</c>: a reschedule (starts_at, ends_at, location) or a status move.</summary>
public sealed record UpdateAppointmentCommand : AppointmentFields, IRequest<AppointmentDto>, IPatchCommand
{
    [JsonIgnore]
    public int Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}

public sealed class UpdateAppointmentCommandValidator() : AppointmentFieldsValidator<UpdateAppointmentCommand>(patch: true);

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

public sealed record DeleteAppointmentCommand(int Id, int? ExpectedVersion = null) : IRequest<int>;

public sealed class DeleteAppointmentCommandHandler(IAppointmentRepository appointments, IUnitOfWork unitOfWork)
    : IRequestHandler<DeleteAppointmentCommand, int>
{
    public async Task<int> Handle(DeleteAppointmentCommand request, CancellationToken cancellationToken)
    {
        var appointment = await appointments.FindAsync(request.Id, cancellationToken) ?? throw new NotFoundException("appointment", request.Id);
        Concurrency.EnsureVersion(appointment, request.ExpectedVersion);
        appointments.Remove(appointment);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return appointment.Id;
    }
}
