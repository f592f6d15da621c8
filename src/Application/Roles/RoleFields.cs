using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Common.Validation;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;
using FluentValidation;

namespace CastingAgency.Application.Roles;

/// <summary>
/// The writable role fields of docs/api.md §3, stated once: the bodies of <c>POST /roles</c> and
/// <c>PATCH /roles/{id}</c> are both this shape and <see cref="RoleFieldsValidator{T}"/> validates both.
/// Value types are nullable so that a missing required field is a 422.
/// </summary>
public abstract record RoleFields : FieldSet
{
    /// <summary>The movie the role belongs to; it must exist.</summary>
    public Optional<int?> MovieId { get; init; }

    /// <summary>The actor to cast, if any; they must exist and fit the role.</summary>
    public Optional<int?> ActorId { get; init; }

    public Optional<string?> Name { get; init; }

    /// <summary><c>female</c>, <c>male</c>, <c>non-binary</c> or <c>any</c>.</summary>
    public Optional<RoleGender?> Gender { get; init; }

    public Optional<int?> MinAge { get; init; }

    public Optional<int?> MaxAge { get; init; }

    public Optional<string?> Description { get; init; }
}

/// <summary>
/// The one rule set of the role fields: required ones always on create, when present on PATCH (and then never
/// null); <c>actor_id</c> may be null (uncast); the age range must not be inverted.
/// </summary>
public abstract class RoleFieldsValidator<T> : AbstractValidator<T>
    where T : RoleFields
{
    protected RoleFieldsValidator(bool patch)
    {
        if (patch)
        {
            this.NotEmptyPatch();
            this.NotNullWhenPresent(c => c.MovieId);
        }
        else
        {
            RuleFor(c => c.MovieId.Value).Required();
        }

        RuleFor(c => c.MovieId.Value).GreaterThanOrEqualTo(1).WithMessage(Guard.Messages.NotPositive("{PropertyName}"));
        RuleFor(c => c.ActorId.Value).GreaterThanOrEqualTo(1).WithMessage(Guard.Messages.NotPositive("{PropertyName}"));
        When(c => !patch || c.Name.IsPresent, () => RuleFor(c => c.Name.Value).RequiredText(Limits.NameMaxLength));
        When(c => !patch || c.Gender.IsPresent, () => RuleFor(c => c.Gender.Value).Required());
        When(c => !patch || c.MinAge.IsPresent, () => RuleFor(c => c.MinAge.Value).RequiredInRange(Limits.MinAge, Limits.MaxAge));
        When(c => !patch || c.MaxAge.IsPresent, () => RuleFor(c => c.MaxAge.Value).RequiredInRange(Limits.MinAge, Limits.MaxAge));
        RuleFor(c => c.MinAge.Value)
            .Must((c, minAge) => minAge is null || c.MaxAge.Value is null || minAge <= c.MaxAge.Value)
            .WithMessage(Guard.Messages.InvertedRange("min_age", "max_age"));
        RuleFor(c => c.Description.Value).OptionalLongText(Limits.DescriptionMaxLength);
    }
}
