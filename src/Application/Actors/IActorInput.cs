namespace CastingAgency.Application.Actors;

/// <summary>
/// The writable actor fields as the create and update commands carry them: value types nullable so a
/// missing required field is reported rather than read as 0, enums as their wire names.
/// </summary>
public interface IActorInput
{
    string? Name { get; }

    int? Age { get; }

    string? Gender { get; }

    string? Location { get; }

    bool? Passport { get; }

    bool? DriverLicense { get; }

    string? Ethnicity { get; }

    string? HairColor { get; }

    string? EyeColor { get; }

    string? BodyType { get; }

    int? Height { get; }

    string? Description { get; }

    string? ImageLink { get; }

    string? Phone { get; }

    string? Email { get; }
}
