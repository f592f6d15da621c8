namespace CastingAgency.Application.Roles.Commands.UpdateRole;

public sealed class UpdateRoleCommandValidator() : RoleFieldsValidator<UpdateRoleCommand>(patch: true);
