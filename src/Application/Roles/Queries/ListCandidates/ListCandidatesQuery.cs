using CastingAgency.Application.Actors;
using CastingAgency.Application.Actors.Dtos;
using CastingAgency.Application.Actors.Queries.ListActors;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using MediatR;

namespace CastingAgency.Application.Roles.Queries.ListCandidates;

/// <summary>
/// <c>GET /roles/{id}/candidates</c>: the actors who fit the role by the casting rule, except the one
/// already cast, narrowed further by the actor filters (both apply).
/// </summary>
public sealed record ListCandidatesQuery(int RoleId, ActorFilter Filter, PageRequest Paging) : IRequest<PagedList<ActorDto>>, IFiltersActors;

public sealed class ListCandidatesQueryHandler(IRoleRepository roles, IRoleQueries queries)
    : IRequestHandler<ListCandidatesQuery, PagedList<ActorDto>>
{
    public async Task<PagedList<ActorDto>> Handle(ListCandidatesQuery request, CancellationToken cancellationToken)
    {
        // The role's constraints and, when it is cast, its actor's gender and age.
        var role = await roles.FindCastingAsync(request.RoleId, cancellationToken)
            ?? throw new NotFoundException("role", request.RoleId);
        return await queries.ListCandidatesAsync(request.RoleId, role, request.Filter, request.Paging, cancellationToken);
    }
}
