using System.Text.Json.Serialization;
using AutoMapper;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;

namespace CastingAgency.Application.Actors.Dtos;

/// <summary>An actor as the API returns it. Enums travel as their wire names.</summary>
public class ActorDto
{
    public int Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public int Age { get; init; }

    public Gender Gender { get; init; }

    public string? Location { get; init; }

    public bool Passport { get; init; }

    public bool DriverLicense { get; init; }

    public Ethnicity? Ethnicity { get; init; }

    public HairColor? HairColor { get; init; }

    public EyeColor? EyeColor { get; init; }

    public BodyType? BodyType { get; init; }

    public int? Height { get; init; }

    public string? Description { get; init; }

    public string? ImageLink { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public bool UnionMember { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; init; }

    /// <summary>The concurrency version; travels as the ETag header, not in the body.</summary>
    [JsonIgnore]
    public int Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Actor, ActorDto>();
    }
}
