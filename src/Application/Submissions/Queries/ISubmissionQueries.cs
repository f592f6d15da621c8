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
