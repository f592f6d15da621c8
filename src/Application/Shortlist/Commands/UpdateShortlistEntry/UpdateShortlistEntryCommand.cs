using System.Text.Json.Serialization;
using AutoMapper;
using CastingAgency.Application.Common;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Common.Validation;
using CastingAgency.Application.Shortlist.Dtos;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;
using MediatR;

namespace CastingAgency.Application.Shortlist.Commands.UpdateShortlistEntry;

/// <summary>The body of <c>PATCH /shortlist/{id}</c>: a status move along the allowed edges and/or the note.</summary>
public sealed record UpdateShortlistEntryCommand : ShortlistFields, IRequest<ShortlistEntryDto>, IPatchCommand
{
    [JsonIgnore]
    public int Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}

public sealed class UpdateShortlistEntryCommandHandler(IShortlistRepository entries, IUnitOfWork unitOfWork, ICurrentUser user, IMapper mapper)
    : IRequestHandler<UpdateShortlistEntryCommand, ShortlistEntryDto>
{
    /// <summary>Offering and casting also need this permission (docs/api.md §9).</summary>
    public const string OfferPermission = "patch:roles";

    public async Task<ShortlistEntryDto> Handle(UpdateShortlistEntryCommand request, CancellationToken cancellationToken)
    {
        var target = request.Status.Value;
        if (target is ShortlistStatus.Offered or ShortlistStatus.Cast && !user.HasPermission(OfferPermission))
        {
            throw new ForbiddenException($"moving a shortlist entry to {WireNames<ShortlistStatus>.ToWire(target.Value)} also needs {OfferPermission}");
        }

        var entry = await entries.FindForMoveAsync(request.Id, cancellationToken) ?? throw new NotFoundException("shortlist entry", request.Id);
        Concurrency.EnsureVersion(entry, request.ExpectedVersion);
        if (request.Note.IsPresent)
        {
            entry.SetNote(request.Note.Value);
        }

        if (target is { } to)
        {
            entry.Role!.Move(entry, to, user.Subject);
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        return mapper.Map<ShortlistEntryDto>(entry);
    }
}
