using CastingAgency.Application.Common;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using MediatR;

namespace CastingAgency.Application.Actors.Commands.DeleteActor;

/// <summary>Deletes an actor; the roles they held stay, uncast; their shortlist entries, appointments and submissions go.</summary>
public sealed record DeleteActorCommand(int Id, int? ExpectedVersion = null) : IRequest<int>;

public sealed class DeleteActorCommandHandler(
    IActorRepository actors, IShortlistRepository entries, ISubmissionRepository submissions, IUnitOfWork unitOfWork)
    : IRequestHandler<DeleteActorCommand, int>
{
    public async Task<int> Handle(DeleteActorCommand request, CancellationToken cancellationToken)
    {
        var actor = await actors.FindWithRolesAsync(request.Id, cancellationToken) ?? throw new NotFoundException("actor", request.Id);
        Concurrency.EnsureVersion(actor, request.ExpectedVersion);
        actor.ReleaseRoles();

        // Their shortlist entries go too (with their appointments and history, by database cascade).
        foreach (var entry in await entries.ForActorAsync(actor.Id, cancellationToken))
        {
            entries.Remove(entry);
        }

        // So do their agencies' submissions.
        foreach (var submission in await submissions.ForActorAsync(actor.Id, cancellationToken))
        {
            submissions.Remove(submission);
        }

        actors.Remove(actor);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return actor.Id;
    }
}
