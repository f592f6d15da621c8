using CastingAgency.WebApi.Authorization;
using CastingAgency.WebApi.Conventions;
using CastingAgency.WebApi.Infrastructure;
using CastingAgency.WebApi.Json;
using CastingAgency.WebApi.OpenApi;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace CastingAgency.WebApi;

public static class DependencyInjection
{
    public static IServiceCollection AddWebApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<PublicLocations>();
        services.AddControllers(options =>
            {
                options.Filters.Add<StrictQueryStringFilter>();
                options.Conventions.Add(new ProblemResponsesConvention());
                options.ModelMetadataDetailsProviders.Add(new SnakeCaseQueryNames());
                options.ModelBinderProviders.Insert(0, new TimestampModelBinderProvider());
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            })
            .AddJsonOptions(options =>
            {
                JsonDefaults.Apply(options.JsonSerializerOptions);
                options.AllowInputFormatterExceptionMessages = false;
            })
            .ConfigureApiBehaviorOptions(options => options.InvalidModelStateResponseFactory = InvalidModelStateResponse.Create);
        services.ConfigureHttpJsonOptions(options => JsonDefaults.Apply(options.SerializerOptions));

        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemDetailsSetup.Customize);
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();

        services.AddPermissionAuthentication(configuration);
        services.AddHttpContextAccessor();
        services.AddScoped<Application.Common.Interfaces.ICurrentUser, CurrentUser>();
        services.AddCallerRateLimiting(configuration);
        services.AddAvailability(configuration);

        var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        services.AddCors();
        // In Development any http(s) origin on localhost / 127.0.0.1 / [::1], on any port, is allowed too (a dev server).
        services.AddOptions<CorsOptions>().Configure<IHostEnvironment>((options, environment) => options.AddDefaultPolicy(policy => policy
            .SetIsOriginAllowed(origin => origins.Contains(origin, StringComparer.OrdinalIgnoreCase)
                || (environment.IsDevelopment() && IsLoopbackOrigin(origin)))
            .WithMethods("GET", "POST", "PUT", "PATCH", "DELETE")
            .WithHeaders(HeaderNames.Authorization, HeaderNames.ContentType, HeaderNames.IfMatch, HeaderNames.IfNoneMatch, IdempotencyKeys.HeaderName, RequestLogging.RequestIdHeader)
            .WithExposedHeaders(HeaderNames.ETag, HeaderNames.Location, HeaderNames.RetryAfter, IdempotencyKeys.ReplayedHeaderName, RequestLogging.RequestIdHeader)
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));

        services.AddContractDocument();
        return services;
    }

    private static bool IsLoopbackOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.IsLoopback && uri.AbsolutePath == "/"
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
