using CastingAgency.Application.Common.Validation;
using CastingAgency.Domain.Common;
using FluentValidation;

namespace CastingAgency.Application.Movies.Commands.UpdateMovie;

public sealed class UpdateMovieCommandValidator : AbstractValidator<UpdateMovieCommand>
{
    public UpdateMovieCommandValidator()
    {
        this.NotEmptyPatch();
        When(c => c.IsPresent(nameof(c.Title)), () => RuleFor(c => c.Title).RequiredText(Limits.NameMaxLength));
        When(c => c.IsPresent(nameof(c.ReleaseDate)), () => RuleFor(c => c.ReleaseDate).ReleaseDate());
        RuleFor(c => c.Company).OptionalText(Limits.NameMaxLength);
        RuleFor(c => c.Description).OptionalLongText(Limits.DescriptionMaxLength);
    }
}
