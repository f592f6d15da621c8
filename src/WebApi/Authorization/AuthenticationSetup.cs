using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using CastingAgency.WebApi.Infrastructure;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Net.Http.Headers;

namespace CastingAgency.WebApi.Authorization;

/// <summary>
/// Bearer JWT authentication bound to <c>Authentication:Schemes:Bearer</c> (docs/api.md §2), one policy per
/// permission, and the exact 401/403 problem responses of docs/api.md §6.
/// </summary>
public static class AuthenticationSetup
{
    public const string BearerSection = "Authentication:Schemes:Bearer";

    /// <summary>
    /// Default rate limit of the JWKS refetch that a token with an unknown <c>kid</c> triggers: with it, a key the
    /// provider has just published is accepted within this interval plus one fetch (docs/operations.md: within 60 s).
    /// </summary>
    public static readonly TimeSpan DefaultRefreshInterval = TimeSpan.FromSeconds(30);

    /// <summary>Default interval of the background refresh of the provider's metadata and keys.</summary>
    public static readonly TimeSpan DefaultAutomaticRefreshInterval = TimeSpan.FromHours(1);

    /// <summary>Default timeout of each request to the provider (metadata, JWKS).</summary>
    public static readonly TimeSpan DefaultBackchannelTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The <c>Retry-After</c> of the 503 answered while the provider's keys cannot be fetched.</summary>
    public const int IdentityProviderRetryAfterSeconds = 5;

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
        var section = configuration.GetSection(BearerSection);
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                // JwtBearer has already bound the section; these defaults apply only where it says nothing.
                // An unknown kid refetches the keys (RefreshOnIssuerKeyNotFound, on by default), at most once per
                // RefreshInterval; IdentityModel's own default (5 min) is too slow for the 60 s of docs/operations.md.
                options.RefreshInterval = ReadInterval(section, nameof(options.RefreshInterval)) ?? DefaultRefreshInterval;
                options.AutomaticRefreshInterval =
                    ReadInterval(section, nameof(options.AutomaticRefreshInterval)) ?? DefaultAutomaticRefreshInterval;
                options.BackchannelTimeout = ReadInterval(section, nameof(options.BackchannelTimeout)) ?? DefaultBackchannelTimeout;

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
                    OnTokenValidated = OnTokenValidated,
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

        if (hasAuthority)
        {
            // After JwtBearer's own post-configuration, which built the configuration manager from Authority.
            services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
                .PostConfigure<ILoggerFactory>((options, loggers) =>
                {
                    if (options.ConfigurationManager is ConfigurationManager<OpenIdConnectConfiguration> manager)
                    {
                        options.ConfigurationManager = new IdentityProviderKeys(
                            manager, options.BackchannelTimeout, loggers.CreateLogger(typeof(IdentityProviderKeys).FullName!));
                    }
                });
            services.AddHealthChecks().AddCheck<IdentityProviderHealthCheck>(
                IdentityProviderHealthCheck.Name, tags: ["ready"], timeout: IdentityProviderHealthCheck.MaxWait + TimeSpan.FromSeconds(1));
        }

        services.AddAuthorizationBuilder().AddPermissionPolicies();
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddSingleton<IAuthorizationHandler, AgencyHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        return services;
    }

    private static AuthorizationBuilder AddPermissionPolicies(this AuthorizationBuilder builder)
    {
        foreach (var permission in Permissions.Staff)
        {
            AddPermissionPolicy(builder, permission, permission);
        }

        foreach (var permission in Permissions.Agency)
        {
            builder.AddPolicy(permission, policy => policy
                .RequireAuthenticatedUser()
                .AddRequirements(new PermissionRequirement(permission), new AgencyRequirement()));
        }

        AddPermissionPolicy(builder, Permissions.GetRolesAndActors, Permissions.GetRoles, Permissions.GetActors);
        builder.AddPolicy(Permissions.GetAuditionsOrPostSubmissions, policy => policy
            .RequireAuthenticatedUser()
            .RequireAssertion(context => PermissionHandler.Granted(context.User) is var granted
                && (granted.Contains(Permissions.GetAuditions)
                    || (granted.Contains(Permissions.PostSubmissions) && AgencyRequirement.AgencyOf(context.User) is not null))));
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

    /// <summary>A TimeSpan setting ("00:00:30"), or null when the section does not set it.</summary>
    private static TimeSpan? ReadInterval(IConfigurationSection section, string key) =>
        section[key] is { Length: > 0 } value ? TimeSpan.Parse(value, CultureInfo.InvariantCulture) : null;

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

    /// <summary>
    /// RFC 7515 §4.1.11: a recipient must reject a token whose <c>crit</c> header lists extensions it does not
    /// understand. This API understands none, so any <c>crit</c> is refused (IdentityModel does not check it).
    /// Runs after the signature check; the failure is an ordinary 401 "Invalid token" through <see cref="OnChallenge"/>.
    /// </summary>
    private static Task OnTokenValidated(TokenValidatedContext context)
    {
        if (context.SecurityToken is JsonWebToken token && HasCriticalHeader(token.EncodedHeader))
        {
            context.Fail(new SecurityTokenValidationException("The token's header lists critical ('crit') parameters this API does not understand."));
        }

        return Task.CompletedTask;
    }

    internal static bool HasCriticalHeader(string encodedHeader)
    {
        var bytes = Base64UrlEncoder.DecodeBytes(encodedHeader);
        if (bytes.AsSpan().IndexOf("crit"u8) < 0 && bytes.AsSpan().IndexOf((byte)'\\') < 0)
        {
            return false; // the usual case, without parsing the header again (an escaped name needs a backslash)
        }

        using var header = JsonDocument.Parse(bytes);
        foreach (var parameter in header.RootElement.EnumerateObject())
        {
            // NameEquals compares the unescaped name, so "cr\u0069t" is caught too.
            if (parameter.NameEquals("crit"))
            {
                return true;
            }
        }

        return false;
    }

    private static async Task OnChallenge(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var http = context.HttpContext;
        if (context.Options.ConfigurationManager is IdentityProviderKeys { HasSigningKeys: false }
            && IsForWantOfMetadata(context.AuthenticateFailure))
        {
            // The token could not be checked at all: no keys from the identity provider yet. Not the caller's
            // fault (401) and not ours (500): a failing dependency, like an unreachable database (docs/operations.md).
            http.Response.Headers[HeaderNames.RetryAfter] = IdentityProviderRetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            Telemetry.UnavailableCause.Set(http, Telemetry.UnavailableCause.IdentityProvider);
            await ProblemDetailsSetup.WriteAsync(
                http, StatusCodes.Status503ServiceUnavailable, "the identity provider's signing keys cannot be fetched at the moment; try again shortly");
            return;
        }

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

    /// <summary>
    /// The failures that missing provider metadata causes: no key to check the signature with, no issuer to
    /// compare with (IdentityModel checks either first). A malformed or unsigned token stays a 401.
    /// </summary>
    private static bool IsForWantOfMetadata(Exception? failure) => failure switch
    {
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidIssuerException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsForWantOfMetadata),
        _ => false,
    };
}
