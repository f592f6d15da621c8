using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace CastingAgency.WebApi.Authorization;

/// <summary>Requires every one of <see cref="Permissions"/>, read from the token's claims.</summary>
public sealed class PermissionRequirement(params string[] permissions) : IAuthorizationRequirement
{
    public IReadOnlyList<string> Permissions { get; } = permissions;
}

/// <summary>
/// Reads permissions from the <c>permissions</c> claim (a JSON array, as Auth0 RBAC issues it, which the
/// JWT handler splits into one claim per value) and from the space-separated <c>scope</c>/<c>scp</c> claims.
/// </summary>
public sealed class PermissionHandler : AuthorizationHandler<PermissionRequirement>
{
    private static readonly string[] ScopeClaims = ["scope", "scp", "http://schemas.microsoft.com/identity/claims/scope"];

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            var granted = Granted(context.User);
            if (requirement.Permissions.All(granted.Contains))
            {
                context.Succeed(requirement);
            }
        }

        return Task.CompletedTask;
    }

    public static HashSet<string> Granted(ClaimsPrincipal user)
    {
        var granted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in user.Claims)
        {
            if (claim.Type == "permissions")
            {
                granted.Add(claim.Value);
            }
            else if (ScopeClaims.Contains(claim.Type, StringComparer.Ordinal))
            {
                granted.UnionWith(claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return granted;
    }
}
