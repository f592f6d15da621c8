using CastingAgency.Domain.Enums;

namespace CastingAgency.Domain.Pipeline;

/// <summary>
/// The state machines of docs/api.md §9 as data: each table lists every allowed edge, and nothing else moves.
/// The unit tests walk every pair of states against these tables.
/// </summary>
public static class PipelineEdges
{
    /// <summary>The moves a <c>PATCH /shortlist/{id}</c> may make. <c>cast</c> and <c>declined</c> are final.</summary>
    public static readonly IReadOnlyDictionary<ShortlistStatus, ShortlistStatus[]> Shortlist =
        new Dictionary<ShortlistStatus, ShortlistStatus[]>
        {
            [ShortlistStatus.Shortlisted] = [ShortlistStatus.Callback, ShortlistStatus.Offered, ShortlistStatus.Released],
            [ShortlistStatus.Callback] = [ShortlistStatus.Offered, ShortlistStatus.Released],
            [ShortlistStatus.Offered] = [ShortlistStatus.Cast, ShortlistStatus.Declined, ShortlistStatus.Released],
            [ShortlistStatus.Released] = [ShortlistStatus.Shortlisted],
            [ShortlistStatus.Cast] = [],
            [ShortlistStatus.Declined] = [],
        };

    /// <summary>The status moves a <c>PATCH /appointments/{id}</c> may make; the others are final.</summary>
    public static readonly IReadOnlyDictionary<AppointmentStatus, AppointmentStatus[]> Appointment =
        new Dictionary<AppointmentStatus, AppointmentStatus[]>
        {
            [AppointmentStatus.Scheduled] =
            [
                AppointmentStatus.Confirmed, AppointmentStatus.Declined, AppointmentStatus.Completed,
                AppointmentStatus.NoShow, AppointmentStatus.Canceled,
            ],
            [AppointmentStatus.Confirmed] =
            [
                AppointmentStatus.Completed, AppointmentStatus.NoShow, AppointmentStatus.Canceled, AppointmentStatus.Declined,
            ],
            [AppointmentStatus.Declined] = [],
            [AppointmentStatus.Completed] = [],
            [AppointmentStatus.NoShow] = [],
            [AppointmentStatus.Canceled] = [],
        };

    public static bool Allows(ShortlistStatus from, ShortlistStatus to) => Shortlist[from].Contains(to);

    public static bool Allows(AppointmentStatus from, AppointmentStatus to) => Appointment[from].Contains(to);

    /// <summary>Final entries are left alone when the role is cast.</summary>
    public static bool IsFinal(ShortlistStatus status) => status is ShortlistStatus.Cast or ShortlistStatus.Declined;

    /// <summary>A live appointment holds the actor's time: every one but <c>declined</c> and <c>canceled</c>.</summary>
    public static bool HoldsTime(AppointmentStatus status) => status is not (AppointmentStatus.Declined or AppointmentStatus.Canceled);

    /// <summary>An open appointment may still happen: <c>scheduled</c> or <c>confirmed</c>.</summary>
    public static bool IsOpen(AppointmentStatus status) => status is AppointmentStatus.Scheduled or AppointmentStatus.Confirmed;
}

/// <summary>A pipeline write collides with the stored state (409); the message names the role, the actor, the states.</summary>
public sealed class PipelineConflictException(string message) : Common.DomainException(message);
