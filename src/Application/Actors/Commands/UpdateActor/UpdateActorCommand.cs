using System.Text.Json.Serialization;
using AutoMapper;
using CastingAgency.Application.Actors.Dtos;
using CastingAgency.Application.Common;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Common.Validation;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Rules;
using MediatR;

namespace CastingAgency.Application.Actors.Commands.UpdateActor;

/// <summary>The body of <c>PATCH /actors/{id}</c>: only the properties present change; null clears an optional one.</summary>
public sealed record UpdateActorCommand : ActorFields, IRequest<ActorDto>, IPatchCommand
{
    [JsonIgnore]
    public int Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}

public sealed class UpdateActorCommandValidator() : ActorFieldsValidator<UpdateActorCommand>(patch: true);

public sealed class UpdateActorCommandHandler(IActorRepository actors, IRoleRepository roles, IUnitOfWork unitOfWork, IMapper mapper)
    : IRequestHandler<UpdateActorCommand, ActorDto>
{
    public async Task<ActorDto> Handle(UpdateActorCommand request, CancellationToken cancellationToken)
    {
        // The roles are loaded with the actor: a new age or gender must still fit every role held.
        // On the roster (an agency's request) only the agency's actors exist: another's, or nobody's, is not found.
        var actor = await (request.Agency is { } agency
            ? actors.FindOnRosterWithRolesAsync(request.Id, agency, cancellationToken)
            : actors.FindWithRolesAsync(request.Id, cancellationToken)) ?? throw new NotFoundException("actor", request.Id);

        Concurrency.EnsureVersion(actor, request.ExpectedVersion);

        if (request.Email.Value?.Trim() is { Length: > 0 } email && Guard.Normalize(email) != actor.EmailNormalized)
        {
            await UniqueKeys.EnsureActorEmailFreeAsync(actors, email, actor.Id, cancellationToken);
        }

        // Throws CastingRuleViolationException (409) when the actor would no longer fit a role they hold, in any
        // production; a role the caller does not see is not named.
        try
        {
            request.ApplyTo(actor);
        }
        catch (CastingRuleViolationException violation)
        {
            if (await roles.ExistsAsync(violation.RoleId, cancellationToken))
            {
                throw;
            }

            throw violation.Unnamed(request.Name.Or(actor.Name)!); // the actor is unchanged: the rule is checked first
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        return mapper.Map<ActorDto>(actor);
    }
}
