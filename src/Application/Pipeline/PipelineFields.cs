using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Common.Validation;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;
using FluentValidation;

namespace CastingAgency.Application.Pipeline;

/// <summary>
/// The writable fields of a shortlist entry (docs/api.md §9): the body of <c>POST /roles/{id}/shortlist</c> and of
/// <c>PATCH /shortlist/{id}</c>.
/// </summary>
public abstract record ShortlistFields : FieldSet
{
    /// <summary>The actor to shortlist; required on create, then fixed. They must exist and fit the role.</summary>
    public int? ActorId { get; set { field = value; MarkPresent(nameof(ActorId)); } }

    /// <summary>PATCH only: <c>shortlisted</c>, <c>callback</c>, <c>offered</c>, <c>cast</c>, <c>declined</c> or <c>released</c>, along the allowed edges.</summary>
    public string? Status { get; set { field = value; MarkPresent(nameof(Status)); } }

    public string? Note { get; set { field = value; MarkPresent(nameof(Note)); } }
}

public sealed class ShortlistFieldsValidator<T> : AbstractValidator<T>
    where T : ShortlistFields
{
    public ShortlistFieldsValidator(bool patch)
    {
        if (patch)
        {
            this.NotEmptyPatch();
            RuleFor(c => c.ActorId).Must((c, _) => !c.IsPresent(nameof(ShortlistFields.ActorId)))
                .WithMessage("actor_id is fixed once the actor is shortlisted.");
            RuleFor(c => c.Status).NotNullWhenPresent(nameof(ShortlistFields.Status)).WireEnum<ShortlistStatus, T>();
        }
        else
        {
            RuleFor(c => c.ActorId).NotNull().WithMessage(Guard.Messages.Required("{PropertyName}"))
                .GreaterThanOrEqualTo(1).WithMessage(Guard.Messages.NotPositive("{PropertyName}"));
            RuleFor(c => c.Status).Must((c, _) => !c.IsPresent(nameof(ShortlistFields.Status)))
                .WithMessage("status is shortlisted on create; move it with PATCH /shortlist/{id}.");
        }

        RuleFor(c => c.Note).OptionalLongText(Limits.DescriptionMaxLength);
    }
}

/// <summary>
/// The writable fields of an appointment (docs/api.md §9): the body of <c>POST /shortlist/{id}/appointments</c> and of
/// <c>PATCH /appointments/{id}</c>.
/// </summary>
public abstract record AppointmentFields : FieldSet
{
    /// <summary><c>audition</c> or <c>callback</c>; required on create, then fixed.</summary>
    public string? Kind { get; set { field = value; MarkPresent(nameof(Kind)); } }

    /// <summary>ISO 8601 date-time with an offset; stored and returned in UTC.</summary>
    public string? StartsAt { get; set { field = value; MarkPresent(nameof(StartsAt)); } }

    /// <summary>ISO 8601 date-time with an offset, after <c>starts_at</c>, at most 8 hours later.</summary>
    public string? EndsAt { get; set { field = value; MarkPresent(nameof(EndsAt)); } }

    /// <summary>A room, an address or a video link.</summary>
    public string? Location { get; set { field = value; MarkPresent(nameof(Location)); } }

    /// <summary>PATCH only: <c>confirmed</c>, <c>declined</c>, <c>completed</c>, <c>no_show</c> or <c>canceled</c>, along the allowed edges.</summary>
    public string? Status { get; set { field = value; MarkPresent(nameof(Status)); } }

    /// <summary>Whether the body moves the slot or the place (a reschedule).</summary>
    public bool Reschedules => IsPresent(nameof(StartsAt)) || IsPresent(nameof(EndsAt)) || IsPresent(nameof(Location));
}

public sealed class AppointmentFieldsValidator<T> : AbstractValidator<T>
    where T : AppointmentFields
{
    public AppointmentFieldsValidator(bool patch)
    {
        if (patch)
        {
            this.NotEmptyPatch();
            RuleFor(c => c.Kind).Must((c, _) => !c.IsPresent(nameof(AppointmentFields.Kind)))
                .WithMessage("kind is fixed once the appointment is booked.");
            RuleFor(c => c.StartsAt).NotNullWhenPresent(nameof(AppointmentFields.StartsAt));
            RuleFor(c => c.EndsAt).NotNullWhenPresent(nameof(AppointmentFields.EndsAt));
            RuleFor(c => c.Status).NotNullWhenPresent(nameof(AppointmentFields.Status)).WireEnum<AppointmentStatus, T>()
                .Must((c, _) => !c.Reschedules || !c.IsPresent(nameof(AppointmentFields.Status)))
                .WithMessage("status cannot change together with a reschedule (starts_at, ends_at, location).");
        }
        else
        {
            RuleFor(c => c.Kind).RequiredWireEnum<AppointmentKind, T>();
            RuleFor(c => c.StartsAt).NotNull().WithMessage(Guard.Messages.Required("{PropertyName}"));
            RuleFor(c => c.EndsAt).NotNull().WithMessage(Guard.Messages.Required("{PropertyName}"));
            RuleFor(c => c.Status).Must((c, _) => !c.IsPresent(nameof(AppointmentFields.Status)))
                .WithMessage("status is scheduled on create; move it with PATCH /appointments/{id}.");
        }

        RuleFor(c => c.StartsAt).Timestamp();
        RuleFor(c => c.EndsAt).Timestamp();
        RuleFor(c => c.EndsAt)
            .Must((c, end) => !TimestampInput.TryParse(c.StartsAt, out var s) || !TimestampInput.TryParse(end, out var e) || e > s)
            .WithMessage("ends_at must be after starts_at.")
            .Must((c, end) => !TimestampInput.TryParse(c.StartsAt, out var s) || !TimestampInput.TryParse(end, out var e) || e - s <= Domain.Entities.Appointment.MaxLength)
            .WithMessage("an appointment lasts at most 8 hours.");
        RuleFor(c => c.Location).OptionalText(Limits.NameMaxLength);
    }
}
