using AutoMapper;
using AutoMapper.QueryableExtensions;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Roles.Dtos;
using MediatR;

namespace CastingAgency.Application.Roles.Queries.ListMovieRoles;

/// <summary><c>GET /movies/{id}/roles</c>: every role of the movie, cast or open, ordered by id.</summary>
public sealed record ListMovieRolesQuery(int MovieId) : IRequest<IReadOnlyList<RoleDto>>;

public sealed class ListMovieRolesQueryHandler(IMovieRepository movies, IRoleRepository roles, IQueryRunner runner, IMapper mapper)
    : IRequestHandler<ListMovieRolesQuery, IReadOnlyList<RoleDto>>
{
    public async Task<IReadOnlyList<RoleDto>> Handle(ListMovieRolesQuery request, CancellationToken cancellationToken)
    {
        if (!await runner.AnyAsync(movies.Query().Where(m => m.Id == request.MovieId), cancellationToken))
        {
            throw new NotFoundException("movie", request.MovieId);
        }

        return await runner.ToListAsync(
            roles.Query().Where(r => r.MovieId == request.MovieId).OrderBy(r => r.Id).ProjectTo<RoleDto>(mapper.ConfigurationProvider),
            cancellationToken);
    }
}
