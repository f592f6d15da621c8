using CastingAgency.Application.Common.Validation;
using FluentValidation;

namespace CastingAgency.Application.Actors.Queries.ListActors;

public sealed class ListActorsQueryValidator : AbstractValidator<ListActorsQuery>
{
    public ListActorsQueryValidator()
    {
        this.Paging(q => q.Paging);
        RuleFor(q => q.Paging.Sort).Sort(ActorFilter.Sorting).OverridePropertyName("sort");

        // Failures come back as filter.min_age; ValidationException reports the last segment (min_age).
        RuleFor(q => q.Filter).SetValidator(new ActorFilterValidator());
    }
}
