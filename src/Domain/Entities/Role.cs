using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;
using CastingAgency.Domain.Pipeline;
using CastingAgency.Domain.Rules;

namespace CastingAgency.Domain.Entities;

/// <summary>A part to cast in a movie, optionally held by an actor who fits it.</summary>
public sealed class Role : AuditableEntity
{
    private readonly List<ShortlistEntry> _shortlist = [];

    public Role(int movieId, string name, RoleGender gender, int minAge, int maxAge, string? description = null, Actor? actor = null)
    {
        MovieId = movieId;
        Apply(name, gender, minAge, maxAge, description, actor);
    }

    // For EF Core materialisation.
    private Role()
    {
        Name = NameNormalized = string.Empty;
    }

    public int MovieId { get; private set; }

    public Movie? Movie { get; private set; }

    public int? ActorId { get; private set; }

    public Actor? Actor { get; private set; }

    public string Name { get; private set; }

    public string NameNormalized { get; private set; }

    public RoleGender Gender { get; private set; }

    public int MinAge { get; private set; }

    public int MaxAge { get; private set; }

    public string? Description { get; private set; }

    /// <summary>When the role was published as a breakdown for talent agencies (contract §13); null when it is not.</summary>
    public DateTime? PublishedAt { get; private set; }

    /// <summary>When the breakdown stops taking submissions; null: open until the role is cast.</summary>
    public DateTime? SubmissionsCloseAt { get; private set; }

    /// <summary>Whether agencies may submit to the role at <paramref name="now"/>: published, not cast, not closed.</summary>
    public bool IsOpenForSubmissions(DateTime now) =>
        PublishedAt is not null && ActorId is null && (SubmissionsCloseAt is null || SubmissionsCloseAt > now);

    /// <summary>
    /// The role's shortlist (docs/api.md §9). Must be loaded (with each entry's appointments) for any write that may
    /// change the actor, so that the pipeline follows the role: the pipeline and the role never disagree.
    /// </summary>
    public IReadOnlyCollection<ShortlistEntry> Shortlist => _shortlist;

    /// <summary>Publishes the role as a breakdown (keeping the first publication time when it already is) or withdraws it.</summary>
    public void Publish(bool published, DateTime now) => PublishedAt = published ? PublishedAt ?? WholeMicroseconds(now) : null;

    /// <summary>Sets when submissions close: a time after <paramref name="now"/> (else 422), or null for no deadline.</summary>
    public void CloseSubmissionsAt(DateTime? closeAt, DateTime now)
    {
        if (closeAt is { } at && at <= now)
        {
            throw new DomainValidationException("submissions_close_at", "submissions_close_at must be in the future.");
        }

        SubmissionsCloseAt = closeAt is { } close ? WholeMicroseconds(close) : null;
    }

    /// <summary>Timestamps are kept in whole microseconds (what every database stores): a write answers what the next read returns.</summary>
    private static DateTime WholeMicroseconds(DateTime utc) => new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);

    /// <summary>Moves the role to another movie.</summary>
    public void MoveTo(int movieId) => MovieId = movieId;

    /// <summary>
    /// Replaces the role's terms and its actor (null leaves it open). Refused, with nothing changed,
    /// when the actor does not fit the new terms.
    /// </summary>
    public void Update(string name, RoleGender gender, int minAge, int maxAge, string? description, Actor? actor) =>
        Apply(name, gender, minAge, maxAge, description, actor);

    /// <summary>Leaves the role open.</summary>
    public void Uncast()
    {
        var previous = ActorId;
        Actor = null;
        ActorId = null;
        FollowCasting(previous, null);
    }

    /// <summary>
    /// Lists <paramref name="actor"/> for this role. Refused (409) when the role is cast or the actor does not fit;
    /// "at most once per role" is checked by the caller and by the unique index. Relies on the role as read (a
    /// concurrent cast makes this write fail, ADR-007).
    /// </summary>
    public ShortlistEntry AddToShortlist(Actor actor, string by, string? note)
    {
        if (ActorId is { } castId)
        {
            throw new PipelineConflictException($"role {Id} '{Name}' is cast (actor {castId}) and takes no new entries: actor {actor.Id} cannot be shortlisted");
        }

        if (_shortlist.FirstOrDefault(e => e.ActorId == actor.Id) is { } listed)
        {
            throw new PipelineConflictException(
                $"role {Id} '{Name}' already lists actor {actor.Id} (shortlist entry {listed.Id}, {ShortlistEntry.Wire(listed.Status)})");
        }

        CastingRule.EnsureFits(Id, Name, Gender, MinAge, MaxAge, actor.Id, actor.Name, actor.Gender, actor.Age);
        RequireUnchanged();
        var entry = new ShortlistEntry(this, actor, by, note);
        _shortlist.Add(entry);
        return entry;
    }

    /// <summary>
    /// Moves one of this role's entries along <see cref="PipelineEdges.Shortlist"/> (anything else is a 409 naming the
    /// role, the actor and both states). <c>offered</c> and <c>cast</c> re-check the casting rule against the entry's
    /// actor and rely on the role and the actor as read; <c>offered</c> needs no other open offer; <c>cast</c> casts the
    /// role, releases every other entry that is not final and cancels the actor's open appointments for the role.
    /// </summary>
    public void Move(ShortlistEntry entry, ShortlistStatus target, string by)
    {
        Guard.Defined(target, "status");
        if (entry.RoleId != Id)
        {
            throw new ArgumentException("the entry belongs to another role", nameof(entry));
        }

        if (!PipelineEdges.Allows(entry.Status, target))
        {
            throw new PipelineConflictException(
                $"{entry.Describe()} cannot move from {ShortlistEntry.Wire(entry.Status)} to {ShortlistEntry.Wire(target)} (role {Id} '{Name}')");
        }

        var actor = entry.Actor ?? throw new InvalidOperationException("the entry's actor must be loaded");
        switch (target)
        {
            case ShortlistStatus.Offered:
                if (_shortlist.FirstOrDefault(e => e.Id != entry.Id && e.Status == ShortlistStatus.Offered) is { } open)
                {
                    throw new PipelineConflictException(
                        $"role {Id} '{Name}' already has an open offer (shortlist entry {open.Id}, actor {open.ActorId}): actor {actor.Id} cannot be offered");
                }

                CastingRule.EnsureFits(Id, Name, Gender, MinAge, MaxAge, actor.Id, actor.Name, actor.Gender, actor.Age);
                actor.RequireUnchanged();
                RequireUnchanged();
                entry.Record(target, by);
                return;
            case ShortlistStatus.Cast:
                // The casting rule and the actor's version are those of Apply, as for PATCH /roles; the role row changes.
                entry.Record(target, by);
                Apply(Name, Gender, MinAge, MaxAge, Description, actor);
                return;
            case ShortlistStatus.Shortlisted when ActorId is { } castId:
                throw new PipelineConflictException(
                    $"role {Id} '{Name}' is cast (actor {castId}) and takes no new entries: {entry.Describe()} stays {ShortlistEntry.Wire(entry.Status)}");
            case ShortlistStatus.Shortlisted:
                RequireUnchanged();
                entry.Record(target, by);
                return;
            default:
                entry.Record(target, by);
                return;
        }
    }

    /// <summary>Refuses to delete a cast entry (409): the role would keep an actor the pipeline no longer shows.</summary>
    public static void EnsureRemovable(ShortlistEntry entry)
    {
        if (entry.Status == ShortlistStatus.Cast)
        {
            throw new PipelineConflictException(
                $"{entry.Describe()} is cast: uncast or recast role {entry.RoleId} first");
        }
    }

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Name), nameof(NameNormalized))]
    private void Apply(string name, RoleGender gender, int minAge, int maxAge, string? description, Actor? actor)
    {
        var trimmedName = Guard.RequiredText(name, "name", Limits.NameMaxLength);
        Guard.Defined(gender, "gender");
        Guard.InRange(minAge, "min_age", Limits.MinAge, Limits.MaxAge);
        Guard.InRange(maxAge, "max_age", Limits.MinAge, Limits.MaxAge);
        if (minAge > maxAge)
        {
            throw new DomainValidationException("min_age", Guard.Messages.InvertedRange("min_age", "max_age"));
        }

        if (actor is not null)
        {
            CastingRule.EnsureFits(Id, trimmedName, gender, minAge, maxAge, actor.Id, actor.Name, actor.Gender, actor.Age);
            // When this write makes the rule hold anew (a cast, or new terms), it was checked against the actor as read:
            // a concurrent change of their age or gender (or their deletion) must make this write fail rather than
            // commit a role held by an actor who no longer fits. A write that keeps actor and terms (a new name or
            // description) relies on nothing new, and leaves the actor's version alone.
            if (actor.Id != ActorId || gender != Gender || minAge != MinAge || maxAge != MaxAge)
            {
                actor.RequireUnchanged();
            }
        }

        Name = trimmedName;
        NameNormalized = Guard.Normalize(trimmedName)!;
        Gender = gender;
        MinAge = minAge;
        MaxAge = maxAge;
        Description = Guard.OptionalText(description, "description", Limits.DescriptionMaxLength);
        var previous = ActorId;
        Actor = actor;
        ActorId = actor?.Id;
        FollowCasting(previous, ActorId);
    }

    /// <summary>
    /// Keeps the pipeline in step with the role, whichever way the role was cast: the new actor's entry becomes
    /// <c>cast</c> (its open appointments for the role canceled) and every other entry that is not final
    /// <c>released</c>; the old actor's <c>cast</c> entry becomes <c>released</c>. Made by a rule: "system".
    /// </summary>
    private void FollowCasting(int? previous, int? current)
    {
        if (previous == current)
        {
            return;
        }

        foreach (var entry in _shortlist)
        {
            if (current is { } actorId && entry.ActorId == actorId)
            {
                if (entry.Status != ShortlistStatus.Cast)
                {
                    entry.Record(ShortlistStatus.Cast, ShortlistEntry.System);
                }

                entry.CancelOpenAppointments();
            }
            else if (entry.Status == ShortlistStatus.Cast && entry.ActorId == previous)
            {
                entry.Record(ShortlistStatus.Released, ShortlistEntry.System);
            }
            else if (current is not null && !PipelineEdges.IsFinal(entry.Status) && entry.Status != ShortlistStatus.Released)
            {
                entry.Record(ShortlistStatus.Released, ShortlistEntry.System);
            }
        }
    }
}
