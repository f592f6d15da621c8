using CastingAgency.Domain.Entities;

namespace CastingAgency.Application.Common.Interfaces;

public interface IShortlistRepository : IRepository<ShortlistEntry>
{
    /// <summary>
    /// Loads the entry tracked with its actor, then its role with the role's actor and whole shortlist (each entry
    /// with its appointments): what a status move reads. The actor is read before the role's entries.
    /// </summary>
    Task<ShortlistEntry?> FindForMoveAsync(int id, CancellationToken cancellationToken);

    /// <summary>Loads the entry tracked with its actor (booking reads the actor first, ADR-007).</summary>
    Task<ShortlistEntry?> FindWithActorAsync(int id, CancellationToken cancellationToken);

    /// <summary>Every entry of the actor, tracked (deleting the actor removes them).</summary>
    Task<List<ShortlistEntry>> ForActorAsync(int actorId, CancellationToken cancellationToken);

    /// <summary>The statuses the entry has had, oldest first.</summary>
    Task<List<ShortlistStatusChange>> HistoryAsync(int id, CancellationToken cancellationToken);
}

public interface IAppointmentRepository : IRepository<Appointment>
{
    /// <summary>The actor's appointments that hold time (not declined or canceled) and overlap [from, to).</summary>
    Task<List<Appointment>> LiveOverlappingAsync(int actorId, DateTime from, DateTime to, CancellationToken cancellationToken);
}

public interface ISubmissionRepository : IRepository<Submission>
{
    /// <summary>Every submission of the actor, tracked, in every production (deleting the actor removes them).</summary>
    Task<List<Submission>> ForActorAsync(int actorId, CancellationToken cancellationToken);

    /// <summary>One of the agency's submissions, tracked, whatever production it is for; null when it is not the agency's.</summary>
    Task<Submission?> FindOfAgencyAsync(int id, string agency, CancellationToken cancellationToken);

    /// <summary>
    /// What a submission of <paramref name="actorId"/> to <paramref name="roleId"/> by <paramref name="agency"/> needs, in one
    /// read: the role, tracked, whatever production it belongs to (a breakdown is published); the actor, tracked, when on
    /// the agency's roster; whether that actor is already submitted to the role. Null when the role does not exist.
    /// </summary>
    Task<SubmissionTarget?> FindTargetAsync(int roleId, int actorId, string agency, CancellationToken cancellationToken);
}

/// <summary>A submission's role; its actor, null when not on the submitting agency's roster; and whether it is submitted already.</summary>
public sealed record SubmissionTarget(Role Role, Actor? Actor, bool AlreadySubmitted);

/// <summary>Who is calling: the token's <c>sub</c>, its permissions and, for a talent agent, its agency.</summary>
public interface ICurrentUser
{
    string Subject { get; }

    /// <summary>The token may see every production, confidential ones included (<c>read:confidential</c>).</summary>
    bool SeesEveryProduction { get; }

    /// <summary>The agency a talent agent's token acts for (its organization claim, 1–64 characters); null for staff.</summary>
    string? AgencyId { get; }

    bool HasPermission(string permission);
}
