using FluentValidation;
using CastingAgency.Application.Common.Validation;
using CastingAgency.Domain.Common;

namespace CastingAgency.Application.Movies.Commands.CreateMovie;

public sealed class CreateMovieCommandValidator : AbstractValidator<CreateMovieCommand>
{
    public CreateMovieCommandValidator()
    {
        RuleFor(c => c.Title).RequiredText(Limits.NameMaxLength);
        RuleFor(c => c.ReleaseDate).ReleaseDate();
        RuleFor(c => c.Company).OptionalText(Limits.NameMaxLength);
        RuleFor(c => c.Description).OptionalLongText(Limits.DescriptionMaxLength);
    }
}
