using AutoMapper;
using AutoMapper.QueryableExtensions;
using CastingAgency.Application.Breakdowns.Dtos;
using CastingAgency.Application.Breakdowns.Queries;
using CastingAgency.Application.Breakdowns.Queries.ListBreakdowns;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.Infrastructure.Persistence.Visibility;
using CastingAgency.Infrastructure.Queries.Lists;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.Infrastructure.Queries;

/// <summary>
/// The breakdowns: roles published, not cast and open, read by the (published_at, id) index. No visibility filter:
/// a breakdown shows only what its production publishes (contract §13).
/// </summary>
internal sealed class BreakdownQueries(IRoleRepository roles, ListReader lists, IQueryRunner runner, IMapper mapper, TimeProvider time)
    : IBreakdownQueries
{
    public Task<PagedList<BreakdownDto>> ListAsync(BreakdownFilter filter, PageRequest paging, CancellationToken cancellationToken) =>
        lists.ReadAsync<Role, BreakdownDto>(
            new ListSpec<Role>("breakdowns", filter, Filtered(Listed(), filter), BreakdownFilter.Sorting, new ListTotal.OwnCondition()),
            paging,
            cancellationToken);

    public async Task<BreakdownDto?> GetAsync(int roleId, CancellationToken cancellationToken) =>
        (await runner.ToListAsync(
            Listed().Where(r => r.Id == roleId).ProjectTo<BreakdownDto>(mapper.ConfigurationProvider),
            cancellationToken)).SingleOrDefault();

    /// <summary>The roles listed now: published, not cast, and without a deadline or before it.</summary>
    private IQueryable<Role> Listed()
    {
        var now = time.GetUtcNow().UtcDateTime;
        // A breakdown is published whatever its production: its roles are read past the production filter.
        return roles.Query().IgnoreQueryFilters(ProductionVisibility.Filters).Where(r => r.PublishedAt != null && r.ActorId == null && (r.SubmissionsCloseAt == null || r.SubmissionsCloseAt > now));
    }

    private static IQueryable<Role> Filtered(IQueryable<Role> query, BreakdownFilter filter)
    {
        query = AnyOf.Ids(query, filter.Id, r => r.Id);
        query = AnyOf.Enums<Role, RoleGender, RoleGender>(query, filter.Gender, r => r.Gender);
        query = filter.Age is { } age ? query.Where(r => r.MinAge <= age && r.MaxAge >= age) : query;
        return query;
    }
}
