namespace CastingAgency.Domain.Common;

/// <summary>Identity, audit timestamps and the optimistic-concurrency version every aggregate carries.</summary>
public abstract class AuditableEntity : IEntity
{
    public int Id { get; private set; }

    /// <summary>UTC time of creation; stamped by the persistence layer.</summary>
    public DateTime CreatedAt { get; private set; }

    /// <summary>UTC time of the last write; stamped by the persistence layer.</summary>
    public DateTime UpdatedAt { get; private set; }

    /// <summary>Incremented on every write; the source of the resource's ETag.</summary>
    public int Version { get; private set; }

    /// <summary>
    /// True when a rule that spans rows was checked against this entity's current state in the write being
    /// made (a role cast with this actor is checked against the actor's age and gender). The persistence layer
    /// then makes the write depend on this entity's version too: if another request changed or deleted the
    /// entity meanwhile, the whole write is refused (409) instead of leaving a broken rule behind.
    /// Not stored.
    /// </summary>
    public bool MustBeUnchanged { get; private set; }

    /// <summary>Declares that the write being made relies on this entity's current state (see <see cref="MustBeUnchanged"/>).</summary>
    public void RequireUnchanged() => MustBeUnchanged = true;

    /// <summary>Called by the persistence layer when the entity is first stored.</summary>
    public void StampCreated(DateTime utcNow)
    {
        CreatedAt = utcNow;
        UpdatedAt = utcNow;
        Version = 1;
    }

    /// <summary>Called by the persistence layer on every later write.</summary>
    public void StampUpdated(DateTime utcNow)
    {
        UpdatedAt = utcNow;
        Version++;
    }
}
