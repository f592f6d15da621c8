using CastingAgency.Application.Common.Models;
using CastingAgency.Domain.Common;
using FluentValidation;

namespace CastingAgency.Application.Common.Validation;

/// <summary>Rules of the pipeline's inputs.</summary>
public static class PipelineRuleExtensions
{
    public const string TimestampMessage = "{PropertyName} must be an ISO 8601 date-time with an offset (e.g. 2026-03-01T10:00:00Z).";

    public static IRuleBuilderOptions<T, string?> Timestamp<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => v is null || TimestampInput.TryParse(v, out _)).WithMessage(TimestampMessage);

    /// <summary>An any-of filter: at most 100 values, each a known wire name.</summary>
    public static IRuleBuilderOptions<T, string[]?> AnyOfWireEnum<TEnum, T>(this IRuleBuilder<T, string[]?> rule)
        where TEnum : struct, Enum =>
        rule.Must(v => v is null || v.Length <= PageRequest.MaxPageSize)
            .WithMessage($"{{PropertyName}} takes at most {PageRequest.MaxPageSize} values.")
            .SetValidator(new WireEnumsValidator<T, string[]?, TEnum>())
            .WithMessage($"{{PropertyName}} must be one of: {string.Join(", ", WireNames<TEnum>.All)}.");
}
