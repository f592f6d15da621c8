using CastingAgency.Application.Common.Validation;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;
using FluentValidation;

namespace CastingAgency.Application.Actors.Queries.ListActors;

/// <summary>Range and enum checks of the actor filters (422 when broken); reused by the candidates query.</summary>
public sealed class ActorFilterValidator : AbstractValidator<ActorFilter>
{
    public ActorFilterValidator()
    {
        RuleFor(f => f.Id).Ids();
        RuleFor(f => f.SearchTerm).OptionalText(Limits.NameMaxLength);
        RuleFor(f => f.Name).OptionalText(Limits.NameMaxLength);
        RuleFor(f => f.Location).OptionalText(Limits.NameMaxLength);
        RuleFor(f => f.Email).OptionalText(Limits.EmailMaxLength);
        RuleFor(f => f.Age).OptionalInRange(Limits.MinAge, Limits.MaxAge);
        RuleFor(f => f.MinAge).OptionalInRange(Limits.MinAge, Limits.MaxAge);
        RuleFor(f => f.MaxAge).OptionalInRange(Limits.MinAge, Limits.MaxAge);
        RuleFor(f => f.Height).OptionalInRange(Limits.MinHeight, Limits.MaxHeight);
        RuleFor(f => f.MinHeight).OptionalInRange(Limits.MinHeight, Limits.MaxHeight);
        RuleFor(f => f.MaxHeight).OptionalInRange(Limits.MinHeight, Limits.MaxHeight);
        RuleFor(f => f.Gender).WireEnums<Gender, ActorFilter>();
        RuleFor(f => f.Ethnicity).WireEnums<Ethnicity, ActorFilter>();
        RuleFor(f => f.HairColor).WireEnums<HairColor, ActorFilter>();
        RuleFor(f => f.EyeColor).WireEnums<EyeColor, ActorFilter>();
        RuleFor(f => f.BodyType).WireEnums<BodyType, ActorFilter>();
    }
}
