using System.Text.Json.Serialization;
using AutoMapper;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;

namespace CastingAgency.Application.Shortlist.Dtos;

/// <summary>A shortlist entry as the API returns it (docs/api.md §9).</summary>
public class ShortlistEntryDto
{
    public int Id { get; init; }

    public int RoleId { get; init; }

    public int ActorId { get; init; }

    public ShortlistStatus Status { get; init; }

    public string? Note { get; init; }

    /// <summary>The creator's token <c>sub</c>.</summary>
    public string CreatedBy { get; init; } = string.Empty;

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; init; }

    /// <summary>The concurrency version; travels as the ETag header, not in the body.</summary>
    [JsonIgnore]
    public int Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<ShortlistEntry, ShortlistEntryDto>();
    }
}
