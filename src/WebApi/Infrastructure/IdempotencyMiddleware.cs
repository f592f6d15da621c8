using CastingAgency.Application.Actors;
using CastingAgency.Application.Common.Idempotency;
using CastingAgency.Application.Common.Interfaces;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.Net.Http.Headers;

namespace CastingAgency.WebApi.Infrastructure;

/// <summary>
/// <c>Idempotency-Key</c> on POST (docs/api.md §8; ADR-009). For a POST routed to an API controller action that
/// carries the header (after authentication, authorization, rate limiting, the body limit and the request timeout):
/// validate the key (400), fingerprint method + path + query + body, claim (caller, key) in the database, then
/// either replay the stored response (<c>Idempotent-Replayed: true</c>), refuse a different request under the same
/// key (422) or a repeat while the first still runs (409), or run the request in a transaction that stores its
/// response. Only 2xx responses are stored and replayed; a failed request wrote nothing, its claim is released and a
/// retry with the same key runs again. Without the header the request is untouched. <c>POST /dev/token</c>
/// (Development only, anonymous, writes nothing) is not a controller action and ignores the header.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next, ILogger<IdempotencyMiddleware> logger)
{
    public const string InProgressDetail = "a request with this Idempotency-Key is still being processed; retry later";
    public const string MismatchDetail = "this Idempotency-Key was already used with a different request (method, path or body)";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method)
            || !context.Request.Headers.TryGetValue(IdempotencyKeys.HeaderName, out var values)
            || context.GetEndpoint()?.Metadata.GetMetadata<ControllerActionDescriptor>() is null)
        {
            await next(context);
            return;
        }

        var key = IdempotencyKeys.Parse(values);
        var subject = context.User.FindFirst("sub")?.Value;
        if (key is null || string.IsNullOrEmpty(subject))
        {
            var detail = key is null ? IdempotencyKeys.InvalidDetail : $"{IdempotencyKeys.HeaderName} needs a token with a 'sub' claim";
            await WriteProblemAsync(context, StatusCodes.Status400BadRequest, detail);
            return;
        }

        var body = BodyBytes(context);

        var pathAndQuery = context.Request.PathBase.Add(context.Request.Path).Value + context.Request.QueryString.Value;
        var request = new IdempotencyRequest(
            IdempotencyKeys.CallerFor(subject), key, IdempotencyKeys.Fingerprint(context.Request.Method, pathAndQuery, body));
        var store = context.RequestServices.GetRequiredService<IIdempotencyStore>();
        var claim = await store.ClaimAsync(request, context.RequestAborted);
        switch (claim.Outcome)
        {
            case IdempotencyClaimOutcome.Replay:
                logger.LogDebug("Replaying the stored response of an Idempotency-Key");
                context.RequestServices.GetRequiredService<Telemetry.ApiMetrics>().Replayed();
                await ReplayAsync(context, ForCaller(context, claim.Response!));
                return;
            case IdempotencyClaimOutcome.FingerprintMismatch:
                await WriteProblemAsync(context, StatusCodes.Status422UnprocessableEntity, MismatchDetail);
                return;
            case IdempotencyClaimOutcome.InProgress:
                await WriteInProgressAsync(context);
                return;
        }

        await RunAsync(context, store, claim.Claim!);
    }

    private async Task RunAsync(HttpContext context, IIdempotencyStore store, IdempotencyClaim claim)
    {
        var originalBody = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        IdempotencyExecution outcome;
        try
        {
            outcome = await store.ExecuteAsync(
                claim,
                async cancellationToken =>
                {
                    await next(context);
                    await context.Response.BodyWriter.FlushAsync(cancellationToken);
                    var response = context.Response;
                    return response.StatusCode is >= 200 and < 300
                        ? new StoredResponse(
                            response.StatusCode,
                            buffer.ToArray(),
                            response.ContentType,
                            response.Headers.Location.Count > 0 ? response.Headers.Location.ToString() : null,
                            response.Headers.ETag.Count > 0 ? response.Headers.ETag.ToString() : null)
                        : null;
                },
                context.RequestAborted);
        }
        finally
        {
            context.Response.Body = originalBody;
        }

        if (outcome == IdempotencyExecution.ClaimLost)
        {
            context.Response.Clear();
            await WriteInProgressAsync(context);
            return;
        }

        // Committed (or, for a failure, rolled back): now the client gets the answer.
        if (buffer.Length > 0)
        {
            context.Response.ContentLength = buffer.Length;
            buffer.Position = 0;
            await buffer.CopyToAsync(originalBody, context.RequestAborted);
        }
    }

    /// <summary>
    /// The body as <see cref="RequestLimits"/> buffered it (it holds every body an API action reads, within the 1 MiB
    /// limit); empty when the request has none.
    /// </summary>
    private static byte[] BodyBytes(HttpContext context) => context.Request.Body is MemoryStream buffered ? buffered.ToArray() : [];

    /// <summary>
    /// The stored response as this caller may see it. A key belongs to a token's <c>sub</c>, whose permissions may have
    /// changed since the first request: a caller without <c>get:contacts</c> gets the stored body without any
    /// <c>phone</c> or <c>email</c> (ADR-017). The stored body stays whole, so a caller with the permission gets it as
    /// the first request got it. An agency's replay of its own <c>POST /roster</c> keeps them: it represents the actor.
    /// </summary>
    private static StoredResponse ForCaller(HttpContext context, StoredResponse stored) =>
        ContactDetails.VisibleTo(context.RequestServices.GetRequiredService<ICurrentUser>())
        || context.Request.Path.StartsWithSegments("/roster", StringComparison.OrdinalIgnoreCase)
            ? stored
            : stored with { Body = StoredContacts.Remove(stored.Body) };

    private static async Task ReplayAsync(HttpContext context, StoredResponse stored)
    {
        var response = context.Response;
        response.StatusCode = stored.StatusCode;
        if (stored.ContentType is not null)
        {
            response.ContentType = stored.ContentType;
        }

        if (stored.Location is not null)
        {
            response.Headers.Location = stored.Location;
        }

        if (stored.ETag is not null)
        {
            response.Headers.ETag = stored.ETag;
        }

        response.Headers[IdempotencyKeys.ReplayedHeaderName] = "true";
        response.ContentLength = stored.Body.Length;
        await response.Body.WriteAsync(stored.Body, context.RequestAborted);
    }

    private static Task WriteInProgressAsync(HttpContext context)
    {
        context.Response.Headers[HeaderNames.RetryAfter] = "1";
        return WriteProblemAsync(context, StatusCodes.Status409Conflict, InProgressDetail);
    }

    private static Task WriteProblemAsync(HttpContext context, int status, string detail)
    {
        // A terminal answer before the action runs. With the controller endpoint still set, MVC's problem writer would
        // rebuild the problem and drop "errors"; without it (as in the exception handler) the default writer keeps them.
        context.SetEndpoint(null);
        return ProblemDetailsSetup.WriteAsync(
            context, status, detail, errors: new Dictionary<string, string[]> { [IdempotencyKeys.HeaderName] = [detail] });
    }
}

public static class IdempotencyMiddlewareExtensions
{
    /// <summary>After authorization, the body limit and request timeouts; before the endpoints.</summary>
    public static IApplicationBuilder UseIdempotency(this IApplicationBuilder app) => app.UseMiddleware<IdempotencyMiddleware>();
}
