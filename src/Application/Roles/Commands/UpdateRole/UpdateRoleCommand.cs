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
    public int Id { get; set; }

    [JsonIgnore]
    public int? ExpectedVersion { get; set; }
}

public sealed class UpdateRoleCommandHandler(
    IRoleRepository roles, IMovieRepository movies, IActorRepository actors, IUnitOfWork unitOfWork, IMapper mapper)
    : IRequestHandler<UpdateRoleCommand, RoleDto>
{
    public async Task<RoleDto> Handle(UpdateRoleCommand request, CancellationToken cancellationToken)
    {
        var role = await roles.FindWithActorAsync(request.Id, cancellationToken) ?? throw new NotFoundException("role", request.Id);
        Concurrency.EnsureVersion(role, request.ExpectedVersion);

        var movieId = request.Pick(nameof(request.MovieId), request.MovieId, role.MovieId)!.Value;
        if (movieId != role.MovieId)
        {
            await RoleReferences.EnsureMovieExistsAsync(movies, movieId, cancellationToken);
        }

        var actor = role.Actor;
        if (request.IsPresent(nameof(request.ActorId)))
        {
            actor = request.ActorId is { } actorId
                ? (actorId == role.ActorId && role.Actor is not null ? role.Actor : await RoleReferences.LoadActorAsync(actors, actorId, cancellationToken))
                : null;
        }

        // The domain checks the casting rule against the merged terms and refuses, unchanged, with a 409.
        role.Update(
            request.Pick(nameof(request.Name), request.Name, role.Name)!,
            request.IsPresent(nameof(request.Gender)) ? WireNames<RoleGender>.Parse(request.Gender!) : role.Gender,
            request.Pick(nameof(request.MinAge), request.MinAge, role.MinAge)!.Value,
            request.Pick(nameof(request.MaxAge), request.MaxAge, role.MaxAge)!.Value,
            request.Pick(nameof(request.Description), request.Description, role.Description),
            actor);
        if (movieId != role.MovieId)
        {
            role.MoveTo(movieId);
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        return mapper.Map<RoleDto>(role);
    }
}
