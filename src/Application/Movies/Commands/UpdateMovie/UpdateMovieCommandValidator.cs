namespace CastingAgency.Application.Movies.Commands.UpdateMovie;

public sealed class UpdateMovieCommandValidator() : MovieFieldsValidator<UpdateMovieCommand>(patch: true);
