using CastingAgency.Application.Common.Interfaces;

namespace CastingAgency.WebApi.Authorization;

/// <summary>The caller of the current request: the token's <c>sub</c>, its permissions and the agency it acts for.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string Subject => accessor.HttpContext?.User.FindFirst("sub")?.Value is { Length: > 0 } sub ? sub : "anonymous";

    public bool SeesEveryProduction => HasPermission(Permissions.ReadConfidential);

    public string? AgencyId => accessor.HttpContext?.User is { } user ? AgencyRequirement.AgencyOf(user) : null;

    public bool HasPermission(string permission) =>
        accessor.HttpContext?.User is { } user && PermissionHandler.Granted(user).Contains(permission);
}
