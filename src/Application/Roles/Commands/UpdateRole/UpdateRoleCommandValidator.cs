using CastingAgency.Application.Common.Validation;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;
using FluentValidation;

namespace CastingAgency.Application.Roles.Commands.UpdateRole;

public sealed class UpdateRoleCommandValidator : AbstractValidator<UpdateRoleCommand>
{
    public UpdateRoleCommandValidator()
    {
        this.NotEmptyPatch();
        RuleFor(c => c.MovieId).NotNullWhenPresent(nameof(UpdateRoleCommand.MovieId))
            .GreaterThanOrEqualTo(1).WithMessage("{PropertyName} must be 1 or more.");
        RuleFor(c => c.ActorId).GreaterThanOrEqualTo(1).WithMessage("{PropertyName} must be 1 or more.");
        When(c => c.IsPresent(nameof(c.Name)), () => RuleFor(c => c.Name).RequiredText(Limits.NameMaxLength));
        When(c => c.IsPresent(nameof(c.Gender)), () => RuleFor(c => c.Gender).RequiredWireEnum<RoleGender, UpdateRoleCommand>());
        When(c => c.IsPresent(nameof(c.MinAge)), () => RuleFor(c => c.MinAge).RequiredInRange(Limits.MinAge, Limits.MaxAge));
        When(c => c.IsPresent(nameof(c.MaxAge)), () => RuleFor(c => c.MaxAge).RequiredInRange(Limits.MinAge, Limits.MaxAge));
        RuleFor(c => c.MinAge)
            .Must((c, minAge) => minAge is null || c.MaxAge is null || minAge <= c.MaxAge)
            .WithMessage("min_age must not be greater than max_age.");
        RuleFor(c => c.Description).OptionalLongText(Limits.DescriptionMaxLength);
    }
}
