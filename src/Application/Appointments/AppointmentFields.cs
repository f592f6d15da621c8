using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Common.Validation;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;
using FluentValidation;

namespace CastingAgency.Application.Appointments;

/// <summary>
/// The writable fields of an appointment (docs/api.md §9): the body of <c>POST /shortlist/{id}/appointments</c> and of
/// <c>PATCH /appointments/{id}</c>.
/// </summary>
public abstract record AppointmentFields : FieldSet
{
    /// <summary><c>audition</c> or <c>callback</c>; required on create, then fixed.</summary>
    public Optional<AppointmentKind?> Kind { get; init; }

    /// <summary>ISO 8601 date-time with an offset; stored and returned in UTC.</summary>
    public Optional<string?> StartsAt { get; init; }

    /// <summary>ISO 8601 date-time with an offset, after <c>starts_at</c>, at most 8 hours later.</summary>
    public Optional<string?> EndsAt { get; init; }

    /// <summary>A room, an address or a video link.</summary>
    public Optional<string?> Location { get; init; }

    /// <summary>PATCH only: <c>confirmed</c>, <c>declined</c>, <c>completed</c>, <c>no_show</c> or <c>canceled</c>, along the allowed edges.</summary>
    public Optional<AppointmentStatus?> Status { get; init; }

    /// <summary>Whether the body moves the slot or the place (a reschedule). A method, so it is no body member.</summary>
    public bool MovesSlotOrPlace() => StartsAt.IsPresent || EndsAt.IsPresent || Location.IsPresent;
}

public abstract class AppointmentFieldsValidator<T> : AbstractValidator<T>
    where T : AppointmentFields
{
    protected AppointmentFieldsValidator(bool patch)
    {
        if (patch)
        {
            this.NotEmptyPatch();
            RuleFor(c => c.Kind).Absent("kind is fixed once the appointment is booked.");
            this.NotNullWhenPresent(c => c.StartsAt);
            this.NotNullWhenPresent(c => c.EndsAt);
            this.NotNullWhenPresent(c => c.Status);
            RuleFor(c => c.Status).Must((c, status) => !c.MovesSlotOrPlace() || !status.IsPresent)
                .WithMessage("status cannot change together with a reschedule (starts_at, ends_at, location).");
        }
        else
        {
            RuleFor(c => c.Kind.Value).Required();
            RuleFor(c => c.StartsAt.Value).Required();
            RuleFor(c => c.EndsAt.Value).Required();
            RuleFor(c => c.Status).Absent("status is scheduled on create; move it with PATCH /appointments/{id}.");
        }

        RuleFor(c => c.StartsAt.Value).Timestamp();
        RuleFor(c => c.EndsAt.Value).Timestamp();
        RuleFor(c => c.EndsAt.Value)
            .Must((c, end) => !TimestampInput.TryParse(c.StartsAt.Value, out var s) || !TimestampInput.TryParse(end, out var e) || e > s)
            .WithMessage("ends_at must be after starts_at.")
            .Must((c, end) => !TimestampInput.TryParse(c.StartsAt.Value, out var s) || !TimestampInput.TryParse(end, out var e) || e - s <= Domain.Entities.Appointment.MaxLength)
            .WithMessage("an appointment lasts at most 8 hours.");
        RuleFor(c => c.Location.Value).OptionalText(Limits.NameMaxLength);
    }
}
