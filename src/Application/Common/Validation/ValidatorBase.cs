using System.Text.Json;
using FluentValidation;

namespace CastingAgency.Application.Common.Validation;

/// <summary>
/// Base of every validator: failures are keyed, and messages worded, by the snake_case wire name
/// (<c>release_date</c>), so clients see the field exactly as they sent it.
/// </summary>
public abstract class ValidatorBase<T> : AbstractValidator<T>
{
#pragma warning disable CA1810, S3963 // One global convention, installed once before any validator runs.
    static ValidatorBase()
#pragma warning restore CA1810, S3963
    {
        ValidatorOptions.Global.PropertyNameResolver = (_, member, expression) =>
            member is not null ? JsonNamingPolicy.SnakeCaseLower.ConvertName(member.Name) : null;
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member is not null ? JsonNamingPolicy.SnakeCaseLower.ConvertName(member.Name) : null;
    }
}
