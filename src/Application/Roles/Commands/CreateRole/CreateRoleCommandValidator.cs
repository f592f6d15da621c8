using FluentValidation;

namespace CastingAgency.Application.Roles.Commands.CreateRole;

public sealed class CreateRoleCommandValidator : AbstractValidator<CreateRoleCommand>
{
    public CreateRoleCommandValidator() => Include(new RoleFieldsValidator<CreateRoleCommand>(patch: false));
}
