using CastingAgency.Application.Common.Validation;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;
using FluentValidation;

namespace CastingAgency.Application.Audit.Queries.ListAudit;

/// <summary>The checks of the audit filters (422 when broken).</summary>
public sealed class AuditFilterValidator : AbstractValidator<AuditFilter>
{
    /// <summary>A resource name is short; a token subject is 1–255 characters.</summary>
    public const int ResourceMaxLength = 32;

    public const int SubjectMaxLength = 255;

    public AuditFilterValidator()
    {
        RuleFor(f => f.Resource).OptionalText(ResourceMaxLength);
        RuleFor(f => f.ResourceId).GreaterThanOrEqualTo(1).WithMessage(Guard.Messages.NotPositive("resource_id"));
        RuleFor(f => f.MovieId).GreaterThanOrEqualTo(1).WithMessage(Guard.Messages.NotPositive("movie_id"));
        RuleFor(f => f.By).OptionalText(SubjectMaxLength);
        RuleFor(f => f.Action).WireEnum<AuditAction, AuditFilter>();
        RuleFor(f => f.To)
            .Must((f, to) => f.From is not { } from || to is not { } until || until > from)
            .WithMessage("to must be after from.");
    }
}
