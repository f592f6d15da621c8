using AutoMapper;
using CastingAgency.Application.Actors;
using CastingAgency.Application.Actors.Dtos;
using CastingAgency.Application.Actors.Queries.ListActors;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.Domain.Rules;
using MediatR;

namespace CastingAgency.Application.Roles.Queries.ListCandidates;

/// <summary>
/// <c>GET /roles/{id}/candidates</c>: the actors who fit the role by the casting rule, except the one
/// already cast, narrowed further by the actor filters (both apply).
/// </summary>
public sealed record ListCandidatesQuery(int RoleId, ActorFilter Filter, PageRequest Paging) : IRequest<PagedList<ActorDto>>;

public sealed class ListCandidatesQueryHandler(IRoleRepository roles, IActorRepository actors, IQueryRunner runner, IMapper mapper, ListReader? lists = null)
    : IRequestHandler<ListCandidatesQuery, PagedList<ActorDto>>
{
    public async Task<PagedList<ActorDto>> Handle(ListCandidatesQuery request, CancellationToken cancellationToken)
    {
        // One statement: the role's constraints and, when it is cast, its actor's gender and age (for the total).
        var role = await runner.FirstOrDefaultAsync(
            roles.Query().Where(r => r.Id == request.RoleId).Select(r => new CandidateRole(
                r.Gender, r.MinAge, r.MaxAge, r.ActorId, r.Actor != null ? r.Actor.Gender : null, r.Actor != null ? r.Actor.Age : null)),
            cancellationToken)
            ?? throw new NotFoundException("role", request.RoleId);

        // The role's constraints are part of the list: a cursor is bound to the role (its id names the list).
        return await (lists ?? ListReader.Ephemeral).ReadAsync<Actor, ActorDto>(
            runner, mapper.ConfigurationProvider, $"roles/{request.RoleId}/candidates", request.Filter,
            request.Filter.Apply(Fitting(actors.Query(), role.Gender, role.MinAge, role.MaxAge, role.ActorId)), ActorFilter.Sorting, request.Paging,
            countable: false, cancellationToken, (counts, ct) => MaintainedTotalAsync(counts, role, ct));
    }

    /// <summary>
    /// Without actor filters the total is the maintained count of the role's genders and ages (ADR-011), less the
    /// actor already cast when they still fit (by the casting rule, on the gender and age read with the role): a sum
    /// over at most a few hundred rows instead of a count of every fitting actor (≈100k per role at a million actors).
    /// </summary>
    private static async Task<long?> MaintainedTotalAsync(IRowCounts counts, CandidateRole role, CancellationToken cancellationToken)
    {
        IReadOnlyCollection<Gender> genders = role.Gender == RoleGender.Any ? Enum.GetValues<Gender>() : [CastingRule.ToGender(role.Gender)];
        if (await counts.CountActorsAsync(genders, role.MinAge, role.MaxAge, cancellationToken) is not { } fitting)
        {
            return null;
        }

        var castFits = role is { CastGender: { } gender, CastAge: { } age } && CastingRule.Fits(role.Gender, role.MinAge, role.MaxAge, gender, age);
        return castFits ? fitting - 1 : fitting;
    }

    /// <summary>What the candidates list needs of its role: the constraints, and the actor cast in it, if any.</summary>
    private sealed record CandidateRole(RoleGender Gender, int MinAge, int MaxAge, int? ActorId, Gender? CastGender, int? CastAge);

    /// <summary>
    /// The casting rule as a query: every comparison is against a constant of the column's own type,
    /// so the provider translates it (the gender column is stored by wire name). The actor already cast is left out.
    /// </summary>
    internal static IQueryable<Actor> Fitting(IQueryable<Actor> query, Role role) =>
        Fitting(query, role.Gender, role.MinAge, role.MaxAge, role.ActorId);

    private static IQueryable<Actor> Fitting(IQueryable<Actor> query, RoleGender roleGender, int minAge, int maxAge, int? castActorId)
    {
        query = query.Where(a => a.Age >= minAge && a.Age <= maxAge);

        if (roleGender != RoleGender.Any)
        {
            var gender = CastingRule.ToGender(roleGender);
            query = query.Where(a => a.Gender == gender);
        }

        if (castActorId is { } cast)
        {
            query = query.Where(a => a.Id != cast);
        }

        return query;
    }
}
