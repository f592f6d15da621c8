using CastingAgency.Application.Common.Validation;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;
using FluentValidation;

namespace CastingAgency.Application.Appointments.Queries.ListAppointments;

public sealed class AppointmentFilterValidator : AbstractValidator<AppointmentFilter>
{
    public AppointmentFilterValidator()
    {
        RuleFor(f => f.ActorId).GreaterThanOrEqualTo(1).WithMessage(Guard.Messages.NotPositive("actor_id"));
        RuleFor(f => f.RoleId).GreaterThanOrEqualTo(1).WithMessage(Guard.Messages.NotPositive("role_id"));
        RuleFor(f => f.MovieId).GreaterThanOrEqualTo(1).WithMessage(Guard.Messages.NotPositive("movie_id"));
        RuleFor(f => f.Kind).WireEnum<AppointmentKind, AppointmentFilter>();
        RuleFor(f => f.Status).AnyOfWireEnum<AppointmentStatus, AppointmentFilter>();
        RuleFor(f => f.Id).Ids();
        RuleFor(f => f.To)
            .Must((f, to) => f.From is not { } from || to is not { } until || until > from)
            .WithMessage("to must be after from.");
    }
}
