using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using CastingAgency.WebApi.Infrastructure;

namespace CastingAgency.WebApi.Authorization;

/// <summary>A valid token without the permission gets a 403 problem naming what was missing.</summary>
public sealed class ProblemAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated == true)
        {
            var failed = authorizeResult.AuthorizationFailure?.FailedRequirements ?? [];
            var missing = authorizeResult.AuthorizationFailure?.FailedRequirements
                .OfType<PermissionRequirement>()
                .SelectMany(r => r.Permissions)
                .Distinct()
                .ToList() ?? [];
            var detail = missing.Count > 0
                ? $"this action needs the permission(s): {string.Join(", ", missing)}"
                : failed.OfType<AgencyRequirement>().Any()
                    ? $"this action acts for an agency: the token needs an {AgencyRequirement.Claim} claim of 1 to {AgencyRequirement.MaxLength} characters"
                    : "this action is not allowed for the token's permissions";
            await ProblemDetailsSetup.WriteAsync(context, StatusCodes.Status403Forbidden, detail);
            return;
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
