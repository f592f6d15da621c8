using CastingAgency.Application.Common.Validation;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;
using FluentValidation;

namespace CastingAgency.Application.Roles.Queries.ListRoles;

public sealed class ListRolesQueryValidator : AbstractValidator<ListRolesQuery>
{
    public ListRolesQueryValidator()
    {
        this.Paging(q => q.Paging);
        RuleFor(q => q.Paging.Sort).Sort(RoleSorting.Map).OverridePropertyName("sort");
        RuleFor(q => q.Filter.MovieId).GreaterThanOrEqualTo(1).OverridePropertyName("movie_id")
            .WithMessage("movie_id must be 1 or more.");
        RuleFor(q => q.Filter.ActorId).GreaterThanOrEqualTo(1).OverridePropertyName("actor_id")
            .WithMessage("actor_id must be 1 or more.");
        RuleFor(q => q.Filter.Name).OptionalText(Limits.NameMaxLength).OverridePropertyName("name");
        RuleFor(q => q.Filter.SearchTerm).OptionalText(Limits.NameMaxLength).OverridePropertyName("search_term");
        RuleFor(q => q.Filter.Gender).WireEnum<RoleGender, ListRolesQuery>().OverridePropertyName("gender");
        RuleFor(q => q.Filter.Age).OptionalInRange(Limits.MinAge, Limits.MaxAge).OverridePropertyName("age");
    }
}
