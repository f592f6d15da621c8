using CastingAgency.Application.Actors;
using CastingAgency.Application.Actors.Queries.ListActors;
using CastingAgency.Application.Common.Validation;
using FluentValidation;

namespace CastingAgency.Application.Roles.Queries.ListCandidates;

public sealed class ListCandidatesQueryValidator : AbstractValidator<ListCandidatesQuery>
{
    public ListCandidatesQueryValidator()
    {
        this.Paging(q => q.Paging);
        RuleFor(q => q.Paging.Sort).Sort(ActorFilter.Sorting).OverridePropertyName("sort");
        RuleFor(q => q.Filter).SetValidator(new ActorFilterValidator());
    }
}
