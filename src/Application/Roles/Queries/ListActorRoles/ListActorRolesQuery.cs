using AutoMapper;
using AutoMapper.QueryableExtensions;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Roles.Dtos;
using MediatR;

namespace CastingAgency.Application.Roles.Queries.ListActorRoles;

/// <summary><c>GET /actors/{id}/roles</c>: the roles the actor holds, ordered by id.</summary>
public sealed record ListActorRolesQuery(int ActorId) : IRequest<IReadOnlyList<RoleDto>>;

public sealed class ListActorRolesQueryHandler(IActorRepository actors, IRoleRepository roles, IQueryRunner runner, IMapper mapper)
    : IRequestHandler<ListActorRolesQuery, IReadOnlyList<RoleDto>>
{
    public async Task<IReadOnlyList<RoleDto>> Handle(ListActorRolesQuery request, CancellationToken cancellationToken)
    {
        if (!await runner.AnyAsync(actors.Query().Where(a => a.Id == request.ActorId), cancellationToken))
        {
            throw new NotFoundException("actor", request.ActorId);
        }

        return await runner.ToListAsync(
            roles.Query().Where(r => r.ActorId == request.ActorId).OrderBy(r => r.Id).ProjectTo<RoleDto>(mapper.ConfigurationProvider),
            cancellationToken);
    }
}
