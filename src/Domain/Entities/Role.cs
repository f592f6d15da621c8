using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;
using CastingAgency.Domain.Rules;

namespace CastingAgency.Domain.Entities;

/// <summary>A part to cast in a movie, optionally held by an actor who fits it.</summary>
public sealed class Role : AuditableEntity
{
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
        Actor = null;
        ActorId = null;
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
        Actor = actor;
        ActorId = actor?.Id;
    }
}
