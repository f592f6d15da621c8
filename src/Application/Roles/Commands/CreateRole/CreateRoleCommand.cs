using AutoMapper;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Roles.Dtos;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using MediatR;

namespace CastingAgency.Application.Roles.Commands.CreateRole;

/// <summary>The body of <c>POST /roles</c>. Value types are nullable so that a missing required field is a 422.</summary>
public sealed record CreateRoleCommand : RoleFields, IRequest<RoleDto>;

public sealed class CreateRoleCommandHandler(
    IRoleRepository roles, IMovieRepository movies, IActorRepository actors, IUnitOfWork unitOfWork, IMapper mapper)
    : IRequestHandler<CreateRoleCommand, RoleDto>
{
    public async Task<RoleDto> Handle(CreateRoleCommand request, CancellationToken cancellationToken)
    {
        var movieId = request.MovieId.Value!.Value;
        await RoleReferences.EnsureMovieExistsAsync(movies, movieId, cancellationToken);
        var actor = request.ActorId.Value is { } actorId ? await RoleReferences.LoadActorAsync(actors, actorId, cancellationToken) : null;

        // The entity checks the casting rule: an unfit actor throws CastingRuleViolationException (409).
        var role = new Role(
            movieId,
            request.Name.Value!,
            request.Gender.Value!.Value,
            minAge: request.MinAge.Value!.Value,
            maxAge: request.MaxAge.Value!.Value,
            request.Description.Value,
            actor);
        roles.Add(role);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return mapper.Map<RoleDto>(role);
    }
}
