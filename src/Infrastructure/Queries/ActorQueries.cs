using AutoMapper;
using AutoMapper.QueryableExtensions;
using CastingAgency.Application.Actors.Dtos;
using CastingAgency.Application.Actors.Queries;
using CastingAgency.Application.Actors.Queries.ListActors;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.Infrastructure.Persistence.Visibility;
using CastingAgency.Infrastructure.Queries.Lists;

namespace CastingAgency.Infrastructure.Queries;

internal sealed class ActorQueries(IActorRepository actors, ListReader lists, IQueryRunner runner, IMapper mapper) : IActorQueries
{
    /// <summary>A filtered or deep page reads its ids first (<see cref="ListSpec{TEntity}.Rows"/>).</summary>
    public Task<PagedList<ActorDto>> ListAsync(ActorFilter filter, PageRequest paging, CancellationToken cancellationToken) =>
        lists.ReadAsync<Actor, ActorDto>(
            new ListSpec<Actor>("actors", filter, Filtered(actors.Query(), filter), ActorFilter.Sorting, new ListTotal.EveryRow()) { Rows = actors.Query() },
            paging,
            cancellationToken);

    /// <summary>The agency's actors only, by the (agency, id) index; its total is counted (a condition of its own).</summary>
    public Task<PagedList<ActorDto>> ListRosterAsync(string agency, ActorFilter filter, PageRequest paging, CancellationToken cancellationToken) =>
        lists.ReadAsync<Actor, ActorDto>(
            new ListSpec<Actor>(
                "roster", filter, Filtered(actors.Query().OnRosterOf(agency), filter), ActorFilter.Sorting, new ListTotal.OwnCondition()),
            paging,
            cancellationToken);

    public async Task<ActorDto?> GetOnRosterAsync(string agency, int id, CancellationToken cancellationToken) =>
        (await runner.ToListAsync(
            actors.Query().OnRosterOf(agency).Where(a => a.Id == id).ProjectTo<ActorDto>(mapper.ConfigurationProvider),
            cancellationToken)).SingleOrDefault();

    /// <summary>Narrows <paramref name="query"/> by <paramref name="filter"/>: by every filter that is set (AND). Each maps to an indexed column.</summary>
    internal static IQueryable<Actor> Filtered(IQueryable<Actor> query, ActorFilter filter)
    {
        query = AnyOf.Ids(query, filter.Id, a => a.Id);
        if (!string.IsNullOrEmpty(filter.SearchTerm))
        {
            var term = Guard.Normalize(filter.SearchTerm)!;
            query = query.Where(a => a.NameNormalized.Contains(term));
        }

        if (filter.Name is not null)
        {
            var name = Guard.Normalize(filter.Name);
            query = query.Where(a => a.NameNormalized == name);
        }

        query = filter.Age is { } age ? query.Where(a => a.Age == age) : query;
        query = AnyOf.Between(query, filter.MinAge, filter.MaxAge, a => a.Age, Limits.MinAge, Limits.MaxAge);
        query = AnyOf.Enums<Actor, Gender, Gender>(query, filter.Gender, a => a.Gender);

        if (filter.Location is not null)
        {
            var location = Guard.Normalize(filter.Location);
            query = query.Where(a => a.LocationNormalized == location);
        }

        query = filter.Passport is { } passport ? query.Where(a => a.Passport == passport) : query;
        query = filter.DriverLicense is { } driverLicense ? query.Where(a => a.DriverLicense == driverLicense) : query;
        query = AnyOf.Enums<Actor, Ethnicity, Ethnicity?>(query, filter.Ethnicity, a => a.Ethnicity);
        query = AnyOf.Enums<Actor, HairColor, HairColor?>(query, filter.HairColor, a => a.HairColor);
        query = AnyOf.Enums<Actor, EyeColor, EyeColor?>(query, filter.EyeColor, a => a.EyeColor);
        query = AnyOf.Enums<Actor, BodyType, BodyType?>(query, filter.BodyType, a => a.BodyType);
        query = filter.Height is { } height ? query.Where(a => a.Height == height) : query;
        query = filter.MinHeight is { } minHeight ? query.Where(a => a.Height >= minHeight) : query;
        query = filter.MaxHeight is { } maxHeight ? query.Where(a => a.Height <= maxHeight) : query;

        if (filter.Email is not null)
        {
            var email = Guard.Normalize(filter.Email);
            query = query.Where(a => a.EmailNormalized == email);
        }

        query = filter.UnionMember is { } unionMember ? query.Where(a => a.UnionMember == unionMember) : query;

        return query;
    }
}
