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

public sealed class CreateSubmissionCommandHandler(ISubmissionRepository submissions, IUnitOfWork unitOfWork, IMapper mapper, TimeProvider time)
    : IRequestHandler<CreateSubmissionCommand, SubmissionDto>
{
    public async Task<SubmissionDto> Handle(CreateSubmissionCommand request, CancellationToken cancellationToken)
    {
        // The role, the actor (only when on the caller's roster) and the pre-check, in one read.
        var actorId = request.ActorId.Value!.Value;
        var target = await submissions.FindTargetAsync(request.RoleId, actorId, request.Agency, cancellationToken);
        if (target is not { Role: var role } || !role.IsOpenForSubmissions(time.GetUtcNow().UtcDateTime))
        {
            throw new NotFoundException("breakdown", request.RoleId);
        }

        var actor = target.Actor ?? throw new Common.Exceptions.ValidationException("actor_id", $"actor {actorId} is not on your roster");

        // The entity checks the casting rule (409); the unique (role, actor) key refuses a second submission, here
        // or, for a concurrent one, when it is stored.
        var submission = new Submission(role, actor, request.Agency, request.Note.Value);
        if (target.AlreadySubmitted)
        {
            throw new ConflictException(AlreadySubmitted(role.Id, actor.Id));
        }

        submissions.Add(submission);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return mapper.Map<SubmissionDto>(submission);
    }

    public static string AlreadySubmitted(int roleId, int actorId) => $"actor {actorId} is already submitted to role {roleId}";
}
