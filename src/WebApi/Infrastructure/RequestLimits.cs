using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace CastingAgency.WebApi.Infrastructure;

/// <summary>Request body limit (docs/api.md §1: over 1 MiB → 413), enforced before anything reads the body.</summary>
public static class RequestLimits
{
    public const long MaxBodyBytes = 1024 * 1024;

    private const int InitialBufferBytes = 16 * 1024;

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

            // Only a body an API action will read, of a request authorization has let through (an unknown route, a
            // health probe or a 405 never makes the server hold a body).
            if (HasBody(context.Request) && context.GetEndpoint()?.Metadata.GetMetadata<ControllerActionDescriptor>() is not null)
            {
                await BufferBodyAsync(context);
            }

            await next(context);
        });

    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0);

    /// <summary>
    /// Reads the whole body (at most <see cref="MaxBodyBytes"/>) before the API sees it. When the server begins its
    /// graceful shutdown it cancels pending reads on every connection; a JSON reader would take that for a failure
    /// (and answer 500), so a cancelled read that is not the client's abort is simply read again. The upload in flight
    /// then finishes and is answered (docs/operations.md); bodies are small, so the copy costs little.
    /// </summary>
    /// <remarks>
    /// The request's token (the client's abort, or the request timeout) wakes a pending read with
    /// <see cref="System.IO.Pipelines.PipeReader.CancelPendingRead"/> instead of being passed to the read: a read
    /// cancelled through its token leaves the server's body reader mid-read, and the server then fails (and logs an
    /// error) when it drains the rest of the body after the response.
    /// </remarks>
    private static async Task BufferBodyAsync(HttpContext context)
    {
        var reader = context.Request.BodyReader;
        var aborted = context.RequestAborted;
        // Grown as bytes arrive, never sized from the declared length (a client could declare 1 MiB and send nothing).
        var buffer = new MemoryStream(InitialBufferBytes);
        await using (aborted.Register(static r => ((System.IO.Pipelines.PipeReader)r!).CancelPendingRead(), reader))
        {
            while (true)
            {
                var result = await reader.ReadAsync(CancellationToken.None);
                if (result.IsCanceled)
                {
                    reader.AdvanceTo(result.Buffer.Start);
                    aborted.ThrowIfCancellationRequested(); // the client went away, or the request ran out of time
                    continue; // the server's shutdown woke the read; the client is still sending
                }

                foreach (var segment in result.Buffer)
                {
                    buffer.Write(segment.Span);
                }

                reader.AdvanceTo(result.Buffer.End);
                if (result.IsCompleted)
                {
                    break;
                }
            }
        }

        await reader.CompleteAsync();
        buffer.Position = 0;
        context.Request.Body = buffer;
        context.Response.RegisterForDispose(buffer);
    }
}
