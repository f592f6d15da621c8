using AutoMapper;
using CastingAgency.Application.Actors.Dtos;
using CastingAgency.Application.Common;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Domain.Entities;
using MediatR;

namespace CastingAgency.Application.Actors.Commands.CreateActor;

/// <summary>The body of <c>POST /actors</c>. Enums are wire names, matched case-insensitively.</summary>
public sealed record CreateActorCommand : ActorFields, IRequest<ActorDto>;

public sealed class CreateActorCommandValidator() : ActorFieldsValidator<CreateActorCommand>(patch: false);

public sealed class CreateActorCommandHandler(IActorRepository actors, IUnitOfWork unitOfWork, IMapper mapper)
    : IRequestHandler<CreateActorCommand, ActorDto>
{
    public async Task<ActorDto> Handle(CreateActorCommand request, CancellationToken cancellationToken)
    {
        // The required fields are not null after validation; ApplyTo writes the others over the new actor's defaults.
        var actor = new Actor(name: request.Name.Value!, age: request.Age.Value!.Value, gender: request.Gender.Value!.Value);
        request.ApplyTo(actor);
        await UniqueKeys.EnsureActorEmailFreeAsync(actors, actor.Email, null, cancellationToken);
        actors.Add(actor);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return mapper.Map<ActorDto>(actor);
    }
}
