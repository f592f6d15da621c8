using System.ComponentModel;
using CastingAgency.Application.Common.Models;
using CastingAgency.Domain.Entities;

namespace CastingAgency.Application.Audit.Queries.ListAudit;

/// <summary>The filters of <c>GET /audit</c> (docs/api.md, "Audit trail"); every one is optional and they combine with AND.</summary>
public sealed record AuditFilter : ISortedList<AuditRecord>
{
    /// <summary>The sortable fields: the id only; the trail reads newest first (<see cref="DefaultSort"/>) unless told otherwise.</summary>
    public static SortMap<AuditRecord> Sorting { get; } = new(r => r.Id);

    public const string DefaultSort = "-id";

    [Description("Records of this resource: movies, actors, roles, shortlist, appointments, team or submissions.")]
    public string? Resource { get; init; }

    [Description("Records of the resource with this id (with resource, one resource's history).")]
    public int? ResourceId { get; init; }

    [Description("Records of what belongs to this movie (the movie, its roles, shortlists, appointments and team).")]
    public int? MovieId { get; init; }

    [Description("Records of changes made by this token subject.")]
    public string? By { get; init; }

    [Description("create, update or delete.")]
    public string? Action { get; init; }

    [Description("Records made at or after this time (ISO 8601 with an offset).")]
    public DateTimeOffset? From { get; init; }

    [Description("Records made before this time (ISO 8601 with an offset).")]
    public DateTimeOffset? To { get; init; }
}
