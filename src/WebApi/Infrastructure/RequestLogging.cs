using System.Diagnostics;

namespace CastingAgency.WebApi.Infrastructure;

/// <summary>
/// One structured line per request: method, route path, status, duration, the caller's subject and the
/// trace id that error bodies carry. No query string, body, token or personal data.
/// </summary>
public static class RequestLogging
{
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("CastingAgency.Requests");
        return app.Use(async (context, next) =>
        {
            var start = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                if (logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation(
                        "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms for {Subject} trace {TraceId}",
                        context.Request.Method,
                        context.Request.Path.Value,
                        context.Response.StatusCode,
                        Stopwatch.GetElapsedTime(start).TotalMilliseconds,
                        context.User.FindFirst("sub")?.Value ?? "anonymous",
                        ProblemDetailsSetup.TraceId(context));
                }
            }
        });
    }
}
