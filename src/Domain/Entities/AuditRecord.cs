using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;

namespace CastingAgency.Domain.Entities;

/// <summary>
/// One change a request made to one resource, written in the same transaction as the change (docs/api.md, "Audit
/// trail"). Never changed once written; only the retention setting removes it.
/// </summary>
public sealed class AuditRecord : IEntity
{
    public AuditRecord(DateTime at, string by, AuditAction action, string resource, int resourceId, int? movieId, string changes)
    {
        At = at;
        By = by;
        Action = action;
        Resource = resource;
        ResourceId = resourceId;
        MovieId = movieId;
        Changes = changes;
    }

    // For EF Core materialisation.
    private AuditRecord()
    {
        By = Resource = Changes = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>UTC time of the change.</summary>
    public DateTime At { get; private set; }

    /// <summary>The token <c>sub</c> of the caller whose request made the change.</summary>
    public string By { get; private set; }

    public AuditAction Action { get; private set; }

    /// <summary>The resource's name on the wire: <c>movies</c>, <c>actors</c>, <c>roles</c>, <c>shortlist</c>, …</summary>
    public string Resource { get; private set; }

    public int ResourceId { get; private set; }

    /// <summary>The production the resource belongs to; null for an actor.</summary>
    public int? MovieId { get; private set; }

    /// <summary>The changed fields as a JSON object, <c>{"field": [old, new]}</c>, by their wire names.</summary>
    public string Changes { get; private set; }
}
