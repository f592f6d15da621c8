using CastingAgency.Application.Common;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using MediatR;

namespace CastingAgency.Application.Roles.Commands.DeleteRole;

/// <summary>Deletes a role; the movie and the actor stay.</summary>
public sealed record DeleteRoleCommand(int Id, int? ExpectedVersion = null) : IRequest<int>;

public sealed class DeleteRoleCommandHandler(IRoleRepository roles, IUnitOfWork unitOfWork)
    : IRequestHandler<DeleteRoleCommand, int>
{
    public async Task<int> Handle(DeleteRoleCommand request, CancellationToken cancellationToken)
    {
        var role = await roles.FindAsync(request.Id, cancellationToken) ?? throw new NotFoundException("role", request.Id);
        Concurrency.EnsureVersion(role, request.ExpectedVersion);
        roles.Remove(role);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return role.Id;
    }
}
