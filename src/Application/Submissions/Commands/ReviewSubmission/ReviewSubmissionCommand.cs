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

/// <summary>The body of <c>PATCH /submissions/{id}</c>: the casting team's decision.</summary>
public sealed record ReviewSubmissionCommand : FieldSet, IRequest<SubmissionDto>, IPatchCommand
{
    /// <summary><c>selected</c> (shortlists the actor for the role) or <c>rejected</c>.</summary>
    public Optional<SubmissionStatus?> Status { get; init; }

    [JsonIgnore]
    public int Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}

public sealed class ReviewSubmissionCommandValidator : AbstractValidator<ReviewSubmissionCommand>
{
    public ReviewSubmissionCommandValidator()
    {
        RuleFor(c => c.Status.Value).Required();
        RuleFor(c => c.Status.Value)
            .Must(s => s is null or SubmissionStatus.Selected or SubmissionStatus.Rejected)
            .WithMessage("status must be one of: selected, rejected.");
    }
}

public sealed class ReviewSubmissionCommandHandler(
    ISubmissionRepository submissions, IRoleRepository roles, IActorRepository actors, IUnitOfWork unitOfWork, ICurrentUser user, IMapper mapper)
    : IRequestHandler<ReviewSubmissionCommand, SubmissionDto>
{
    public async Task<SubmissionDto> Handle(ReviewSubmissionCommand request, CancellationToken cancellationToken)
    {
        var submission = await submissions.FindAsync(request.Id, cancellationToken) ?? throw new NotFoundException("submission", request.Id);
        Concurrency.EnsureVersion(submission, request.ExpectedVersion);
        if (request.Status.Value == SubmissionStatus.Selected)
        {
            // As POST /roles/{id}/shortlist: the role with its shortlist, then the actor; the role refuses (409) when
            // it is cast, already lists the actor or the actor no longer fits, and the write relies on the role as read.
            var role = await roles.FindWithShortlistAsync(submission.RoleId, cancellationToken)
                       ?? throw new NotFoundException("submission", request.Id);
            var actor = await actors.FindAsync(submission.ActorId, cancellationToken) ?? throw new NotFoundException("submission", request.Id);
            submission.Select(role, actor, user.Subject);
        }
        else
        {
            submission.Reject();
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        return mapper.Map<SubmissionDto>(submission);
    }
}
