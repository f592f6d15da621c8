using CastingAgency.Application.Common.Validation;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;
using FluentValidation;

namespace CastingAgency.Application.Actors;

/// <summary>The actor field rules of contract §2, shared by the create and update validators and handlers.</summary>
internal static class ActorRules
{
    /// <summary>
    /// Adds a rule for every actor field. The required ones (name, age, gender) are checked only when
    /// <paramref name="isSupplied"/> says the request carries them (create: always; PATCH: when present);
    /// the optional ones whenever they are not null.
    /// </summary>
    public static void ActorFields<T>(this AbstractValidator<T> validator, Func<T, string, bool> isSupplied)
        where T : IActorInput
    {
        validator.When(c => isSupplied(c, nameof(IActorInput.Name)), () =>
            validator.RuleFor(c => c.Name).RequiredText(Limits.NameMaxLength));
        validator.When(c => isSupplied(c, nameof(IActorInput.Age)), () =>
            validator.RuleFor(c => c.Age).RequiredInRange(Limits.MinAge, Limits.MaxAge));
        validator.When(c => isSupplied(c, nameof(IActorInput.Gender)), () =>
            validator.RuleFor(c => c.Gender).RequiredWireEnum<Gender, T>());

        validator.RuleFor(c => c.Location).OptionalText(Limits.NameMaxLength);
        validator.RuleFor(c => c.Ethnicity).WireEnum<Ethnicity, T>();
        validator.RuleFor(c => c.HairColor).WireEnum<HairColor, T>();
        validator.RuleFor(c => c.EyeColor).WireEnum<EyeColor, T>();
        validator.RuleFor(c => c.BodyType).WireEnum<BodyType, T>();
        validator.RuleFor(c => c.Height).OptionalInRange(Limits.MinHeight, Limits.MaxHeight);
        validator.RuleFor(c => c.Description).OptionalLongText(Limits.DescriptionMaxLength);
        validator.RuleFor(c => c.ImageLink).HttpUrl();
        validator.RuleFor(c => c.Phone).Phone();
        validator.RuleFor(c => c.Email).Email();
    }
}
