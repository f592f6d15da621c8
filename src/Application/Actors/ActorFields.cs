using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Common.Validation;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using System.Text.Json.Serialization;
using FluentValidation;

namespace CastingAgency.Application.Actors;

/// <summary>
/// The writable actor fields of docs/api.md §3, stated once: the bodies of <c>POST /actors</c> and
/// <c>PATCH /actors/{id}</c> are both this shape, <see cref="ActorFieldsValidator{T}"/> validates both, and
/// <see cref="ApplyTo"/> writes both onto the entity. Value types are nullable
/// so a missing required field is reported rather than read as 0; enums are read by their wire names (an
/// unknown one is a 422 naming the field).
/// </summary>
/// <remarks>
/// Adding a field: a property here (with its rule in the validator below and its line in
/// <see cref="ApplyTo"/>), the entity's property and invariant (<c>Actor.cs</c>), the response
/// (<c>ActorDto</c>) and, if it filters, <c>ActorFilter</c>. The OpenAPI document, the EF column and the
/// TypeScript client follow from those.
/// </remarks>
public abstract record ActorFields : FieldSet, IAgencyScoped
{
    /// <summary>Required, 1–200 characters after trimming.</summary>
    public Optional<string?> Name { get; init; }

    /// <summary>Required, 0–120.</summary>
    public Optional<int?> Age { get; init; }

    /// <summary>Required: female, male or non-binary.</summary>
    public Optional<Gender?> Gender { get; init; }

    public Optional<string?> Location { get; init; }

    /// <summary>Defaults to false.</summary>
    public Optional<bool?> Passport { get; init; }

    /// <summary>Defaults to false.</summary>
    public Optional<bool?> DriverLicense { get; init; }

    public Optional<Ethnicity?> Ethnicity { get; init; }

    public Optional<HairColor?> HairColor { get; init; }

    public Optional<EyeColor?> EyeColor { get; init; }

    public Optional<BodyType?> BodyType { get; init; }

    /// <summary>Centimetres, 30–300.</summary>
    public Optional<int?> Height { get; init; }

    public Optional<string?> Description { get; init; }

    public Optional<string?> ImageLink { get; init; }

    public Optional<string?> Phone { get; init; }

    public Optional<string?> Email { get; init; }

    /// <summary>Member of a performers' union such as SAG-AFTRA. Defaults to false.</summary>
    public Optional<bool?> UnionMember { get; init; }

    /// <summary>The talent agency that represents the actor (≤ 64 characters); null clears it. Not writable on the roster.</summary>
    public Optional<string?> AgencyId { get; init; }

    /// <summary>
    /// The roster scope: the agency a talent agent acts for, set from its token on the <c>/roster</c> routes (never
    /// from the body). A scoped write reaches only that agency's actors, and a created actor joins it.
    /// </summary>
    [JsonIgnore]
    public string? Agency { get; init; }

    /// <summary>
    /// Writes this body onto the actor: each present field replaces the current value (null clears an optional
    /// one); an absent one keeps it. On create the actor is new, so an absent optional field stays null or false.
    /// Run after validation: required fields present are not null.
    /// </summary>
    public void ApplyTo(Actor actor) => actor.Update(
        name: Name.Or(actor.Name)!,
        age: Age.Or(actor.Age) ?? actor.Age,
        gender: Gender.Or(actor.Gender) ?? actor.Gender,
        location: Location.Or(actor.Location),
        ethnicity: Ethnicity.Or(actor.Ethnicity),
        hairColor: HairColor.Or(actor.HairColor),
        eyeColor: EyeColor.Or(actor.EyeColor),
        bodyType: BodyType.Or(actor.BodyType),
        height: Height.Or(actor.Height),
        description: Description.Or(actor.Description),
        imageLink: ImageLink.Or(actor.ImageLink),
        phone: Phone.Or(actor.Phone),
        email: Email.Or(actor.Email)?.Trim(),
        passport: Passport.Or(actor.Passport) ?? actor.Passport,
        driverLicense: DriverLicense.Or(actor.DriverLicense) ?? actor.DriverLicense,
        unionMember: UnionMember.Or(actor.UnionMember) ?? actor.UnionMember,
        agencyId: Agency ?? AgencyId.Or(actor.AgencyId)?.Trim());
}

/// <summary>
/// The one rule set of the actor fields, for create and PATCH alike. Required fields are checked on create
/// always, on PATCH when present (and then never null); optional fields whenever they are not null; a PATCH
/// body must hold at least one field, and a present flag must not be null.
/// </summary>
public abstract class ActorFieldsValidator<T> : AbstractValidator<T>
    where T : ActorFields
{
    protected ActorFieldsValidator(bool patch)
    {
        When(c => !patch || c.Name.IsPresent, () => RuleFor(c => c.Name.Value).RequiredText(Limits.NameMaxLength));
        When(c => !patch || c.Age.IsPresent, () => RuleFor(c => c.Age.Value).RequiredInRange(Limits.MinAge, Limits.MaxAge));
        When(c => !patch || c.Gender.IsPresent, () => RuleFor(c => c.Gender.Value).Required());

        RuleFor(c => c.Location.Value).OptionalText(Limits.NameMaxLength);
        RuleFor(c => c.Height.Value).OptionalInRange(Limits.MinHeight, Limits.MaxHeight);
        RuleFor(c => c.Description.Value).OptionalLongText(Limits.DescriptionMaxLength);
        RuleFor(c => c.ImageLink.Value).HttpUrl();
        RuleFor(c => c.Phone.Value).Phone();
        RuleFor(c => c.Email.Value).Email();
        RuleFor(c => c.AgencyId.Value).OptionalText(Limits.AgencyIdMaxLength);
        RuleFor(c => c.AgencyId.Value)
            .Must((c, _) => c.Agency is null || !c.AgencyId.IsPresent)
            .WithMessage("agency_id is not writable on the roster: the agency's actors are its own.");

        if (patch)
        {
            this.NotEmptyPatch();
            this.NotNullWhenPresent(c => c.Passport);
            this.NotNullWhenPresent(c => c.DriverLicense);
            this.NotNullWhenPresent(c => c.UnionMember);
        }
    }
}
