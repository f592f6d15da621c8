using System.Text.Json.Serialization;
using AutoMapper;
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

/// <summary>The body of <c>POST /breakdowns/{role_id}/submissions</c>: a roster actor, and a note for the casting team.</summary>
public sealed record CreateSubmissionCommand : FieldSet, IRequest<SubmissionDto>
{
    /// <summary>Required: an actor on the caller's roster.</summary>
    public Optional<int?> ActorId { get; init; }

    /// <summary>≤ 2000 characters.</summary>
    public Optional<string?> Note { get; init; }

    [JsonIgnore]
    public int RoleId { get; init; }

    /// <summary>The agency the caller acts for, from its token.</summary>
    [JsonIgnore]
    public string Agency { get; init; } = string.Empty;
}

public sealed class CreateSubmissionCommandValidator : AbstractValidator<CreateSubmissionCommand>
{
    public CreateSubmissionCommandValidator()
    {
        RuleFor(c => c.ActorId.Value).Required();
        RuleFor(c => c.ActorId.Value).GreaterThanOrEqualTo(1).WithMessage(Guard.Messages.NotPositive("{PropertyName}"));
        RuleFor(c => c.Note.Value).OptionalLongText(Submission.NoteMaxLength);
    }
}

public sealed class CreateSubmissionCommandHandler(
    IActorRepository actors, ISubmissionRepository submissions, IUnitOfWork unitOfWork, IMapper mapper, TimeProvider time)
    : IRequestHandler<CreateSubmissionCommand, SubmissionDto>
{
    public async Task<SubmissionDto> Handle(CreateSubmissionCommand request, CancellationToken cancellationToken)
    {
        var role = await submissions.FindBreakdownRoleAsync(request.RoleId, cancellationToken);
        if (role is null || !role.IsOpenForSubmissions(time.GetUtcNow().UtcDateTime))
        {
            throw new NotFoundException("breakdown", request.RoleId);
        }

        var actorId = request.ActorId.Value!.Value;
        var actor = await actors.FindAsync(actorId, cancellationToken);
        if (actor is null || actor.AgencyId != request.Agency)
        {
            throw new Common.Exceptions.ValidationException("actor_id", $"actor {actorId} is not on your roster");
        }

        // The entity checks the casting rule (409); the unique (role, actor) key refuses a second submission, here
        // or, for a concurrent one, when it is stored.
        var submission = new Submission(role, actor, request.Agency, request.Note.Value);
        if (await submissions.ExistsForAsync(role.Id, actor.Id, cancellationToken))
        {
            throw new ConflictException(AlreadySubmitted(role.Id, actor.Id));
        }

        submissions.Add(submission);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return mapper.Map<SubmissionDto>(submission);
    }

    public static string AlreadySubmitted(int roleId, int actorId) => $"actor {actorId} is already submitted to role {roleId}";
}

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
