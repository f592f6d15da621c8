using System.Text.Json.Serialization;
using AutoMapper;
using CastingAgency.Application.Common;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Common.Validation;
using CastingAgency.Application.Roles.Dtos;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;
using MediatR;

namespace CastingAgency.Application.Roles.Commands.UpdateRole;

/// <summary>
/// The body of <c>PATCH /roles/{id}</c>: only the properties present change. <c>actor_id: null</c>
/// leaves the role open; <c>description: null</c> clears it; the other fields must not be null.
/// </summary>
public sealed record UpdateRoleCommand : RoleFields, IRequest<RoleDto>, IPatchCommand
{
    [JsonIgnore]
    public int Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }

    /// <summary>true publishes the role as a breakdown for talent agencies (published_at becomes now, if not already set); false withdraws it.</summary>
    public Optional<bool?> Published { get; init; }

    /// <summary>When the breakdown stops taking submissions: an ISO 8601 date-time with an offset, in the future; null for no deadline.</summary>
    public Optional<string?> SubmissionsCloseAt { get; init; }
}

public sealed class UpdateRoleCommandHandler(
    IRoleRepository roles, IMovieRepository movies, IActorRepository actors, IUnitOfWork unitOfWork, IMapper mapper, TimeProvider time)
    : IRequestHandler<UpdateRoleCommand, RoleDto>
{
    public async Task<RoleDto> Handle(UpdateRoleCommand request, CancellationToken cancellationToken)
    {
        var role = await roles.FindWithActorAsync(request.Id, cancellationToken) ?? throw new NotFoundException("role", request.Id);
        Concurrency.EnsureVersion(role, request.ExpectedVersion);

        var movieId = request.MovieId.Or(role.MovieId)!.Value;
        if (movieId != role.MovieId)
        {
            await RoleReferences.EnsureMovieExistsAsync(movies, movieId, cancellationToken);
        }

        var actor = role.Actor;
        if (request.ActorId.IsPresent)
        {
            actor = request.ActorId.Value is { } actorId
                ? (actorId == role.ActorId && role.Actor is not null ? role.Actor : await RoleReferences.LoadActorAsync(actors, actorId, cancellationToken))
                : null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (request.SubmissionsCloseAt.IsPresent)
        {
            role.CloseSubmissionsAt(request.SubmissionsCloseAt.Value is { } closeAt ? TimestampInput.Parse(closeAt) : null, now);
        }

        if (request.Published.Value is { } published)
        {
            role.Publish(published, now);
        }

        // The domain checks the casting rule against the merged terms and refuses, unchanged, with a 409.
        role.Update(
            request.Name.Or(role.Name)!,
            request.Gender.Or(role.Gender)!.Value,
            minAge: request.MinAge.Or(role.MinAge)!.Value,
            maxAge: request.MaxAge.Or(role.MaxAge)!.Value,
            request.Description.Or(role.Description),
            actor);
        if (movieId != role.MovieId)
        {
            role.MoveTo(movieId);
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        return mapper.Map<RoleDto>(role);
    }
}
