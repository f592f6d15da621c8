using CastingAgency.Application.Common.Validation;
using CastingAgency.Domain.Common;
using FluentValidation;

namespace CastingAgency.Application.Movies.Queries.ListMovies;

public sealed class ListMoviesQueryValidator : AbstractValidator<ListMoviesQuery>
{
    public ListMoviesQueryValidator()
    {
        this.Paging(q => q.Paging);
        RuleFor(q => q.Paging.Sort).Sort(MovieSorting.Map).OverridePropertyName("sort");
        RuleFor(q => q.Filter.SearchTerm).OptionalText(Limits.NameMaxLength).OverridePropertyName("search_term");
        RuleFor(q => q.Filter.Title).OptionalText(Limits.NameMaxLength).OverridePropertyName("title");
        RuleFor(q => q.Filter.Company).OptionalText(Limits.NameMaxLength).OverridePropertyName("company");
    }
}
