using System.ComponentModel;
using CastingAgency.Application.Common.Models;
using CastingAgency.Domain.Entities;

namespace CastingAgency.Application.Appointments.Queries.ListAppointments;

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
