using Microsoft.AspNetCore.Http.Features;

namespace CastingAgency.WebApi.Infrastructure;

/// <summary>Request body limit (contract §1: over 1 MiB → 413), enforced before anything reads the body.</summary>
public static class RequestLimits
{
    public const long MaxBodyBytes = 1024 * 1024;

    /// <summary>The 413 detail, whether the declared length or the bytes read went over the limit.</summary>
    public static readonly string TooLargeDetail = $"the request body is larger than {MaxBodyBytes} bytes";

    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > MaxBodyBytes)
            {
                await ProblemDetailsSetup.WriteAsync(
                    context, StatusCodes.Status413PayloadTooLarge, TooLargeDetail);
                return;
            }

            // Chunked bodies: the server stops reading at the limit and raises a 413 BadHttpRequestException.
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = MaxBodyBytes;
            }

            await next(context);
        });
}
