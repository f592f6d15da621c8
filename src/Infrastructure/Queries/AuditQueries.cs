using CastingAgency.Application.Audit.Dtos;
using CastingAgency.Application.Audit.Queries;
using CastingAgency.Application.Audit.Queries.ListAudit;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.Infrastructure.Persistence;
using CastingAgency.Infrastructure.Persistence.Visibility;
using CastingAgency.Infrastructure.Queries.Lists;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.Infrastructure.Queries;

/// <summary>
/// The audit trail's reads, as the caller sees it (records of a movie the caller does not see are left out by the
/// visibility filter, <see cref="Persistence.Visibility.ProductionVisibility"/>). Unfiltered, the total of a caller who
/// sees every production is the maintained count of <c>audit_records</c> (ADR-011); any other caller's is counted. Each
/// filter is served by an index that ends with the id; newest first is the primary key read backwards.
/// </summary>
internal sealed class AuditQueries(CastingAgencyDbContext context, ICurrentUser user, ListReader lists) : IAuditQueries
{
    public Task<PagedList<AuditRecordDto>> ListAsync(AuditFilter filter, PageRequest paging, CancellationToken cancellationToken)
    {
        var records = context.Set<AuditRecord>().Visible(context);
        return lists.ReadAsync<AuditRecord, AuditRecordDto>(
            new ListSpec<AuditRecord>("audit", filter, Filtered(records, filter), AuditFilter.Sorting,
                user.SeesEveryProduction ? new ListTotal.EveryRow() : new ListTotal.OwnCondition()) { Rows = records },
            paging,
            cancellationToken);
    }

    /// <summary>Narrows <paramref name="query"/> by every filter that is set (AND).</summary>
    internal static IQueryable<AuditRecord> Filtered(IQueryable<AuditRecord> query, AuditFilter filter)
    {
        if (filter.Resource is { } resource)
        {
            var name = resource.Trim().ToLowerInvariant();
            query = query.Where(r => r.Resource == name);
        }

        query = filter.ResourceId is { } id ? query.Where(r => r.ResourceId == id) : query;
        query = filter.MovieId is { } movie ? query.Where(r => r.MovieId == movie) : query;
        query = filter.By is { } by ? query.Where(r => r.By == by) : query;
        if (filter.Action is { } text && WireNames<AuditAction>.TryParse(text, out var action))
        {
            query = query.Where(r => r.Action == action);
        }

        if (filter.From is { } from)
        {
            var since = from.UtcDateTime;
            query = query.Where(r => r.At >= since);
        }

        if (filter.To is { } to)
        {
            var until = to.UtcDateTime;
            query = query.Where(r => r.At < until);
        }

        return query;
    }
}
