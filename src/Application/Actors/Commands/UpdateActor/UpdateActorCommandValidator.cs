using FluentValidation;
using CastingAgency.Application.Common.Validation;

namespace CastingAgency.Application.Actors.Commands.UpdateActor;

public sealed class UpdateActorCommandValidator : AbstractValidator<UpdateActorCommand>
{
    public UpdateActorCommandValidator()
    {
        this.NotEmptyPatch();
        this.ActorFields((c, property) => c.IsPresent(property));
        RuleFor(c => c.Passport).NotNullWhenPresent(nameof(UpdateActorCommand.Passport));
        RuleFor(c => c.DriverLicense).NotNullWhenPresent(nameof(UpdateActorCommand.DriverLicense));
    }
}
