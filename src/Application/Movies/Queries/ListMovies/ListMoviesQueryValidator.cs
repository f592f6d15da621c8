using CastingAgency.Application.Common.Validation;
using FluentValidation;

namespace CastingAgency.Application.Movies.Queries.ListMovies;

public sealed class ListMoviesQueryValidator : AbstractValidator<ListMoviesQuery>
{
    public ListMoviesQueryValidator()
    {
        this.Paging(q => q.Paging);
        RuleFor(q => q.Paging.Sort).Sort(MovieFilter.Sorting).OverridePropertyName("sort");
        RuleFor(q => q.Filter).SetValidator(new MovieFilterValidator());
    }
}
