using CastingAgency.Application.Common.Validation;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;
using FluentValidation;

namespace CastingAgency.Application.Roles.Queries.ListRoles;

/// <summary>Range, length and enum checks of the role filters (422 when broken).</summary>
public sealed class RoleFilterValidator : AbstractValidator<RoleFilter>
{
    public RoleFilterValidator()
    {
        RuleFor(f => f.MovieId).GreaterThanOrEqualTo(1).WithMessage(Guard.Messages.NotPositive("movie_id"));
        RuleFor(f => f.ActorId).GreaterThanOrEqualTo(1).WithMessage(Guard.Messages.NotPositive("actor_id"));
        RuleFor(f => f.Name).OptionalText(Limits.NameMaxLength);
        RuleFor(f => f.SearchTerm).OptionalText(Limits.NameMaxLength);
        RuleFor(f => f.Gender).WireEnums<RoleGender, RoleFilter>();
        RuleFor(f => f.Age).OptionalInRange(Limits.MinAge, Limits.MaxAge);
        RuleFor(f => f.MinAge).OptionalInRange(Limits.MinAge, Limits.MaxAge);
        RuleFor(f => f.MaxAge).OptionalInRange(Limits.MinAge, Limits.MaxAge);
        RuleFor(f => f.Id).Ids();
    }
}
