using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;
using CastingAgency.Domain.Pipeline;

namespace CastingAgency.Domain.Entities;

/// <summary>An audition or callback of a shortlisted actor (docs/api.md §9). Times are UTC.</summary>
public sealed class Appointment : AuditableEntity
{
    /// <summary>The longest appointment.</summary>
    public static readonly TimeSpan MaxLength = TimeSpan.FromHours(8);

    internal Appointment(ShortlistEntry entry, AppointmentKind kind, DateTime startsAt, DateTime endsAt, string? location)
    {
        ShortlistEntry = entry;
        ShortlistEntryId = entry.Id;
        RoleId = entry.RoleId;
        ActorId = entry.ActorId;
        Kind = kind;
        Status = AppointmentStatus.Scheduled;
        SetTimes(startsAt, endsAt, location);
    }

    // For EF Core materialisation.
    private Appointment()
    {
    }

    // Read past the caller's view of the productions (not stored): a conflict with it must not name it.
    private bool _unseen;

    public int ShortlistEntryId { get; private set; }

    public ShortlistEntry? ShortlistEntry { get; private set; }

    /// <summary>The entry's role (copied, fixed): serves the schedule's filters without a join.</summary>
    public int RoleId { get; private set; }

    /// <summary>The entry's actor (copied, fixed): serves the overlap check and the actor's schedule.</summary>
    public int ActorId { get; private set; }

    public AppointmentKind Kind { get; private set; }

    public DateTime StartsAt { get; private set; }

    public DateTime EndsAt { get; private set; }

    public string? Location { get; private set; }

    public AppointmentStatus Status { get; private set; }

    /// <summary>
    /// Marks an appointment of a production the caller does not see, read only for a rule that holds across
    /// productions (no double booking): a conflict with it says that it exists, never its id, role, movie or times.
    /// </summary>
    public Appointment MarkUnseen()
    {
        _unseen = true;
        return this;
    }

    /// <summary>
    /// Refuses (409, naming the other appointment unless it is <see cref="MarkUnseen">unseen</see>) when
    /// [<paramref name="startsAt"/>, <paramref name="endsAt"/>) overlaps one of <paramref name="others"/> that holds
    /// the actor's time. Back-to-back is not an overlap.
    /// </summary>
    public static void EnsureFree(int actorId, DateTime startsAt, DateTime endsAt, int? exceptId, IEnumerable<Appointment> others)
    {
        var clash = others
            .Where(o => o.ActorId == actorId && o.Id != exceptId && PipelineEdges.HoldsTime(o.Status))
            .Where(o => o.StartsAt < endsAt && startsAt < o.EndsAt)
            .OrderBy(o => o.StartsAt)
            .FirstOrDefault();
        if (clash is { _unseen: true })
        {
            throw new PipelineConflictException($"actor {actorId} already has another appointment at that time");
        }

        if (clash is not null)
        {
            throw new PipelineConflictException(
                $"actor {actorId} is already booked from {Iso(clash.StartsAt)} to {Iso(clash.EndsAt)} by appointment {clash.Id}");
        }
    }

    /// <summary>
    /// Moves the appointment to a new slot (and place); it becomes <c>scheduled</c> again. Only a scheduled or
    /// confirmed appointment moves. Relies on the actor as read, like a booking (ADR-007).
    /// </summary>
    public void Reschedule(DateTime startsAt, DateTime endsAt, string? location, Actor actor, IEnumerable<Appointment> actorsLiveAppointments)
    {
        if (!PipelineEdges.IsOpen(Status))
        {
            throw new PipelineConflictException(
                $"appointment {Id} (actor {ActorId}, role {RoleId}) is {Wire(Status)}: only a scheduled or confirmed appointment can be rescheduled");
        }

        var (start, end) = Checked(startsAt, endsAt);
        EnsureFree(ActorId, start, end, Id, actorsLiveAppointments);
        actor.RequireUnchanged();
        SetTimes(start, end, location);
        Status = AppointmentStatus.Scheduled;
    }

    /// <summary>Changes the place only (no new slot): the appointment stays as it is.</summary>
    public void MoveLocation(string? location)
    {
        if (!PipelineEdges.IsOpen(Status))
        {
            throw new PipelineConflictException(
                $"appointment {Id} (actor {ActorId}, role {RoleId}) is {Wire(Status)}: only a scheduled or confirmed appointment can be changed");
        }

        Location = Guard.OptionalText(location, "location", Limits.NameMaxLength);
        Status = AppointmentStatus.Scheduled;
    }

    /// <summary>Moves the status along the edges of <see cref="PipelineEdges.Appointment"/>; anything else is a 409.</summary>
    public void MoveTo(AppointmentStatus target)
    {
        Guard.Defined(target, "status");
        if (!PipelineEdges.Allows(Status, target))
        {
            throw new PipelineConflictException(
                $"appointment {Id} (actor {ActorId}, role {RoleId}) cannot move from {Wire(Status)} to {Wire(target)}");
        }

        Status = target;
    }

    internal void Cancel() => Status = AppointmentStatus.Canceled;

    private static (DateTime Start, DateTime End) Checked(DateTime startsAt, DateTime endsAt)
    {
        var start = ToUtc(startsAt);
        var end = ToUtc(endsAt);
        if (end <= start)
        {
            throw new DomainValidationException("ends_at", "ends_at must be after starts_at.");
        }

        if (end - start > MaxLength)
        {
            throw new DomainValidationException("ends_at", "an appointment lasts at most 8 hours.");
        }

        return (start, end);
    }

    private static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    private static string Iso(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static string Wire(AppointmentStatus status) => WireNames<AppointmentStatus>.ToWire(status);

    private void SetTimes(DateTime startsAt, DateTime endsAt, string? location)
    {
        (StartsAt, EndsAt) = Checked(startsAt, endsAt);
        Location = Guard.OptionalText(location, "location", Limits.NameMaxLength);
    }
}
