using CastingAgency.Application.Common;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using MediatR;

namespace CastingAgency.Application.Actors.Commands.DeleteActor;

/// <summary>Deletes an actor; the roles they held stay, uncast.</summary>
public sealed record DeleteActorCommand(int Id, int? ExpectedVersion = null) : IRequest<int>;

public sealed class DeleteActorCommandHandler(IActorRepository actors, IUnitOfWork unitOfWork)
    : IRequestHandler<DeleteActorCommand, int>
{
    public async Task<int> Handle(DeleteActorCommand request, CancellationToken cancellationToken)
    {
        var actor = await actors.FindWithRolesAsync(request.Id, cancellationToken) ?? throw new NotFoundException("actor", request.Id);
        Concurrency.EnsureVersion(actor, request.ExpectedVersion);
        actor.ReleaseRoles();
        actors.Remove(actor);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return actor.Id;
    }
}
