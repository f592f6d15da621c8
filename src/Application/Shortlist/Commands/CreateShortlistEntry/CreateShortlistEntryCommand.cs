using System.Text.Json.Serialization;
using AutoMapper;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Roles;
using CastingAgency.Application.Shortlist.Dtos;
using MediatR;

namespace CastingAgency.Application.Shortlist.Commands.CreateShortlistEntry;

/// <summary>The body of <c>POST /roles/{id}/shortlist</c>.</summary>
public sealed record CreateShortlistEntryCommand : ShortlistFields, IRequest<ShortlistEntryDto>
{
    [JsonIgnore]
    public int RoleId { get; init; }
}

public sealed class CreateShortlistEntryCommandHandler(
    IRoleRepository roles, IActorRepository actors, IUnitOfWork unitOfWork, ICurrentUser user, IMapper mapper)
    : IRequestHandler<CreateShortlistEntryCommand, ShortlistEntryDto>
{
    public async Task<ShortlistEntryDto> Handle(CreateShortlistEntryCommand request, CancellationToken cancellationToken)
    {
        var role = await roles.FindWithShortlistAsync(request.RoleId, cancellationToken) ?? throw new NotFoundException("role", request.RoleId);
        var actor = await RoleReferences.LoadActorAsync(actors, request.ActorId.Value!.Value, cancellationToken);

        // The role refuses (409) when it is cast, already lists the actor, or the actor does not fit.
        var entry = role.AddToShortlist(actor, user.Subject, request.Note.Value);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return mapper.Map<ShortlistEntryDto>(entry);
    }
}
