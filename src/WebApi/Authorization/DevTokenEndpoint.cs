using System.Security.Claims;
using System.Text.Json.Serialization;
using CastingAgency.WebApi.Infrastructure;
using CastingAgency.WebApi.OpenApi;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CastingAgency.WebApi.Authorization;

/// <summary>
/// <c>POST /dev/token</c>, mapped in Development only (elsewhere the route does not exist): an HS256 token
/// for one of the four people (a talent agent's also carries its agency as <c>org_id</c>), as <c>dev|&lt;role&gt;</c> or as
/// the <c>sub</c> the body names (to act as one member of a movie's team), signed with the first configured signing key, issued by its issuer,
/// for the first valid audience — so it always validates against the running configuration. The document the
/// Development app serves lists it; the document the build writes never does (<see cref="BuildTimeDocument"/>).
/// </summary>
public static class DevTokenEndpoint
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    /// <summary>The person, optionally the token's subject (1–255 characters; default <c>dev|&lt;role&gt;</c>), and a talent agent's agency.</summary>
    public sealed record DevTokenRequest(
        [property: JsonPropertyName("role")] string? Role,
        [property: JsonPropertyName("sub")] string? Sub = null,
        [property: JsonPropertyName("org_id")] string? OrgId = null);

    public sealed record DevTokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("token_type")] string TokenType,
        [property: JsonPropertyName("expires_in")] int ExpiresIn,
        [property: JsonPropertyName("permissions")] IReadOnlyList<string> Permissions);

    public static IEndpointRouteBuilder MapDevTokenEndpoint(this IEndpointRouteBuilder app)
    {
        if (BuildTimeDocument.IsGenerating)
        {
            return app; // docs/openapi/v1.json is the same whatever ASPNETCORE_ENVIRONMENT the build runs under
        }

        app.MapPost("/dev/token", IssueAsync)
            .WithName("createDevToken")
            .WithTags("Development")
            .WithSummary("Development only: mint a token for casting_assistant, casting_director, executive_producer or talent_agent (with org_id), optionally with a given sub.")
            .Accepts<DevTokenRequest>("application/json")
            .Produces<DevTokenResponse>()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .AllowAnonymous();
        return app;
    }

    private static async Task<IResult> IssueAsync(HttpContext http, IConfiguration configuration, TimeProvider clock)
    {
        DevTokenRequest? request;
        try
        {
            request = await http.Request.ReadFromJsonAsync<DevTokenRequest>(http.RequestAborted);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException)
        {
            await ProblemDetailsSetup.WriteAsync(http, StatusCodes.Status400BadRequest, "the body must be JSON: {\"role\": \"casting_director\"}");
            return Results.Empty;
        }

        if (request?.Role is null || !PeopleRoles.PermissionsByRole.TryGetValue(request.Role, out var permissions))
        {
            var allowed = string.Join(", ", PeopleRoles.PermissionsByRole.Keys);
            await ProblemDetailsSetup.WriteAsync(
                http, StatusCodes.Status422UnprocessableEntity, $"role must be one of: {allowed}",
                errors: new Dictionary<string, string[]> { ["role"] = [$"role must be one of: {allowed}."] });
            return Results.Empty;
        }

        if (request.Sub is { } sub
            && (sub.Length is 0 or > Domain.Common.Limits.SubjectMaxLength || sub.Any(char.IsControl) || sub.Trim().Length != sub.Length))
        {
            var message = $"sub must be 1–{Domain.Common.Limits.SubjectMaxLength} characters, without control characters or surrounding whitespace.";
            await ProblemDetailsSetup.WriteAsync(
                http, StatusCodes.Status422UnprocessableEntity, message, errors: new Dictionary<string, string[]> { ["sub"] = [message] });
            return Results.Empty;
        }

        var agent = request.Role == PeopleRoles.TalentAgent;
        if (agent ? !AgencyRequirement.IsAgencyId(request.OrgId) : request.OrgId is not null)
        {
            var rule = agent
                ? $"org_id is required for {PeopleRoles.TalentAgent}: the agency, 1 to {AgencyRequirement.MaxLength} characters"
                : $"org_id is only for {PeopleRoles.TalentAgent}";
            await ProblemDetailsSetup.WriteAsync(
                http, StatusCodes.Status422UnprocessableEntity, rule,
                errors: new Dictionary<string, string[]> { ["org_id"] = [rule + "."] });
            return Results.Empty;
        }

        var claims = new Dictionary<string, object> { ["permissions"] = permissions.ToArray() };
        if (agent)
        {
            claims[AgencyRequirement.Claim] = request.OrgId!;
        }

        var section = configuration.GetSection(AuthenticationSetup.BearerSection);
        var key = new SymmetricSecurityKey(Convert.FromBase64String(section["SigningKeys:0:Value"]!));
        var now = clock.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = section["SigningKeys:0:Issuer"] ?? section["ValidIssuer"],
            Audience = section.GetSection("ValidAudiences").Get<string[]>()?.FirstOrDefault() ?? section["ValidAudience"],
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            Subject = new ClaimsIdentity([new Claim("sub", request.Sub ?? (agent ? $"dev|{request.Role}|{request.OrgId}" : $"dev|{request.Role}"))]),
            Claims = claims,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        };
        var token = new JsonWebTokenHandler().CreateToken(descriptor);
        return Results.Ok(new DevTokenResponse(token, "Bearer", (int)Lifetime.TotalSeconds, permissions));
    }
}
