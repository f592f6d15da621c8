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
