using CastingAgency.Application.Common;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Domain.Entities;
using MediatR;

namespace CastingAgency.Application.Shortlist.Commands.DeleteShortlistEntry;

public sealed record DeleteShortlistEntryCommand(int Id, int? ExpectedVersion = null) : IRequest<int>;

public sealed class DeleteShortlistEntryCommandHandler(IShortlistRepository entries, IUnitOfWork unitOfWork)
    : IRequestHandler<DeleteShortlistEntryCommand, int>
{
    public async Task<int> Handle(DeleteShortlistEntryCommand request, CancellationToken cancellationToken)
    {
        var entry = await entries.FindAsync(request.Id, cancellationToken) ?? throw new NotFoundException("shortlist entry", request.Id);
        Concurrency.EnsureVersion(entry, request.ExpectedVersion);
        Role.EnsureRemovable(entry);
        entries.Remove(entry); // its appointments and history go with it (database cascade)
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return entry.Id;
    }
}
