using Microsoft.AspNetCore.Routing;

namespace CastingAgency.WebApi.Telemetry;

/// <summary>
/// Counts each answer the API's own counters track, once the response is decided: conflicts by resource, 503s by the
/// cause their writer named (<see cref="UnavailableCause"/>), bookings by the route that made them (casts are counted where roles are saved).
/// </summary>
public static class ApiMetricsMiddleware
{
    public static IApplicationBuilder UseApiMetrics(this IApplicationBuilder app)
    {
        var metrics = app.ApplicationServices.GetRequiredService<ApiMetrics>();
        return app.Use(async (context, next) =>
        {
            // Read before the request runs: the exception handler clears the endpoint to write its problem.
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText?.Trim('/') ?? string.Empty;
            try
            {
                await next(context);
            }
            finally
            {
                Count(metrics, context, route);
            }
        });
    }

    private static void Count(ApiMetrics metrics, HttpContext context, string route)
    {
        var status = context.Response.StatusCode;
        switch (status)
        {
            case StatusCodes.Status409Conflict or StatusCodes.Status412PreconditionFailed:
                metrics.Conflict(Resource(route), status);
                break;
            case StatusCodes.Status503ServiceUnavailable:
                metrics.Unavailable(UnavailableCause.Of(context));
                break;
            case StatusCodes.Status201Created when route.EndsWith("/appointments", StringComparison.Ordinal):
                metrics.Booked();
                break;
        }
    }

    /// <summary>The route's first segment (<c>movies</c>, <c>roles</c>, <c>shortlist</c> …), or <c>other</c>: a bounded label.</summary>
    private static string Resource(string route)
    {
        var first = route.Split('/', 2)[0];
        return first is "movies" or "actors" or "roles" or "shortlist" or "appointments" ? first : "other";
    }
}

/// <summary>Why a 503 was answered, as a bounded metric label; set by the code that writes it.</summary>
public static class UnavailableCause
{
    public const string Database = "database";
    public const string IdentityProvider = "identity_provider";
    public const string RequestTimeout = "request_timeout";

    private const string Key = "casting_agency.unavailable_cause";

    public static void Set(HttpContext context, string cause) => context.Items[Key] = cause;

    public static string Of(HttpContext context) => context.Items.TryGetValue(Key, out var cause) && cause is string text ? text : "other";
}
