using CastingAgency.Application.Common.Validation;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;
using FluentValidation;

namespace CastingAgency.Application.Roles.Commands.CreateRole;

public sealed class CreateRoleCommandValidator : AbstractValidator<CreateRoleCommand>
{
    public CreateRoleCommandValidator()
    {
        RuleFor(c => c.MovieId).NotNull().WithMessage("{PropertyName} is required.")
            .GreaterThanOrEqualTo(1).WithMessage("{PropertyName} must be 1 or more.");
        RuleFor(c => c.ActorId).GreaterThanOrEqualTo(1).WithMessage("{PropertyName} must be 1 or more.");
        RuleFor(c => c.Name).RequiredText(Limits.NameMaxLength);
        RuleFor(c => c.Gender).RequiredWireEnum<RoleGender, CreateRoleCommand>();
        RuleFor(c => c.MinAge).RequiredInRange(Limits.MinAge, Limits.MaxAge);
        RuleFor(c => c.MaxAge).RequiredInRange(Limits.MinAge, Limits.MaxAge);
        RuleFor(c => c.MinAge)
            .Must((c, minAge) => minAge is null || c.MaxAge is null || minAge <= c.MaxAge)
            .WithMessage("min_age must not be greater than max_age.");
        RuleFor(c => c.Description).OptionalLongText(Limits.DescriptionMaxLength);
    }
}
