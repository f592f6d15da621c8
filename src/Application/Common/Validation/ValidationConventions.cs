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
    public static void Install()
    {
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) => WireName(member);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => WireName(member);
    }

    private static string? WireName(System.Reflection.MemberInfo? member) =>
        member is not null ? JsonNamingPolicy.SnakeCaseLower.ConvertName(member.Name) : null;
}
