using FluentValidation;

namespace CastingAgency.Application.Movies.Commands.UpdateMovie;

public sealed class UpdateMovieCommandValidator : AbstractValidator<UpdateMovieCommand>
{
    public UpdateMovieCommandValidator() => Include(new MovieFieldsValidator<UpdateMovieCommand>(patch: true));
}
