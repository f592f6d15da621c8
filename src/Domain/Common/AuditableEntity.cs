namespace CastingAgency.Domain.Common;

/// <summary>Identity, audit timestamps and the optimistic-concurrency version every aggregate carries.</summary>
public abstract class AuditableEntity
{
    public int Id { get; private set; }

    /// <summary>UTC time of creation; stamped by the persistence layer.</summary>
    public DateTime CreatedAt { get; private set; }

    /// <summary>UTC time of the last write; stamped by the persistence layer.</summary>
    public DateTime UpdatedAt { get; private set; }

    /// <summary>Incremented on every write; the source of the resource's ETag.</summary>
    public int Version { get; private set; }

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
