using Microsoft.Net.Http.Headers;

namespace CastingAgency.WebApi.Infrastructure;

/// <summary>No sniffing, no framing, no referrer leak; no caching of anything sent with credentials.</summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers[HeaderNames.XContentTypeOptions] = "nosniff";
                headers[HeaderNames.XFrameOptions] = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Cross-Origin-Resource-Policy"] = "same-origin";
                if (!IsDocsPage(context.Request.Path))
                {
                    headers[HeaderNames.ContentSecurityPolicy] = "default-src 'none'; frame-ancestors 'none'";
                }

                if (context.Request.Headers.ContainsKey(HeaderNames.Authorization))
                {
                    headers[HeaderNames.CacheControl] = "no-store";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });

    private static bool IsDocsPage(PathString path) =>
        path.StartsWithSegments("/docs", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/scalar", StringComparison.OrdinalIgnoreCase);
}
