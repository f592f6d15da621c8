using System.ComponentModel;
using CastingAgency.Application.Submissions.Dtos;
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
