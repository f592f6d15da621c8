using CastingAgency.Application.Common.Validation;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;
using FluentValidation;

namespace CastingAgency.Application.Teams;

/// <summary>
/// The writable fields of a team member (docs/api.md, "Confidential productions and their teams"): the body of
/// <c>PUT /movies/{id}/team/{sub}</c>, which replaces the member's position and name. <see cref="TeamFieldsValidator{T}"/>
/// holds their one rule set; the member's <c>sub</c> travels in the path and has its rule in <see cref="TeamRules"/>.
/// </summary>
public abstract record TeamFields : FieldSet
{
    /// <summary><c>producer</c>, <c>director</c>, <c>casting_director</c>, <c>casting_assistant</c> or <c>reader</c>.</summary>
    public Optional<TeamPosition?> Position { get; init; }

    /// <summary>The member's name as the team knows them (1–200 characters); absent or null: none.</summary>
    public Optional<string?> Name { get; init; }
}

/// <summary>The one rule set of the team fields: the position is required, the name optional.</summary>
public abstract class TeamFieldsValidator<T> : AbstractValidator<T>
    where T : TeamFields
{
    protected TeamFieldsValidator()
    {
        RuleFor(c => c.Position.Value).Required();
        RuleFor(c => c.Name.Value).OptionalText(Limits.NameMaxLength);
    }
}
