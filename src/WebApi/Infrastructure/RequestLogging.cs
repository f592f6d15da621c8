using System.Diagnostics;

namespace CastingAgency.WebApi.Infrastructure;

/// <summary>
/// One structured line per request: method, route path, status, duration, the caller's subject and the
/// trace id that error bodies carry. No query string, body, token or personal data.
/// A caller's <c>X-Request-Id</c> (1–128 visible ASCII characters) is echoed on the response and logged beside it.
/// </summary>
public static partial class RequestLogging
{
    public const string RequestIdHeader = "X-Request-Id";

    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("CastingAgency.Requests");
        return app.Use(async (context, next) =>
        {
            var start = Stopwatch.GetTimestamp();
            var requestId = RequestId(context.Request.Headers[RequestIdHeader].ToString());
            if (requestId is not null)
            {
                // On starting: the exception handler clears the headers of a failed response before writing the problem.
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers[RequestIdHeader] = requestId;
                    return Task.CompletedTask;
                });
            }
            try
            {
                await next(context);
            }
            finally
            {
                if (logger.IsEnabled(LogLevel.Information))
                {
                    Responded(
                        logger,
                        context.Request.Method,
                        context.Request.Path.Value,
                        context.Response.StatusCode,
                        Stopwatch.GetElapsedTime(start).TotalMilliseconds,
                        context.User.FindFirst("sub")?.Value ?? "anonymous",
                        ProblemDetailsSetup.TraceId(context),
                        requestId ?? "-");
                }
            }
        });
    }

    // Source-generated: the values go to the logger as they are (no params array, no boxing of the status code and
    // the duration), and the line is only formatted if a provider writes it.
    [LoggerMessage(EventId = 0, Level = LogLevel.Information,
        Message = "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms for {Subject} trace {TraceId} request {RequestId}")]
    private static partial void Responded(
        ILogger logger, string method, string? path, int statusCode, double elapsedMs, string subject, string traceId, string requestId);

    private static string? RequestId(string value) =>
        value.Length is > 0 and <= 128 && value.All(c => c is > ' ' and < '\u007f') ? value : null;
}
