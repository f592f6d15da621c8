using CastingAgency.Application.Common.Validation;

namespace CastingAgency.Application.Actors.Commands.CreateActor;

public sealed class CreateActorCommandValidator : ValidatorBase<CreateActorCommand>
{
    public CreateActorCommandValidator() => this.ActorFields((_, _) => true);
}
