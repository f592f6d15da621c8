using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Roles.Dtos;
using MediatR;

namespace CastingAgency.Application.Roles.Queries.ListMovieRoles;

/// <summary><c>GET /movies/{id}/roles</c>: every role of the movie, cast or open, ordered by id; 404 when the movie does not exist.</summary>
public sealed record ListMovieRolesQuery(int MovieId) : IRequest<IReadOnlyList<RoleDto>>;

public sealed class ListMovieRolesQueryHandler(IMovieRepository movies, IRoleQueries queries)
    : IRequestHandler<ListMovieRolesQuery, IReadOnlyList<RoleDto>>
{
    public async Task<IReadOnlyList<RoleDto>> Handle(ListMovieRolesQuery request, CancellationToken cancellationToken) =>
        await movies.ExistsAsync(request.MovieId, cancellationToken)
            ? await queries.ListOfMovieAsync(request.MovieId, cancellationToken)
            : throw new NotFoundException("movie", request.MovieId);
}
