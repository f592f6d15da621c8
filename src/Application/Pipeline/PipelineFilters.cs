using System.ComponentModel;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Common.Validation;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using FluentValidation;

namespace CastingAgency.Application.Pipeline;

// Each list's filter, rules and sorting live together.

/// <summary>The filters of <c>GET /appointments</c>, the schedule (docs/api.md §9); they combine with AND.</summary>
public sealed record AppointmentFilter : ISortedList<Appointment>
{
    /// <summary>The sortable fields (docs/api.md §9); appointments sort by <see cref="DefaultSort"/> unless told otherwise.</summary>
    public static SortMap<Appointment> Sorting { get; } = new SortMap<Appointment>(a => a.Id)
        .Add("starts_at", a => a.StartsAt);

    public const string DefaultSort = "starts_at";

    [Description("Appointments of this actor.")]
    public int? ActorId { get; init; }

    [Description("Appointments for this role.")]
    public int? RoleId { get; init; }

    [Description("Appointments for the roles of this movie.")]
    public int? MovieId { get; init; }

    [Description("audition or callback.")]
    public string? Kind { get; init; }

    [Description("Appointments in any of these statuses (repeat the parameter).")]
    public string[]? Status { get; init; }

    [Description("Appointments that end after this time (ISO 8601 with an offset): with to, those overlapping [from, to).")]
    public DateTimeOffset? From { get; init; }

    [Description("Appointments that start before this time (ISO 8601 with an offset).")]
    public DateTimeOffset? To { get; init; }

    [Description("Any of these ids (repeatable, at most 100).")]
    public IReadOnlyList<int>? Id { get; init; }
}

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
