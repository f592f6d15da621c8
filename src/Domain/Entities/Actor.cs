using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;
using CastingAgency.Domain.Rules;

namespace CastingAgency.Domain.Entities;

/// <summary>A performer on the agency's books.</summary>
public sealed class Actor : AuditableEntity
{
    private readonly List<Role> _roles = [];

    public Actor(ActorProfile profile)
    {
        Apply(profile);
    }

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

    public ActorProfile Profile => new(
        Name, Age, Gender, Location: Location, Ethnicity: Ethnicity, HairColor: HairColor, EyeColor: EyeColor, BodyType: BodyType,
        Height: Height, Description: Description, ImageLink: ImageLink, Phone: Phone, Email: Email)
    {
        Passport = Passport, DriverLicense = DriverLicense, UnionMember = UnionMember, AgencyId = AgencyId,
    };

    /// <summary>
    /// Replaces the profile. The roles the actor holds must be loaded: a new age or gender that no
    /// longer fits one of them breaks the casting rule and nothing changes.
    /// </summary>
    /// <remarks>
    /// The roles were read with the actor. A role cast with this actor by a concurrent request moves the actor's
    /// version (the role requires the actor unchanged), so this update then fails its version check: the two
    /// writes cannot both commit.
    /// </remarks>
    public void Update(ActorProfile profile)
    {
        foreach (var role in _roles)
        {
            CastingRule.EnsureFits(role.Id, role.Name, role.Gender, role.MinAge, role.MaxAge, Id, profile.Name, profile.Gender, profile.Age);
        }

        Apply(profile);
    }

    /// <summary>Leaves every role this actor holds uncast; called before the actor is deleted.</summary>
    public void ReleaseRoles()
    {
        foreach (var role in _roles.ToList())
        {
            role.Uncast();
        }
    }

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Name), nameof(NameNormalized))]
    private void Apply(ActorProfile p)
    {
        Name = Guard.RequiredText(p.Name, "name", Limits.NameMaxLength);
        NameNormalized = Guard.Normalize(Name)!;
        Age = Guard.InRange(p.Age, "age", Limits.MinAge, Limits.MaxAge);
        Gender = Guard.Defined(p.Gender, "gender");
        Location = Guard.OptionalText(p.Location, "location", Limits.NameMaxLength);
        LocationNormalized = Guard.Normalize(Location);
        Passport = p.Passport;
        DriverLicense = p.DriverLicense;
        UnionMember = p.UnionMember;
        Ethnicity = p.Ethnicity is { } e ? Guard.Defined(e, "ethnicity") : null;
        HairColor = p.HairColor is { } h ? Guard.Defined(h, "hair_color") : null;
        EyeColor = p.EyeColor is { } c ? Guard.Defined(c, "eye_color") : null;
        BodyType = p.BodyType is { } b ? Guard.Defined(b, "body_type") : null;
        Height = p.Height is { } height ? Guard.InRange(height, "height", Limits.MinHeight, Limits.MaxHeight) : null;
        Description = Guard.OptionalText(p.Description, "description", Limits.DescriptionMaxLength);
        ImageLink = Guard.OptionalHttpUrl(p.ImageLink, "image_link", Limits.UrlMaxLength);
        Phone = Guard.OptionalPhone(p.Phone, "phone", Limits.PhoneMaxLength);
        Email = Guard.OptionalText(p.Email, "email", Limits.EmailMaxLength);
        EmailNormalized = Guard.Normalize(Email);
        AgencyId = Guard.OptionalText(p.AgencyId, "agency_id", Limits.AgencyIdMaxLength);
    }
}

/// <summary>Everything about an actor that a client can write, as one value; the flags are named, never positional.</summary>
public sealed record ActorProfile(
    string Name,
    int Age,
    Gender Gender,
    string? Location = null,
    Ethnicity? Ethnicity = null,
    HairColor? HairColor = null,
    EyeColor? EyeColor = null,
    BodyType? BodyType = null,
    int? Height = null,
    string? Description = null,
    string? ImageLink = null,
    string? Phone = null,
    string? Email = null)
{
    public bool Passport { get; init; }

    public bool DriverLicense { get; init; }

    public bool UnionMember { get; init; }

    /// <summary>The talent agency that represents the actor, or null.</summary>
    public string? AgencyId { get; init; }

    /// <summary>The starting point of a new actor: every optional field absent (null or false).</summary>
    public static readonly ActorProfile Empty = new(string.Empty, 0, default);
}
