using System.Text.Json.Serialization;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using CastingAgency.Application.Common;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Common.Validation;
using CastingAgency.Application.Roles;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using FluentValidation;
using MediatR;

namespace CastingAgency.Application.Pipeline;

public sealed record ListShortlistQuery(int RoleId, ShortlistFilter Filter, PageRequest Paging) : IRequest<PagedList<ShortlistEntryDto>>;

public sealed class ListShortlistQueryValidator : AbstractValidator<ListShortlistQuery>
{
    public ListShortlistQueryValidator()
    {
        this.Paging(q => q.Paging);
        RuleFor(q => q.Paging.Sort).Sort(ShortlistFilter.Sorting).OverridePropertyName("sort");
        RuleFor(q => q.Filter).SetValidator(new ShortlistFilterValidator());
    }
}

public sealed class ListShortlistQueryHandler(IRoleRepository roles, IPipelineQueries queries)
    : IRequestHandler<ListShortlistQuery, PagedList<ShortlistEntryDto>>
{
    public async Task<PagedList<ShortlistEntryDto>> Handle(ListShortlistQuery request, CancellationToken cancellationToken)
    {
        if (!await roles.ExistsAsync(request.RoleId, cancellationToken))
        {
            throw new NotFoundException("role", request.RoleId);
        }

        return await queries.ListShortlistAsync(request.RoleId, request.Filter, request.Paging, cancellationToken);
    }
}

/// <summary>The body of <c>POST /roles/{id}/shortlist</c>.</summary>
public sealed record CreateShortlistEntryCommand : ShortlistFields, IRequest<ShortlistEntryDto>
{
    [JsonIgnore]
    public int RoleId { get; init; }
}

public sealed class CreateShortlistEntryCommandValidator() : ShortlistFieldsValidator<CreateShortlistEntryCommand>(patch: false);

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

public sealed record GetShortlistEntryQuery(int Id) : IRequest<ShortlistEntryDetailDto>;

public sealed class GetShortlistEntryQueryHandler(IShortlistRepository entries)
    : IRequestHandler<GetShortlistEntryQuery, ShortlistEntryDetailDto>
{
    public async Task<ShortlistEntryDetailDto> Handle(GetShortlistEntryQuery request, CancellationToken cancellationToken) =>
        await entries.GetAsync<ShortlistEntryDetailDto>(request.Id, cancellationToken)
        ?? throw new NotFoundException("shortlist entry", request.Id);
}

/// <summary>The body of <c>PATCH /shortlist/{id}</c>: a status move along the allowed edges and/or the note.</summary>
public sealed record UpdateShortlistEntryCommand : ShortlistFields, IRequest<ShortlistEntryDto>, IPatchCommand
{
    [JsonIgnore]
    public int Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}

public sealed class UpdateShortlistEntryCommandValidator() : ShortlistFieldsValidator<UpdateShortlistEntryCommand>(patch: true);

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

public sealed record ShortlistHistory(int ShortlistId, IReadOnlyList<ShortlistHistoryItemDto> History);

public sealed record GetShortlistHistoryQuery(int Id) : IRequest<ShortlistHistory>;

public sealed class GetShortlistHistoryQueryHandler(IShortlistRepository entries, IMapper mapper)
    : IRequestHandler<GetShortlistHistoryQuery, ShortlistHistory>
{
    public async Task<ShortlistHistory> Handle(GetShortlistHistoryQuery request, CancellationToken cancellationToken)
    {
        if (!await entries.ExistsAsync(request.Id, cancellationToken))
        {
            throw new NotFoundException("shortlist entry", request.Id);
        }

        var history = await entries.HistoryAsync(request.Id, cancellationToken);
        return new ShortlistHistory(request.Id, mapper.Map<List<ShortlistHistoryItemDto>>(history));
    }
}
