using CastingAgency.Application.Common.Validation;
using CastingAgency.Domain.Common;
using FluentValidation;

namespace CastingAgency.Application.Movies.Queries.ListMovies;

/// <summary>Length checks of the movie filters (422 when broken).</summary>
public sealed class MovieFilterValidator : AbstractValidator<MovieFilter>
{
    public MovieFilterValidator()
    {
        RuleFor(f => f.Id).Ids();
        RuleFor(f => f.SearchTerm).OptionalText(Limits.NameMaxLength);
        RuleFor(f => f.Title).OptionalText(Limits.NameMaxLength);
        RuleFor(f => f.Company).OptionalText(Limits.NameMaxLength);
    }
}
