using System.Security.Cryptography;
using CastingAgency.WebApi.Infrastructure;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Net.Http.Headers;

namespace CastingAgency.WebApi.Authorization;

/// <summary>
/// Bearer JWT authentication bound to <c>Authentication:Schemes:Bearer</c> (contract §7), one policy per
/// permission, and the exact 401/403 problem responses of contract §5.
/// </summary>
public static class AuthenticationSetup
{
    public const string BearerSection = "Authentication:Schemes:Bearer";
    private const string FailureMessageKey = "auth.failure.message";

    /// <summary>
    /// In Development with no key and no authority, installs an ephemeral random signing key so that
    /// <c>POST /dev/token</c> works with zero setup and no key is ever committed. Outside Development,
    /// a missing authority and key stops the start: the API never runs open.
    /// </summary>
    public static void EnsureSigningConfiguration(ConfigurationManager configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(BearerSection);
        if (HasAuthority(configuration) || !string.IsNullOrWhiteSpace(section["SigningKeys:0:Value"]))
        {
            return;
        }

        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"Authentication is not configured: set {BearerSection}:Authority (and ValidAudiences) for an identity provider, " +
                $"or {BearerSection}:SigningKeys (Issuer, base64 Value) with ValidIssuer and ValidAudiences. The API refuses to start without one.");
        }

        configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{BearerSection}:SigningKeys:0:Issuer"] = section["ValidIssuer"] ?? "casting-agency-dev",
            [$"{BearerSection}:SigningKeys:0:Value"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        });
    }

    public static IServiceCollection AddPermissionAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var hasAuthority = HasAuthority(configuration);
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                // Keep claim names as issued (sub, scope, permissions).
                options.MapInboundClaims = false;
                options.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);
                options.TokenValidationParameters.RequireExpirationTime = true;
                options.TokenValidationParameters.RequireSignedTokens = true;
                options.TokenValidationParameters.ValidateIssuer = true;
                options.TokenValidationParameters.ValidateAudience = true;
                options.TokenValidationParameters.ValidateLifetime = true;
                options.TokenValidationParameters.NameClaimType = "sub";
                // An identity provider signs with RS256 (keys from its OIDC metadata, cached and refreshed:
                // no network round trip per request); local keys are HS256. No alg "none", no confusion.
                options.TokenValidationParameters.ValidAlgorithms = hasAuthority
                    ? [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512]
                    : [SecurityAlgorithms.HmacSha256];
                options.Events = new JwtBearerEvents
                {
                    OnMessageReceived = OnMessageReceived,
                    OnChallenge = OnChallenge,
                };
            });

        // The configuration binder yields SigningKeys lazily (`yield return`): left as is, every token
        // validation walks the configuration, decodes the base64 key and builds a new key object. Resolve the
        // keys and issuers once, when the options are built.
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            var parameters = options.TokenValidationParameters;
            parameters.IssuerSigningKeys = parameters.IssuerSigningKeys?.ToArray();
            parameters.ValidIssuers = parameters.ValidIssuers?.ToArray();
            parameters.ValidAudiences = parameters.ValidAudiences?.ToArray();
        });

        services.AddAuthorizationBuilder().AddPermissionPolicies();
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        return services;
    }

    private static AuthorizationBuilder AddPermissionPolicies(this AuthorizationBuilder builder)
    {
        foreach (var permission in Permissions.All)
        {
            AddPermissionPolicy(builder, permission, permission);
        }

        AddPermissionPolicy(builder, Permissions.GetRolesAndActors, Permissions.GetRoles, Permissions.GetActors);
        return builder;
    }

    // No scheme is named: Bearer is the default scheme, so the policy uses the user UseAuthentication already
    // established instead of authenticating the request a second time.
    private static void AddPermissionPolicy(AuthorizationBuilder builder, string name, params string[] permissions) =>
        builder.AddPolicy(name, policy => policy
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(permissions)));

    private static bool HasAuthority(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{BearerSection}:Authority"]);

    /// <summary>Reads the token only from a well-formed <c>Authorization: Bearer &lt;token&gt;</c> header (never the query string).</summary>
    private static Task OnMessageReceived(MessageReceivedContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        string? failure = null;
        if (string.IsNullOrWhiteSpace(header))
        {
            failure = ProblemMessages.MissingAuthorizationHeader;
        }
        else
        {
            var parts = header.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!parts[0].Equals("Bearer", StringComparison.OrdinalIgnoreCase))
            {
                failure = ProblemMessages.MustStartWithBearer;
            }
            else if (parts.Length == 1)
            {
                failure = ProblemMessages.NoToken;
            }
            else if (parts.Length > 2 || context.Request.Headers.Authorization.Count > 1)
            {
                failure = ProblemMessages.MustBeBearerToken;
            }
            else
            {
                context.Token = parts[1];
            }
        }

        if (failure is not null)
        {
            context.HttpContext.Items[FailureMessageKey] = failure;
            context.NoResult();
        }

        return Task.CompletedTask;
    }

    private static async Task OnChallenge(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var http = context.HttpContext;
        var message = http.Items[FailureMessageKey] as string
            ?? (context.AuthenticateFailure is SecurityTokenExpiredException ? ProblemMessages.TokenExpired : ProblemMessages.InvalidToken);
        var noToken = http.Items.ContainsKey(FailureMessageKey);
        http.Response.Headers[HeaderNames.WWWAuthenticate] = noToken
            ? "Bearer"
            : $"Bearer error=\"invalid_token\", error_description=\"{message}\"";
        var detail = noToken
            ? "this endpoint needs an 'Authorization: Bearer <token>' header"
            : message == ProblemMessages.TokenExpired ? "the token has expired" : "the token failed validation";
        await ProblemDetailsSetup.WriteAsync(http, StatusCodes.Status401Unauthorized, detail, message);
    }
}
