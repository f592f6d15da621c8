using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;
using CastingAgency.Domain.Pipeline;
using CastingAgency.Domain.Rules;

namespace CastingAgency.Domain.Entities;

/// <summary>
/// A talent agency's proposal of one of its actors for a published role (contract §13). The casting team selects it
/// (which shortlists the actor through the role, so every rule of the shortlist applies) or rejects it; the agency may
/// withdraw it while it is <c>submitted</c>. A role takes an actor's submission at most once.
/// </summary>
public sealed class Submission : AuditableEntity
{
    public const int NoteMaxLength = 2000;

    /// <summary>Submits <paramref name="actor"/> for <paramref name="role"/> on behalf of <paramref name="agencyId"/>: the actor must fit the role (else 409).</summary>
    public Submission(Role role, Actor actor, string agencyId, string? note)
    {
        CastingRule.EnsureFits(role.Id, role.Name, role.Gender, role.MinAge, role.MaxAge, actor.Id, actor.Name, actor.Gender, actor.Age);
        RoleId = role.Id;
        ActorId = actor.Id;
        AgencyId = Guard.RequiredText(agencyId, "agency_id", Limits.AgencyIdMaxLength);
        Note = Guard.OptionalText(note, "note", NoteMaxLength);
        Status = SubmissionStatus.Submitted;
    }

    // For EF Core materialisation.
    private Submission()
    {
        AgencyId = string.Empty;
    }

    public int RoleId { get; private set; }

    public Role? Role { get; private set; }

    public int ActorId { get; private set; }

    public Actor? Actor { get; private set; }

    /// <summary>The agency that made the submission (its organization id).</summary>
    public string AgencyId { get; private set; }

    public string? Note { get; private set; }

    public SubmissionStatus Status { get; private set; }

    /// <summary>
    /// Selects the submission: shortlists its actor for its role in the same write (the role refuses, 409, when it is
    /// cast, already lists the actor, or the actor no longer fits; nothing changes then).
    /// </summary>
    public ShortlistEntry Select(Role role, Actor actor, string by)
    {
        if (role.Id != RoleId || actor.Id != ActorId)
        {
            throw new ArgumentException("the submission's own role and actor must be given");
        }

        EnsureSubmitted(SubmissionStatus.Selected);
        var entry = role.AddToShortlist(actor, by, Note);
        Status = SubmissionStatus.Selected;
        return entry;
    }

    public void Reject()
    {
        EnsureSubmitted(SubmissionStatus.Rejected);
        Status = SubmissionStatus.Rejected;
    }

    /// <summary>Refuses (409) to withdraw a submission the casting team has already decided on.</summary>
    public void EnsureWithdrawable()
    {
        if (Status != SubmissionStatus.Submitted)
        {
            throw new PipelineConflictException($"{Describe()} is {Wire(Status)}: only a submitted one can be withdrawn");
        }
    }

    public string Describe() => $"submission {Id} (role {RoleId}, actor {ActorId})";

    private void EnsureSubmitted(SubmissionStatus target)
    {
        if (Status != SubmissionStatus.Submitted)
        {
            throw new PipelineConflictException($"{Describe()} cannot move from {Wire(Status)} to {Wire(target)}: both are final");
        }
    }

    private static string Wire(SubmissionStatus status) => WireNames<SubmissionStatus>.ToWire(status);
}
