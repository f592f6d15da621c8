using FluentValidation;
using CastingAgency.Application.Common.Validation;

namespace CastingAgency.Application.Actors.Commands.CreateActor;

public sealed class CreateActorCommandValidator : AbstractValidator<CreateActorCommand>
{
    public CreateActorCommandValidator() => this.ActorFields((_, _) => true);
}
