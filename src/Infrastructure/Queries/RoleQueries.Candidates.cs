using CastingAgency.Application.Actors.Dtos;
using CastingAgency.Application.Actors.Queries.ListActors;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.Domain.Rules;
using CastingAgency.Infrastructure.Queries.Lists;

namespace CastingAgency.Infrastructure.Queries;

/// <summary>
/// <c>GET /roles/{id}/candidates</c>: the actors who fit the role by the casting rule, except the one already cast,
/// narrowed further by the actor filters. A page in id order is either walked (by the gender's index on
/// (gender, id, age)) or merged from each age's first rows, whichever the maintained counts say is cheaper.
/// </summary>
internal sealed partial class RoleQueries
{
    /// <summary>What reading one age's first rows costs, in index entries that a walk over (gender, id, age) passes (docs/performance.md).</summary>
    internal const int RowsPerAge = 1_000;

    /// <summary>What a row of a walk by primary key (a role open to any gender) costs in index entries: it fetches the row to test the age.</summary>
    internal const int HeapRowCost = 3;

    /// <summary>The most ages a page is merged from: a wider role fits enough actors for the walk in id order.</summary>
    internal const int MaxMergedAges = 64;

    public async Task<PagedList<ActorDto>> ListCandidatesAsync(
        int roleId, RoleCasting role, ActorFilter filter, PageRequest paging, CancellationToken cancellationToken)
    {
        // The actor filters' ages narrow the role's range: one age condition (one list, one part per age), not the
        // role's and the filter's side by side in every part (64 parts × a list of ages passed SQL Server's 2,100
        // parameters, and a list beside a part's own age costs PostgreSQL the part's order).
        var (minAge, maxAge) = Narrowed(role.MinAge, role.MaxAge, filter);
        var actorFilter = filter with { Age = null, MinAge = null, MaxAge = null };

        // One read of the maintained counts per gender and age (ADR-011) gives the total and chooses the page's plan.
        var unfiltered = ListReader.IsUnfiltered(filter);
        var groups = minAge <= maxAge && ((paging.IncludeTotalOrDefault && unfiltered) || paging.Sort is null)
            ? await counts.CountActorsAsync(Genders(role.Gender), minAge, maxAge, cancellationToken)
            : null;

        // A page of listed ids is at most 100 rows: it walks (and its list would stand again in every part).
        var eligible = Eligible(actors.Query(), role.Gender, role.ActorId);
        var segments = groups is { } g && filter.Id is not { Count: > 0 }
            && MergeByAge(g, maxAge - minAge + 1, paging, role.Gender == RoleGender.Any)
            ? PartAges(minAge, maxAge).Select(age => ActorQueries.Filtered(OfAge(eligible, minAge, age), actorFilter)).ToList()
            : null;

        // The role's constraints are part of the list: a cursor is bound to the role (its id names the list) and to
        // the filters as sent. A page that is not merged reads its ids first: in id order, a walk over (gender, id,
        // age) that tests the age in the index, where the rows it passes would otherwise each be fetched; in another
        // order, that order's index.
        var list = new ListSpec<Actor>(
            $"roles/{roleId}/candidates", filter, ActorQueries.Filtered(OfAges(eligible, minAge, maxAge), actorFilter), ActorFilter.Sorting,
            new ListTotal.OwnCondition(groups is { } known ? Total(known, role) : null))
        {
            Rows = actors.Query(),
            Parts = segments,
        };
        return await lists.ReadAsync<Actor, ActorDto>(list, paging, cancellationToken);
    }

    /// <summary>
    /// Without actor filters the total is the maintained count of the role's genders and ages, less the actor
    /// already cast when they still fit (by the casting rule, on the gender and age read with the role): a sum over
    /// at most a few hundred rows instead of a count of every fitting actor.
    /// </summary>
    private static long Total(ActorCounts groups, RoleCasting role)
    {
        var castFits = role is { CastGender: { } gender, CastAge: { } age } && CastingRule.Fits(role.Gender, role.MinAge, role.MaxAge, gender, age);
        return castFits ? groups.Fitting - 1 : groups.Fitting;
    }

    /// <summary>
    /// Whether a page in id order is cheaper merged from each age's first rows than walked: the walk passes about
    /// (rows to the page's end) × actors of the role's genders / fitting actors entries, bounded here by all actors
    /// (the counts read gives no total per gender), the merge costs about <see cref="RowsPerAge"/> a part. A rare
    /// role (female, 110 to 120) would walk every female actor; a common one, a few dozen entries.
    /// </summary>
    internal static bool MergeByAge(ActorCounts groups, int ages, PageRequest paging, bool anyGender = false)
    {
        if (ages > MaxMergedAges)
        {
            return false;
        }

        var size = paging.PageSizeOrDefault;
        var depth = paging.Cursor is null ? ((long)paging.PageOrDefault * size) + 1 : size + 1;
        var walked = depth * groups.All / Math.Max(groups.Fitting, 1) * (anyGender ? HeapRowCost : 1);
        return groups.Fitting == 0 || walked > (long)RowsPerAge * ages;
    }

    /// <summary>The role's ages within the filter's <c>age</c>, <c>min_age</c> and <c>max_age</c> (empty when min &gt; max).</summary>
    internal static (int Min, int Max) Narrowed(int minAge, int maxAge, ActorFilter filter)
    {
        var min = Math.Max(minAge, Math.Max(filter.MinAge ?? int.MinValue, filter.Age ?? int.MinValue));
        var max = Math.Min(maxAge, Math.Min(filter.MaxAge ?? int.MaxValue, filter.Age ?? int.MaxValue));
        return (min, max);
    }

    private static Gender[] Genders(RoleGender roleGender) =>
        roleGender == RoleGender.Any ? Enum.GetValues<Gender>() : [CastingRule.ToGender(roleGender)];

    /// <summary>
    /// One part of a merged page: the actors of one age, in one index range. The role's lowest age stays a bound so
    /// that a padding part (<see cref="PartAges"/>) reads nothing; a list of ages beside the equality would cost the
    /// part its order on PostgreSQL.
    /// </summary>
    private static IQueryable<Actor> OfAge(IQueryable<Actor> query, int minAge, int age) => query.Where(a => a.Age >= minAge && a.Age == age);

    private static IQueryable<Actor> OfAges(IQueryable<Actor> query, int minAge, int maxAge) =>
        AnyOf.Between(query, minAge, maxAge, a => a.Age, Limits.MinAge, Limits.MaxAge);

    /// <summary>
    /// The age of each part of a merged page: the role's ages, padded to a power of two with an age below its range
    /// (a part that reads nothing: its bound, <see cref="OfAge"/>, excludes it). Each number of parts is one statement
    /// shape, for EF Core's query cache and for the connection's prepared statements: 7 shapes (1, 2, 4 … 64 parts)
    /// instead of one per width.
    /// </summary>
    internal static IEnumerable<int> PartAges(int minAge, int maxAge)
    {
        var ages = maxAge - minAge + 1;
        var parts = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)ages);
        return Enumerable.Range(minAge, ages).Concat(Enumerable.Repeat(minAge - 1, parts - ages));
    }

    /// <summary>
    /// The casting rule as a query: every comparison is against a constant of the column's own type,
    /// so the provider translates it (the gender column is stored by wire name). The actor already cast is left out.
    /// </summary>
    internal static IQueryable<Actor> Fitting(IQueryable<Actor> query, Role role) =>
        OfAges(Eligible(query, role.Gender, role.ActorId), role.MinAge, role.MaxAge);

    /// <summary>The casting rule's gender, and the cast actor left out: the candidates before their ages.</summary>
    private static IQueryable<Actor> Eligible(IQueryable<Actor> query, RoleGender roleGender, int? castActorId)
    {
        if (roleGender != RoleGender.Any)
        {
            var gender = CastingRule.ToGender(roleGender);
            query = query.Where(a => a.Gender == gender);
        }

        return castActorId is { } cast ? query.Where(a => a.Id != cast) : query;
    }
}
