using System.Text.Json.Serialization;
using AutoMapper;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;

namespace CastingAgency.Application.Roles.Dtos;

/// <summary>A role as the API returns it. The gender travels as its wire name.</summary>
public sealed class RoleDto
{
    public int Id { get; init; }

    public int MovieId { get; init; }

    /// <summary>The actor cast in the role; null while the role is open.</summary>
    public int? ActorId { get; init; }

    public string Name { get; init; } = string.Empty;

    public RoleGender Gender { get; init; }

    public int MinAge { get; init; }

    public int MaxAge { get; init; }

    public string? Description { get; init; }

    /// <summary>Whether the role is published as a breakdown for talent agencies (PATCH it to change).</summary>
    public bool Published => PublishedAt is not null;

    /// <summary>When the role was published as a breakdown; null when it is not (read-only).</summary>
    public DateTime? PublishedAt { get; init; }

    /// <summary>When the breakdown stops taking submissions; null: open until cast.</summary>
    public DateTime? SubmissionsCloseAt { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; init; }

    /// <summary>The concurrency version; travels as the ETag header, not in the body.</summary>
    [JsonIgnore]
    public int Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Role, RoleDto>();
    }
}
