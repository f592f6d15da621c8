using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;
using CastingAgency.Domain.Rules;

namespace CastingAgency.Domain.Entities;

/// <summary>A performer on the agency's books.</summary>
public sealed class Actor : AuditableEntity
{
    private readonly List<Role> _roles = [];

    /// <summary>A new actor; pass the optional fields by name (an absent one is null or false).</summary>
    public Actor(
        string name, int age, Gender gender, string? location = null, Ethnicity? ethnicity = null, HairColor? hairColor = null,
        EyeColor? eyeColor = null, BodyType? bodyType = null, int? height = null, string? description = null,
        string? imageLink = null, string? phone = null, string? email = null, bool passport = false, bool driverLicense = false,
        bool unionMember = false, string? agencyId = null) =>
        Update(
            name: name, age: age, gender: gender, location: location, ethnicity: ethnicity, hairColor: hairColor,
            eyeColor: eyeColor, bodyType: bodyType, height: height, description: description, imageLink: imageLink,
            phone: phone, email: email, passport: passport, driverLicense: driverLicense, unionMember: unionMember,
            agencyId: agencyId);

    // For EF Core materialisation.
    private Actor()
    {
        Name = NameNormalized = string.Empty;
    }

    public string Name { get; private set; }

    public string NameNormalized { get; private set; }

    public int Age { get; private set; }

    public Gender Gender { get; private set; }

    public string? Location { get; private set; }

    public string? LocationNormalized { get; private set; }

    public bool Passport { get; private set; }

    public bool DriverLicense { get; private set; }

    /// <summary>Member of a performers' union such as SAG-AFTRA.</summary>
    public bool UnionMember { get; private set; }

    public Ethnicity? Ethnicity { get; private set; }

    public HairColor? HairColor { get; private set; }

    public EyeColor? EyeColor { get; private set; }

    public BodyType? BodyType { get; private set; }

    public int? Height { get; private set; }

    public string? Description { get; private set; }

    public string? ImageLink { get; private set; }

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    public string? EmailNormalized { get; private set; }

    /// <summary>The talent agency that represents the actor (its organization id), or null.</summary>
    public string? AgencyId { get; private set; }

    /// <summary>The roles this actor is cast in.</summary>
    public IReadOnlyCollection<Role> Roles => _roles;

    /// <summary>
    /// Replaces every writable field (pass them by name: a PATCH passes the current value of each field it leaves
    /// alone). The roles the actor holds must be loaded: a new age or gender that no longer fits one of them breaks
    /// the casting rule and nothing changes.
    /// </summary>
    /// <remarks>
    /// The roles were read with the actor. A role cast with this actor by a concurrent request moves the actor's
    /// version (the role requires the actor unchanged), so this update then fails its version check: the two
    /// writes cannot both commit.
    /// </remarks>
    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Name), nameof(NameNormalized))]
    public void Update(
        string name, int age, Gender gender, string? location, Ethnicity? ethnicity, HairColor? hairColor, EyeColor? eyeColor,
        BodyType? bodyType, int? height, string? description, string? imageLink, string? phone, string? email, bool passport,
        bool driverLicense, bool unionMember, string? agencyId)
    {
        foreach (var role in _roles)
        {
            CastingRule.EnsureFits(role.Id, role.Name, role.Gender, role.MinAge, role.MaxAge, Id, name, gender, age);
        }

        Name = Guard.RequiredText(name, "name", Limits.NameMaxLength);
        NameNormalized = Guard.Normalize(Name)!;
        Age = Guard.InRange(age, "age", Limits.MinAge, Limits.MaxAge);
        Gender = Guard.Defined(gender, "gender");
        Location = Guard.OptionalText(location, "location", Limits.NameMaxLength);
        LocationNormalized = Guard.Normalize(Location);
        Passport = passport;
        DriverLicense = driverLicense;
        UnionMember = unionMember;
        Ethnicity = ethnicity is { } e ? Guard.Defined(e, "ethnicity") : null;
        HairColor = hairColor is { } h ? Guard.Defined(h, "hair_color") : null;
        EyeColor = eyeColor is { } c ? Guard.Defined(c, "eye_color") : null;
        BodyType = bodyType is { } b ? Guard.Defined(b, "body_type") : null;
        Height = height is { } cm ? Guard.InRange(cm, "height", Limits.MinHeight, Limits.MaxHeight) : null;
        Description = Guard.OptionalText(description, "description", Limits.DescriptionMaxLength);
        ImageLink = Guard.OptionalHttpUrl(imageLink, "image_link", Limits.UrlMaxLength);
        Phone = Guard.OptionalPhone(phone, "phone", Limits.PhoneMaxLength);
        Email = Guard.OptionalText(email, "email", Limits.EmailMaxLength);
        EmailNormalized = Guard.Normalize(Email);
        AgencyId = Guard.OptionalText(agencyId, "agency_id", Limits.AgencyIdMaxLength);
    }

    /// <summary>Leaves every role this actor holds uncast; called before the actor is deleted.</summary>
    public void ReleaseRoles()
    {
        foreach (var role in _roles.ToList())
        {
            role.Uncast();
        }
    }
}
