using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using FluentValidation;

namespace CastingAgency.Application.Common.Validation;

/// <summary>
/// The one global FluentValidation convention: failures are keyed, and messages worded, by the snake_case wire
/// name (<c>release_date</c>), so clients see the field exactly as they sent it. Installed by
/// <see cref="DependencyInjection.AddApplication"/> (composition), and by the unit tests' set-up fixture.
/// </summary>
public static class ValidationConventions
{
    public static void Install() =>
        ValidatorOptions.Global.PropertyNameResolver = ValidatorOptions.Global.DisplayNameResolver =
            (_, member, expression) => WireName(FieldOf(member, expression));

    /// <summary>The body field a rule is about: <c>c =&gt; c.Name.Value</c> (an <see cref="Optional{T}"/>'s value) is about <c>Name</c>.</summary>
    public static MemberInfo? FieldOf(MemberInfo? member, LambdaExpression? expression) =>
        member?.DeclaringType is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(Optional<>)
        && expression?.Body is MemberExpression { Expression: MemberExpression field }
            ? field.Member
            : member;

    private static string? WireName(MemberInfo? member) =>
        member is not null ? JsonNamingPolicy.SnakeCaseLower.ConvertName(member.Name) : null;
}
