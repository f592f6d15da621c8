using System.ComponentModel;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Common.Validation;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using FluentValidation;
using MediatR;

namespace CastingAgency.Application.Submissions.Queries;

/// <summary>The submissions' reads; implemented in Infrastructure (ADR-013).</summary>
public interface ISubmissionQueries
{
    /// <summary>A page of one agency's submissions (<c>GET /submissions</c>): totals count only its own.</summary>
    Task<PagedList<SubmissionDto>> ListOfAgencyAsync(string agency, SubmissionFilter filter, PageRequest paging, CancellationToken cancellationToken);

    /// <summary>One of the agency's submissions, whatever production it is for; null when it is not the agency's.</summary>
    Task<SubmissionDto?> GetOfAgencyAsync(int id, string agency, CancellationToken cancellationToken);

    /// <summary>A page of one role's submissions (<c>GET /roles/{id}/submissions</c>).</summary>
    Task<PagedList<SubmissionDto>> ListOfRoleAsync(int roleId, SubmissionFilter filter, PageRequest paging, CancellationToken cancellationToken);
}

/// <summary>The filters of the submission lists; they combine with AND, under the list's own scope (agency or role).</summary>
public sealed record SubmissionFilter : ISortedList<Submission>
{
    /// <summary>An agency's list: newest first unless <c>sort</c> says otherwise.</summary>
    public const string NewestFirst = "-id";

    public static SortMap<Submission> Sorting { get; } = new SortMap<Submission>(s => s.Id)
        .Add("created_at", s => s.CreatedAt);

    [Description("Submissions in any of these statuses (repeat the parameter).")]
    public string[]? Status { get; init; }

    [Description("Submissions to this role.")]
    public int? RoleId { get; init; }

    [Description("Submissions of this agency (on an agency's own list, only its own ever match).")]
    public string? AgencyId { get; init; }

    [Description("Any of these ids (repeatable, at most 100).")]
    public IReadOnlyList<int>? Id { get; init; }
}

public sealed class SubmissionFilterValidator : AbstractValidator<SubmissionFilter>
{
    public SubmissionFilterValidator()
    {
        RuleFor(f => f.Status).AnyOfWireEnum<SubmissionStatus, SubmissionFilter>();
        RuleFor(f => f.RoleId).GreaterThanOrEqualTo(1).WithMessage(Guard.Messages.NotPositive("role_id"));
        RuleFor(f => f.AgencyId).OptionalText(Limits.AgencyIdMaxLength);
        RuleFor(f => f.Id).Ids();
    }
}

/// <summary>
/// A list of submissions: an agency's own (<see cref="Agency"/> set, <c>GET /submissions</c>, newest first) or a
/// role's (<see cref="RoleId"/> set, <c>GET /roles/{id}/submissions</c>, for the casting team).
/// </summary>
public sealed record ListSubmissionsQuery(string? Agency, int? RoleId, SubmissionFilter Filter, PageRequest Paging) : IRequest<PagedList<SubmissionDto>>;

public sealed class ListSubmissionsQueryValidator : AbstractValidator<ListSubmissionsQuery>
{
    public ListSubmissionsQueryValidator()
    {
        this.Paging(q => q.Paging);
        RuleFor(q => q.Paging.Sort).Sort(SubmissionFilter.Sorting).OverridePropertyName("sort");
        RuleFor(q => q.Filter).SetValidator(new SubmissionFilterValidator());
    }
}

public sealed class ListSubmissionsQueryHandler(IRoleRepository roles, ISubmissionQueries queries)
    : IRequestHandler<ListSubmissionsQuery, PagedList<SubmissionDto>>
{
    public async Task<PagedList<SubmissionDto>> Handle(ListSubmissionsQuery request, CancellationToken cancellationToken)
    {
        if (request.Agency is { } agency)
        {
            var paging = string.IsNullOrWhiteSpace(request.Paging.Sort) ? request.Paging with { Sort = SubmissionFilter.NewestFirst } : request.Paging;
            return await queries.ListOfAgencyAsync(agency, request.Filter, paging, cancellationToken);
        }

        var roleId = request.RoleId ?? throw new ArgumentException("a list of submissions is an agency's or a role's", nameof(request));
        if (!await roles.ExistsAsync(roleId, cancellationToken))
        {
            throw new NotFoundException("role", roleId);
        }

        return await queries.ListOfRoleAsync(roleId, request.Filter, request.Paging, cancellationToken);
    }
}

/// <summary><c>GET /submissions/{id}</c>: with <see cref="Agency"/> (an agent), only that agency's; another's is 404.</summary>
public sealed record GetSubmissionQuery(int Id, string? Agency) : IRequest<SubmissionDto>;

public sealed class GetSubmissionQueryHandler(ISubmissionRepository submissions, ISubmissionQueries queries)
    : IRequestHandler<GetSubmissionQuery, SubmissionDto>
{
    public async Task<SubmissionDto> Handle(GetSubmissionQuery request, CancellationToken cancellationToken) =>
        (request.Agency is { } agency
            ? await queries.GetOfAgencyAsync(request.Id, agency, cancellationToken)
            : await submissions.GetAsync<SubmissionDto>(request.Id, cancellationToken))
        ?? throw new NotFoundException("submission", request.Id);
}
