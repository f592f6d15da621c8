using System.ComponentModel;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Common.Validation;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using FluentValidation;

namespace CastingAgency.Application.Breakdowns.Queries.ListBreakdowns;

/// <summary>The breakdown filters of contract §13; they combine with AND.</summary>
public sealed record BreakdownFilter : ISortedList<Role>
{
    /// <summary>The default order: newest published first (ties by id).</summary>
    public const string DefaultSort = "-published_at";

    /// <summary>The sortable fields: <c>published_at</c> (default descending) and <c>id</c>.</summary>
    public static SortMap<Role> Sorting { get; } = new SortMap<Role>(r => r.Id)
        .Add("published_at", r => r.PublishedAt);

    [Description("Any of these values (repeatable): the role's gender.")]
    public IReadOnlyList<string>? Gender { get; init; }

    [Description("Roles whose age range contains this age.")]
    public int? Age { get; init; }

    [Description("Any of these role ids (repeatable, at most 100).")]
    public IReadOnlyList<int>? Id { get; init; }
}

public sealed class BreakdownFilterValidator : AbstractValidator<BreakdownFilter>
{
    public BreakdownFilterValidator()
    {
        RuleFor(f => f.Gender).WireEnums<RoleGender, BreakdownFilter>();
        RuleFor(f => f.Age).OptionalInRange(Limits.MinAge, Limits.MaxAge);
        RuleFor(f => f.Id).Ids();
    }
}
