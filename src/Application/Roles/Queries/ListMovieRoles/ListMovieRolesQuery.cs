using AutoMapper;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Roles.Dtos;
using MediatR;

namespace CastingAgency.Application.Roles.Queries.ListMovieRoles;

/// <summary><c>GET /movies/{id}/roles</c>: every role of the movie, cast or open, ordered by id.</summary>
public sealed record ListMovieRolesQuery(int MovieId) : IRequest<IReadOnlyList<RoleDto>>;

public sealed class ListMovieRolesQueryHandler(IMovieRepository movies, IRoleRepository roles, IQueryRunner runner, IMapper mapper)
    : IRequestHandler<ListMovieRolesQuery, IReadOnlyList<RoleDto>>
{
    public Task<IReadOnlyList<RoleDto>> Handle(ListMovieRolesQuery request, CancellationToken cancellationToken) =>
        RolesOfOwner.ListAsync(
            movies, "movie", request.MovieId, roles.Query(), r => r.MovieId == request.MovieId, runner, mapper, cancellationToken);
}
