using CastingAgency.Application.Common.Validation;
using FluentValidation;

namespace CastingAgency.Application.Roles.Queries.ListRoles;

public sealed class ListRolesQueryValidator : AbstractValidator<ListRolesQuery>
{
    public ListRolesQueryValidator()
    {
        this.Paging(q => q.Paging);
        RuleFor(q => q.Paging.Sort).Sort(RoleFilter.Sorting).OverridePropertyName("sort");
        RuleFor(q => q.Filter).SetValidator(new RoleFilterValidator());
    }
}
