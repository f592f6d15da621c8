using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Common.Validation;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using FluentValidation;

namespace CastingAgency.Application.Actors;

/// <summary>
/// The writable actor fields of docs/api.md §3, stated once: the bodies of <c>POST /actors</c> and
/// <c>PATCH /actors/{id}</c> are both this shape, <see cref="ActorFieldsValidator{T}"/> validates both, and
/// <see cref="ApplyTo"/> writes both onto the entity's <see cref="ActorProfile"/>. Value types are nullable
/// so a missing required field is reported rather than read as 0; enums are wire names, matched
/// case-insensitively (an unknown one is a 422 naming the field).
/// </summary>
/// <remarks>
/// Adding a field: a property here (with its rule in the validator below and its line in
/// <see cref="ApplyTo"/>), the entity's property and invariant (<c>Actor.cs</c>), the response
/// (<c>ActorDto</c>) and, if it filters, <c>ActorFilter</c>. The OpenAPI document, the EF column and the
/// TypeScript client follow from those.
/// </remarks>
public abstract record ActorFields : FieldSet
{
    /// <summary>Required, 1–200 characters after trimming.</summary>
    public string? Name { get; set { field = value; MarkPresent(nameof(Name)); } }

    /// <summary>Required, 0–120.</summary>
    public int? Age { get; set { field = value; MarkPresent(nameof(Age)); } }

    /// <summary>Required: female, male or non-binary.</summary>
    public string? Gender { get; set { field = value; MarkPresent(nameof(Gender)); } }

    public string? Location { get; set { field = value; MarkPresent(nameof(Location)); } }

    /// <summary>Defaults to false.</summary>
    public bool? Passport { get; set { field = value; MarkPresent(nameof(Passport)); } }

    /// <summary>Defaults to false.</summary>
    public bool? DriverLicense { get; set { field = value; MarkPresent(nameof(DriverLicense)); } }

    public string? Ethnicity { get; set { field = value; MarkPresent(nameof(Ethnicity)); } }

    public string? HairColor { get; set { field = value; MarkPresent(nameof(HairColor)); } }

    public string? EyeColor { get; set { field = value; MarkPresent(nameof(EyeColor)); } }

    public string? BodyType { get; set { field = value; MarkPresent(nameof(BodyType)); } }

    /// <summary>Centimetres, 30–300.</summary>
    public int? Height { get; set { field = value; MarkPresent(nameof(Height)); } }

    public string? Description { get; set { field = value; MarkPresent(nameof(Description)); } }

    public string? ImageLink { get; set { field = value; MarkPresent(nameof(ImageLink)); } }

    public string? Phone { get; set { field = value; MarkPresent(nameof(Phone)); } }

    public string? Email { get; set { field = value; MarkPresent(nameof(Email)); } }

    /// <summary>Member of a performers' union such as SAG-AFTRA. Defaults to false.</summary>
    public bool? UnionMember { get; set { field = value; MarkPresent(nameof(UnionMember)); } }

    /// <summary>
    /// The profile after this body: each present field replaces the current value (null clears an optional
    /// one); an absent one keeps it. On create the current profile is <see cref="ActorProfile.Empty"/>, so an
    /// absent optional field is null or false. Run after validation: required fields present are not null.
    /// </summary>
    public ActorProfile ApplyTo(ActorProfile current) => current with
    {
        Name = Pick(nameof(Name), Name!, current.Name),
        Age = Pick(nameof(Age), Age, current.Age) ?? current.Age,
        Gender = IsPresent(nameof(Gender)) ? WireNames<Gender>.Parse(Gender!) : current.Gender,
        Location = Pick(nameof(Location), Location, current.Location),
        Passport = Pick(nameof(Passport), Passport, current.Passport) ?? current.Passport,
        DriverLicense = Pick(nameof(DriverLicense), DriverLicense, current.DriverLicense) ?? current.DriverLicense,
        Ethnicity = Pick(nameof(Ethnicity), WireNames<Ethnicity>.ParseOptional(Ethnicity), current.Ethnicity),
        HairColor = Pick(nameof(HairColor), WireNames<HairColor>.ParseOptional(HairColor), current.HairColor),
        EyeColor = Pick(nameof(EyeColor), WireNames<EyeColor>.ParseOptional(EyeColor), current.EyeColor),
        BodyType = Pick(nameof(BodyType), WireNames<BodyType>.ParseOptional(BodyType), current.BodyType),
        Height = Pick(nameof(Height), Height, current.Height),
        Description = Pick(nameof(Description), Description, current.Description),
        ImageLink = Pick(nameof(ImageLink), ImageLink, current.ImageLink),
        Phone = Pick(nameof(Phone), Phone, current.Phone),
        Email = Pick(nameof(Email), Email, current.Email)?.Trim(),
        UnionMember = Pick(nameof(UnionMember), UnionMember, current.UnionMember) ?? current.UnionMember,
    };
}

/// <summary>
/// The one rule set of the actor fields, for create and PATCH alike. Required fields are checked on create
/// always, on PATCH when present (and then never null); optional fields whenever they are not null; a PATCH
/// body must hold at least one field, and a present flag must not be null.
/// </summary>
public sealed class ActorFieldsValidator<T> : AbstractValidator<T>
    where T : ActorFields
{
    public ActorFieldsValidator(bool patch)
    {
        bool Supplied(T c, string property) => !patch || c.IsPresent(property);

        When(c => Supplied(c, nameof(ActorFields.Name)), () => RuleFor(c => c.Name).RequiredText(Limits.NameMaxLength));
        When(c => Supplied(c, nameof(ActorFields.Age)), () => RuleFor(c => c.Age).RequiredInRange(Limits.MinAge, Limits.MaxAge));
        When(c => Supplied(c, nameof(ActorFields.Gender)), () => RuleFor(c => c.Gender).RequiredWireEnum<Gender, T>());

        RuleFor(c => c.Location).OptionalText(Limits.NameMaxLength);
        RuleFor(c => c.Ethnicity).WireEnum<Ethnicity, T>();
        RuleFor(c => c.HairColor).WireEnum<HairColor, T>();
        RuleFor(c => c.EyeColor).WireEnum<EyeColor, T>();
        RuleFor(c => c.BodyType).WireEnum<BodyType, T>();
        RuleFor(c => c.Height).OptionalInRange(Limits.MinHeight, Limits.MaxHeight);
        RuleFor(c => c.Description).OptionalLongText(Limits.DescriptionMaxLength);
        RuleFor(c => c.ImageLink).HttpUrl();
        RuleFor(c => c.Phone).Phone();
        RuleFor(c => c.Email).Email();

        if (patch)
        {
            this.NotEmptyPatch();
            RuleFor(c => c.Passport).NotNullWhenPresent(nameof(ActorFields.Passport));
            RuleFor(c => c.DriverLicense).NotNullWhenPresent(nameof(ActorFields.DriverLicense));
            RuleFor(c => c.UnionMember).NotNullWhenPresent(nameof(ActorFields.UnionMember));
        }
    }
}
