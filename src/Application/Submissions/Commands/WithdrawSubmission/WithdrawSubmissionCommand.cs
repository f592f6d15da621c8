using System.Text.Json.Serialization;
using AutoMapper;
using CastingAgency.Application.Submissions.Dtos;
using CastingAgency.Application.Common;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Common.Validation;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using FluentValidation;
using MediatR;

namespace CastingAgency.Application.Submissions.Commands;

/// <summary><c>DELETE /submissions/{id}</c>: an agency withdraws one of its submissions while it is <c>submitted</c>.</summary>
public sealed record WithdrawSubmissionCommand(int Id, string Agency, int? ExpectedVersion = null) : IRequest<int>;

public sealed class WithdrawSubmissionCommandHandler(ISubmissionRepository submissions, IUnitOfWork unitOfWork)
    : IRequestHandler<WithdrawSubmissionCommand, int>
{
    public async Task<int> Handle(WithdrawSubmissionCommand request, CancellationToken cancellationToken)
    {
        var submission = await submissions.FindOfAgencyAsync(request.Id, request.Agency, cancellationToken)
                         ?? throw new NotFoundException("submission", request.Id);

        Concurrency.EnsureVersion(submission, request.ExpectedVersion);
        submission.EnsureWithdrawable();
        submissions.Remove(submission);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return submission.Id;
    }
}
