using CastingAgency.Application.Common.Validation;
using FluentValidation;

namespace CastingAgency.Application.Shortlist.Queries.ListShortlist;

public sealed class ListShortlistQueryValidator : AbstractValidator<ListShortlistQuery>
{
    public ListShortlistQueryValidator()
    {
        this.Paging(q => q.Paging);
        RuleFor(q => q.Paging.Sort).Sort(ShortlistFilter.Sorting).OverridePropertyName("sort");
        RuleFor(q => q.Filter).SetValidator(new ShortlistFilterValidator());
    }
}
