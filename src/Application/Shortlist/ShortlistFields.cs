using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Common.Validation;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;
using FluentValidation;

namespace CastingAgency.Application.Shortlist;

/// <summary>
/// The writable fields of a shortlist entry (docs/api.md §9): the body of <c>POST /roles/{id}/shortlist</c> and of
/// <c>PATCH /shortlist/{id}</c>.
/// </summary>
public abstract record ShortlistFields : FieldSet
{
    /// <summary>The actor to shortlist; required on create, then fixed. They must exist and fit the role.</summary>
    public Optional<int?> ActorId { get; init; }

    /// <summary>PATCH only: <c>shortlisted</c>, <c>callback</c>, <c>offered</c>, <c>cast</c>, <c>declined</c> or <c>released</c>, along the allowed edges.</summary>
    public Optional<ShortlistStatus?> Status { get; init; }

    public Optional<string?> Note { get; init; }
}

public abstract class ShortlistFieldsValidator<T> : AbstractValidator<T>
    where T : ShortlistFields
{
    protected ShortlistFieldsValidator(bool patch)
    {
        if (patch)
        {
            this.NotEmptyPatch();
            RuleFor(c => c.ActorId).Absent("actor_id is fixed once the actor is shortlisted.");
            this.NotNullWhenPresent(c => c.Status);
        }
        else
        {
            RuleFor(c => c.ActorId.Value).Required()
                .GreaterThanOrEqualTo(1).WithMessage(Guard.Messages.NotPositive("{PropertyName}"));
            RuleFor(c => c.Status).Absent("status is shortlisted on create; move it with PATCH /shortlist/{id}.");
        }

        RuleFor(c => c.Note.Value).OptionalLongText(Limits.DescriptionMaxLength);
    }
}
