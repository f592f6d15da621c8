namespace CastingAgency.Application.Movies.Commands.CreateMovie;

public sealed class CreateMovieCommandValidator() : MovieFieldsValidator<CreateMovieCommand>(patch: false);
