using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;
using CastingAgency.Domain.Pipeline;

namespace CastingAgency.Domain.Entities;

/// <summary>
/// An actor on a role's shortlist (docs/api.md §9). Created and moved through its <see cref="Role"/>, which owns the
/// rules that span the role's entries (one open offer, casting); the entry owns its own bookings.
/// </summary>
public sealed class ShortlistEntry : AuditableEntity
{
    /// <summary>Who made a change that a rule made, not a person.</summary>
    public const string System = "system";

    private readonly List<Appointment> _appointments = [];
    private readonly List<ShortlistStatusChange> _history = [];

    internal ShortlistEntry(Role role, Actor actor, string createdBy, string? note)
    {
        Role = role;
        RoleId = role.Id;
        Actor = actor;
        ActorId = actor.Id;
        CreatedBy = Guard.RequiredText(createdBy, "created_by", Limits.NameMaxLength);
        Note = Guard.OptionalText(note, "note", Limits.DescriptionMaxLength);
        Record(ShortlistStatus.Shortlisted, createdBy);
    }

    // For EF Core materialisation.
    private ShortlistEntry()
    {
        CreatedBy = string.Empty;
    }

    public int RoleId { get; private set; }

    public Role? Role { get; private set; }

    public int ActorId { get; private set; }

    public Actor? Actor { get; private set; }

    public ShortlistStatus Status { get; private set; }

    public string? Note { get; private set; }

    public string CreatedBy { get; private set; }

    public IReadOnlyCollection<Appointment> Appointments => _appointments;

    public IReadOnlyCollection<ShortlistStatusChange> History => _history;

    public void SetNote(string? note) => Note = Guard.OptionalText(note, "note", Limits.DescriptionMaxLength);

    /// <summary>
    /// Books an appointment for this entry's actor. <paramref name="actor"/> is the entry's actor as read (loaded
    /// before <paramref name="actorsLiveAppointments"/>); those are the actor's appointments that hold time and
    /// overlap the slot, across every role. The booking relies on both: the actor's version and this entry's are
    /// bumped in the same transaction (ADR-007), so of two concurrent overlapping bookings only one commits.
    /// </summary>
    public Appointment Book(
        AppointmentKind kind, DateTime startsAt, DateTime endsAt, string? location, Actor actor, IEnumerable<Appointment> actorsLiveAppointments)
    {
        Guard.Defined(kind, "kind");
        if (Status is not (ShortlistStatus.Shortlisted or ShortlistStatus.Callback))
        {
            throw new PipelineConflictException(
                $"{Describe()} is {Wire(Status)}: appointments are booked only for entries that are shortlisted or callback");
        }

        if (kind == AppointmentKind.Callback && Status != ShortlistStatus.Callback)
        {
            throw new PipelineConflictException($"{Describe()} is {Wire(Status)}: a callback is booked only for an entry in callback");
        }

        var appointment = new Appointment(this, kind, startsAt, endsAt, location);
        Appointment.EnsureFree(ActorId, appointment.StartsAt, appointment.EndsAt, null, actorsLiveAppointments);
        actor.RequireUnchanged();
        RequireUnchanged();
        _appointments.Add(appointment);
        return appointment;
    }

    /// <summary>The entry as a 409 names it: its id, role and actor.</summary>
    public string Describe() => $"shortlist entry {Id} (role {RoleId}, actor {ActorId})";

    internal void Record(ShortlistStatus status, string by)
    {
        Status = status;
        _history.Add(new ShortlistStatusChange(status, by));
    }

    /// <summary>The cast move cancels the actor's open appointments for this role.</summary>
    internal void CancelOpenAppointments()
    {
        foreach (var appointment in _appointments.Where(a => PipelineEdges.IsOpen(a.Status)))
        {
            appointment.Cancel();
        }
    }

    internal static string Wire(ShortlistStatus status) => WireNames<ShortlistStatus>.ToWire(status);
}

/// <summary>One status an entry has had: which, when (<see cref="AuditableEntity.CreatedAt"/>) and by whom.</summary>
public sealed class ShortlistStatusChange : AuditableEntity
{
    internal ShortlistStatusChange(ShortlistStatus status, string by)
    {
        Status = status;
        By = by.Length > Limits.NameMaxLength ? by[..Limits.NameMaxLength] : by;
    }

    // For EF Core materialisation.
    private ShortlistStatusChange()
    {
        By = string.Empty;
    }

    public int ShortlistEntryId { get; private set; }

    public ShortlistStatus Status { get; private set; }

    /// <summary>The token <c>sub</c> of whoever made the change, or <see cref="ShortlistEntry.System"/>.</summary>
    public string By { get; private set; }
}
