using CastingAgency.Application.Common.Validation;
using FluentValidation;

namespace CastingAgency.Application.Roles.Commands.UpdateRole;

/// <summary>The role fields' rules, and the breakdown's: <c>published</c> not null when present, <c>submissions_close_at</c> a timestamp.</summary>
public sealed class UpdateRoleCommandValidator : RoleFieldsValidator<UpdateRoleCommand>
{
    public UpdateRoleCommandValidator()
        : base(patch: true)
    {
        this.NotNullWhenPresent(c => c.Published);
        RuleFor(c => c.SubmissionsCloseAt.Value).Timestamp();
    }
}
