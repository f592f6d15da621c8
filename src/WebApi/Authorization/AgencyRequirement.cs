using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace CastingAgency.WebApi.Authorization;

/// <summary>
/// The agency permissions (<see cref="Permissions.Agency"/>) act for one agency: the token's <c>org_id</c> claim, as
/// Auth0 Organizations issue it (contract §13). A token that holds an agency permission but names no agency, or names
/// it with more than <see cref="MaxLength"/> characters, is refused with 403: it is a valid token, only not one that
/// may act for an agency.
/// </summary>
public sealed class AgencyRequirement : IAuthorizationRequirement
{
    public const string Claim = "org_id";

    public const int MaxLength = 64;

    /// <summary>The agency the token acts for, or null when its <c>org_id</c> is missing, blank, too long or holds control characters.</summary>
    public static string? AgencyOf(ClaimsPrincipal user)
    {
        var claims = user.FindAll(Claim).ToList();
        return claims is [{ Value: var value }] && IsAgencyId(value) ? value : null;
    }

    /// <summary>1–64 characters, not blank, no control characters.</summary>
    public static bool IsAgencyId(string? value) =>
        value is { Length: > 0 and <= MaxLength } && !string.IsNullOrWhiteSpace(value) && !value.Any(char.IsControl);
}

public sealed class AgencyHandler : AuthorizationHandler<AgencyRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AgencyRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true && AgencyRequirement.AgencyOf(context.User) is not null)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
