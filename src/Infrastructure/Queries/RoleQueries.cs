using System.Linq.Expressions;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Roles.Dtos;
using CastingAgency.Application.Roles.Queries;
using CastingAgency.Application.Roles.Queries.ListRoles;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.Infrastructure.Queries.Lists;

namespace CastingAgency.Infrastructure.Queries;

/// <summary>The roles' reads; the candidates' in <c>RoleQueries.Candidates.cs</c>.</summary>
internal sealed partial class RoleQueries(
    IRoleRepository roles, IActorRepository actors, IRowCounts counts, IQueryRunner runner, IMapper mapper, ListReader lists) : IRoleQueries
{
    /// <summary>A filtered or deep page reads its ids first (<see cref="ListSpec{TEntity}.Rows"/>).</summary>
    public Task<PagedList<RoleDto>> ListAsync(RoleFilter filter, PageRequest paging, CancellationToken cancellationToken) =>
        lists.ReadAsync<Role, RoleDto>(
            new ListSpec<Role>("roles", filter, Filtered(roles.Query(), filter), RoleFilter.Sorting, new ListTotal.EveryRow()) { Rows = roles.Query() },
            paging,
            cancellationToken);

    public Task<IReadOnlyList<RoleDto>> ListOfMovieAsync(int movieId, CancellationToken cancellationToken) =>
        OwnedAsync(r => r.MovieId == movieId, cancellationToken);

    public Task<IReadOnlyList<RoleDto>> ListOfActorAsync(int actorId, CancellationToken cancellationToken) =>
        OwnedAsync(r => r.ActorId == actorId, cancellationToken);

    /// <summary>Narrows <paramref name="query"/> by <paramref name="filter"/>: by every filter that is set (AND).</summary>
    internal static IQueryable<Role> Filtered(IQueryable<Role> query, RoleFilter filter)
    {
        query = AnyOf.Ids(query, filter.Id, r => r.Id);
        if (!string.IsNullOrEmpty(filter.SearchTerm))
        {
            var term = Guard.Normalize(filter.SearchTerm)!;
            query = query.Where(r => r.NameNormalized.Contains(term));
        }

        query = filter.MovieId is { } movieId ? query.Where(r => r.MovieId == movieId) : query;
        query = filter.ActorId is { } actorId ? query.Where(r => r.ActorId == actorId) : query;

        if (filter.Name is not null)
        {
            var name = Guard.Normalize(filter.Name);
            query = query.Where(r => r.NameNormalized == name);
        }

        query = AnyOf.Enums<Role, RoleGender, RoleGender>(query, filter.Gender, r => r.Gender);

        if (filter.Cast is { } cast)
        {
            query = cast ? query.Where(r => r.ActorId != null) : query.Where(r => r.ActorId == null);
        }

        query = filter.Age is { } age ? query.Where(r => r.MinAge <= age && r.MaxAge >= age) : query;
        query = filter.MinAge is { } minAge ? query.Where(r => r.MinAge >= minAge) : query;
        query = filter.MaxAge is { } maxAge ? query.Where(r => r.MaxAge <= maxAge) : query;

        return query;
    }

    /// <summary>The roles that belong to one movie or one actor, ordered by id.</summary>
    private async Task<IReadOnlyList<RoleDto>> OwnedAsync(Expression<Func<Role, bool>> belongsToOwner, CancellationToken cancellationToken) =>
        await runner.ToListAsync(
            roles.Query().Where(belongsToOwner).OrderBy(r => r.Id).ProjectTo<RoleDto>(mapper.ConfigurationProvider),
            cancellationToken);
}
