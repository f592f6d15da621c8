using System.Text.Json.Serialization;
using AutoMapper;
using CastingAgency.Application.Common.Validation;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;

namespace CastingAgency.Application.Actors.Dtos;

/// <summary>
/// An actor as the API returns it. Enums travel as their wire names. <c>phone</c> and <c>email</c> are
/// present only for a caller with <c>get:contacts</c>.
/// </summary>
/// <remarks><see cref="ContactDetails"/> takes them away from any other caller (ADR-017).</remarks>
public record ActorDto
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

    /// <summary>Present (null when none is on file) only for a caller with get:contacts; absent otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string?> Phone { get; init; }

    /// <summary>Present (null when none is on file) only for a caller with get:contacts; absent otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string?> Email { get; init; }

    public bool UnionMember { get; init; }

    /// <summary>The talent agency that represents the actor, or null.</summary>
    public string? AgencyId { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; init; }

    /// <summary>The concurrency version; travels as the ETag header, not in the body.</summary>
    [JsonIgnore]
    public int Version { get; init; }

    /// <summary>This actor without <see cref="Phone"/> and <see cref="Email"/>: both absent from the wire.</summary>
    public ActorDto WithoutContacts() => this with { Phone = default, Email = default };

    private sealed class Mapping : Profile
    {
        // Mapped as present; ContactDetails takes them away from a caller without get:contacts.
        public Mapping() =>
            CreateMap<Actor, ActorDto>()
                .ForMember(d => d.Phone, o => o.MapFrom(a => new Optional<string?>(a.Phone)))
                .ForMember(d => d.Email, o => o.MapFrom(a => new Optional<string?>(a.Email)));
    }
}
