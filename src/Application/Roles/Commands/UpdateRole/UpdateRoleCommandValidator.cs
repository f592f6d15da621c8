using FluentValidation;

namespace CastingAgency.Application.Roles.Commands.UpdateRole;

public sealed class UpdateRoleCommandValidator : AbstractValidator<UpdateRoleCommand>
{
    public UpdateRoleCommandValidator() => Include(new RoleFieldsValidator<UpdateRoleCommand>(patch: true));
}
