using AutoMapper;
using AutoMapper.QueryableExtensions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Submissions.Dtos;
using CastingAgency.Application.Submissions.Queries;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.Infrastructure.Persistence.Visibility;
using CastingAgency.Infrastructure.Queries.Lists;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.Infrastructure.Queries;

/// <summary>
/// The submission lists: an agency's by the (AgencyId, Id) index, past the production filter (a breakdown is
/// published whatever its production; the agency sees only its own, <see cref="AgencyScope"/>); a role's, filtered, by
/// (RoleId, Id) (a range in id order that stops after the page, and an index-only count) or, with a status filter,
/// (RoleId, Status, Id).
/// </summary>
internal sealed class SubmissionQueries(ISubmissionRepository submissions, ListReader lists, IQueryRunner runner, IMapper mapper) : ISubmissionQueries
{
    public Task<PagedList<SubmissionDto>> ListOfAgencyAsync(string agency, SubmissionFilter filter, PageRequest paging, CancellationToken cancellationToken) =>
        lists.ReadAsync<Submission, SubmissionDto>(
            new ListSpec<Submission>("submissions", filter, Filtered(OfAgency(agency), filter), SubmissionFilter.Sorting, new ListTotal.OwnCondition()),
            paging,
            cancellationToken);

    public async Task<SubmissionDto?> GetOfAgencyAsync(int id, string agency, CancellationToken cancellationToken) =>
        (await runner.ToListAsync(
            OfAgency(agency).Where(s => s.Id == id).ProjectTo<SubmissionDto>(mapper.ConfigurationProvider),
            cancellationToken)).SingleOrDefault();

    public Task<PagedList<SubmissionDto>> ListOfRoleAsync(int roleId, SubmissionFilter filter, PageRequest paging, CancellationToken cancellationToken) =>
        lists.ReadAsync<Submission, SubmissionDto>(
            new ListSpec<Submission>(
                $"roles/{roleId}/submissions", filter, Filtered(submissions.Query().Where(s => s.RoleId == roleId), filter),
                SubmissionFilter.Sorting, new ListTotal.OwnCondition()),
            paging,
            cancellationToken);

    private IQueryable<Submission> OfAgency(string agency) => submissions.Query().OfAgency(agency);

    private static IQueryable<Submission> Filtered(IQueryable<Submission> query, SubmissionFilter filter)
    {
        query = AnyOf.Ids(query, filter.Id, s => s.Id);
        if (filter.Status is { Length: > 0 })
        {
            var statuses = filter.Status.Select(WireNames<SubmissionStatus>.Parse).Distinct().ToList();
            query = query.Where(s => statuses.Contains(s.Status));
        }

        query = filter.RoleId is { } roleId ? query.Where(s => s.RoleId == roleId) : query;
        query = filter.AgencyId is { } agencyId ? query.Where(s => s.AgencyId == agencyId) : query;
        return query;
    }
}
