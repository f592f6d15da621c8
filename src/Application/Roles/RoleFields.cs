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
    public int? MovieId { get; set { field = value; MarkPresent(nameof(MovieId)); } }

    /// <summary>The actor to cast, if any; they must exist and fit the role.</summary>
    public int? ActorId { get; set { field = value; MarkPresent(nameof(ActorId)); } }

    public string? Name { get; set { field = value; MarkPresent(nameof(Name)); } }

    /// <summary><c>female</c>, <c>male</c>, <c>non-binary</c> or <c>any</c>.</summary>
    public string? Gender { get; set { field = value; MarkPresent(nameof(Gender)); } }

    public int? MinAge { get; set { field = value; MarkPresent(nameof(MinAge)); } }

    public int? MaxAge { get; set { field = value; MarkPresent(nameof(MaxAge)); } }

    public string? Description { get; set { field = value; MarkPresent(nameof(Description)); } }
}

/// <summary>
/// The one rule set of the role fields: required ones always on create, when present on PATCH (and then never
/// null); <c>actor_id</c> may be null (uncast); the age range must not be inverted.
/// </summary>
public sealed class RoleFieldsValidator<T> : AbstractValidator<T>
    where T : RoleFields
{
    public RoleFieldsValidator(bool patch)
    {
        bool Supplied(T c, string property) => !patch || c.IsPresent(property);

        if (patch)
        {
            this.NotEmptyPatch();
            RuleFor(c => c.MovieId).NotNullWhenPresent(nameof(RoleFields.MovieId))
                .GreaterThanOrEqualTo(1).WithMessage(Guard.Messages.NotPositive("{PropertyName}"));
        }
        else
        {
            RuleFor(c => c.MovieId).NotNull().WithMessage(Guard.Messages.Required("{PropertyName}"))
                .GreaterThanOrEqualTo(1).WithMessage(Guard.Messages.NotPositive("{PropertyName}"));
        }

        RuleFor(c => c.ActorId).GreaterThanOrEqualTo(1).WithMessage(Guard.Messages.NotPositive("{PropertyName}"));
        When(c => Supplied(c, nameof(RoleFields.Name)), () => RuleFor(c => c.Name).RequiredText(Limits.NameMaxLength));
        When(c => Supplied(c, nameof(RoleFields.Gender)), () => RuleFor(c => c.Gender).RequiredWireEnum<RoleGender, T>());
        When(c => Supplied(c, nameof(RoleFields.MinAge)), () => RuleFor(c => c.MinAge).RequiredInRange(Limits.MinAge, Limits.MaxAge));
        When(c => Supplied(c, nameof(RoleFields.MaxAge)), () => RuleFor(c => c.MaxAge).RequiredInRange(Limits.MinAge, Limits.MaxAge));
        RuleFor(c => c.MinAge)
            .Must((c, minAge) => minAge is null || c.MaxAge is null || minAge <= c.MaxAge)
            .WithMessage(Guard.Messages.InvertedRange("min_age", "max_age"));
        RuleFor(c => c.Description).OptionalLongText(Limits.DescriptionMaxLength);
    }
}
