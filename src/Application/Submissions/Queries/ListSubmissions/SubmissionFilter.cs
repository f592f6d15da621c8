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
