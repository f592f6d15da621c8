using System.Text.Json;
using System.Text.Json.Serialization;
using AutoMapper;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;

namespace CastingAgency.Application.Audit.Dtos;

/// <summary>One change a request made to one resource (docs/api.md, "Audit trail").</summary>
public sealed class AuditRecordDto
{
    public int Id { get; init; }

    /// <summary>When the change was committed (UTC).</summary>
    public DateTime At { get; init; }

    /// <summary>The token <c>sub</c> of the caller whose request made the change.</summary>
    public string By { get; init; } = string.Empty;

    public AuditAction Action { get; init; }

    /// <summary><c>movies</c>, <c>actors</c>, <c>roles</c>, <c>shortlist</c>, <c>appointments</c>, <c>team</c> or <c>submissions</c>.</summary>
    public string Resource { get; init; } = string.Empty;

    public int ResourceId { get; init; }

    /// <summary>The production the resource belongs to; null for an actor.</summary>
    public int? MovieId { get; init; }

    /// <summary>
    /// <c>{"field": [old, new]}</c> for each writable field that changed, by wire name; <c>phone</c> and <c>email</c>
    /// show <c>"***"</c> for a value.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement[]> Changes =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement[]>>(StoredChanges) ?? [];

    /// <summary>The changes as stored (a JSON object).</summary>
    [JsonIgnore]
    public string StoredChanges { get; init; } = "{}";

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<AuditRecord, AuditRecordDto>()
            .ForMember(d => d.StoredChanges, o => o.MapFrom(r => r.Changes))
            .ForMember(d => d.Changes, o => o.Ignore()); // read from StoredChanges
    }
}
