using FluentValidation;

namespace CastingAgency.Application.Movies.Commands.CreateMovie;

public sealed class CreateMovieCommandValidator : AbstractValidator<CreateMovieCommand>
{
    public CreateMovieCommandValidator() => Include(new MovieFieldsValidator<CreateMovieCommand>(patch: false));
}
