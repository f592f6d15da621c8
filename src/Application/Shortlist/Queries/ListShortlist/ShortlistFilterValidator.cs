using CastingAgency.Application.Common.Validation;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;
using FluentValidation;

namespace CastingAgency.Application.Shortlist.Queries.ListShortlist;

public sealed class ShortlistFilterValidator : AbstractValidator<ShortlistFilter>
{
    public ShortlistFilterValidator()
    {
        RuleFor(f => f.Status).AnyOfWireEnum<ShortlistStatus, ShortlistFilter>();
        RuleFor(f => f.ActorId).GreaterThanOrEqualTo(1).WithMessage(Guard.Messages.NotPositive("actor_id"));
        RuleFor(f => f.Id).Ids();
    }
}
