namespace CastingAgency.Application.Roles.Commands.CreateRole;

public sealed class CreateRoleCommandValidator() : RoleFieldsValidator<CreateRoleCommand>(patch: false);
