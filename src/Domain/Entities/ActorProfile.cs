using CastingAgency.Domain.Enums;

namespace CastingAgency.Domain.Entities;

/// <summary>Everything about an actor that a client can write, as one value.</summary>
public sealed record ActorProfile(
    string Name,
    int Age,
    Gender Gender,
    string? Location = null,
    bool Passport = false,
    bool DriverLicense = false,
    Ethnicity? Ethnicity = null,
    HairColor? HairColor = null,
    EyeColor? EyeColor = null,
    BodyType? BodyType = null,
    int? Height = null,
    string? Description = null,
    string? ImageLink = null,
    string? Phone = null,
    string? Email = null);
