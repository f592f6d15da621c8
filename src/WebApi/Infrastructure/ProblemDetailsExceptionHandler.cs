using System.Text;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Rules;
using CastingAgency.Infrastructure.Persistence;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Net.Http.Headers;

namespace CastingAgency.WebApi.Infrastructure;

/// <summary>
/// Maps every exception to a problem-details response. Known application and domain exceptions get their
/// status and a safe detail; anything else is a generic 500 that never shows a stack trace, SQL or type name.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (ClientAborts.IsClientAbort(httpContext, exception))
        {
            // The client went away (or reset its upload): nobody to answer, nothing to alert on.
            logger.LogDebug("Request aborted by the client: {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            if (!httpContext.Response.HasStarted)
            {
                httpContext.Response.StatusCode = StatusCodes.Status499ClientClosedRequest; // for the request log: not a 500
            }

            return true;
        }

        if (DatabaseErrors.IsUnavailable(exception))
        {
            // An outage, not a bug: one warning line without SQL or stack, and a 503 the client can retry.
            logger.LogWarning(
                "Database unavailable for {Method} {Path}: {Reason}",
                httpContext.Request.Method, httpContext.Request.Path, DatabaseErrors.Describe(exception));
            if (httpContext.Response.HasStarted)
            {
                return false;
            }

            // An idempotent request whose claim could not be released says when its keyed retry can run.
            var retryAfter = Math.Max(
                Availability.RetryAfterSeconds, (int)Math.Ceiling(DatabaseErrors.RetryAfter(exception)?.TotalSeconds ?? 0));
            httpContext.Response.Clear();
            await Availability.WriteUnavailableAsync(
                httpContext, $"the database did not answer in time; retry after {retryAfter} s", Telemetry.UnavailableCause.Database, retryAfter);
            return true;
        }

        var (status, detail, errors) = exception switch
        {
            ValidationException v => (StatusCodes.Status422UnprocessableEntity, FirstFailure(v), v.Errors.ToDictionary(e => e.Key, e => e.Value)),
            DomainValidationException d => (StatusCodes.Status422UnprocessableEntity, d.Message, new Dictionary<string, string[]> { [d.Field] = [d.Message] }),
            NotFoundException n => (StatusCodes.Status404NotFound, n.Message, null),
            ConflictException c => (StatusCodes.Status409Conflict, c.Message, null),
            CastingRuleViolationException r => (StatusCodes.Status409Conflict, r.Message, null),
            Domain.Pipeline.PipelineConflictException r => (StatusCodes.Status409Conflict, r.Message, null),
            ForbiddenException f => (StatusCodes.Status403Forbidden, f.Message, f.Field is null ? null : new Dictionary<string, string[]> { [f.Field] = [f.Message] }),
            PreconditionFailedException p => (StatusCodes.Status412PreconditionFailed, p.Message, null),
            ConcurrencyException c => httpContext.Request.Headers.ContainsKey(HeaderNames.IfMatch)
                ? (StatusCodes.Status412PreconditionFailed, "If-Match does not match: the resource was changed by another request.", null)
                : (StatusCodes.Status409Conflict, c.Message, null),
            BadHttpRequestException b => (b.StatusCode, b.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? RequestLimits.TooLargeDetail : "the request could not be read", null),
            // A body whose bytes do not decode in the charset its Content-Type declares (e.g. charset=utf-16).
            DecoderFallbackException => (StatusCodes.Status400BadRequest, "the request body is not valid text in its declared charset", null),
            _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred. Quote the trace_id when reporting it.", (Dictionary<string, string[]>?)null),
        };

        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        if (httpContext.Response.HasStarted)
        {
            return false;
        }

        httpContext.Response.Clear();
        await ProblemDetailsSetup.WriteAsync(httpContext, status, detail, errors: errors);
        return true;
    }

    /// <summary>The 422 detail: the first failing field and why, and how many others failed (all are in <c>errors</c>).</summary>
    private static string FirstFailure(ValidationException exception)
    {
        if (exception.Errors.Count == 0)
        {
            return exception.Message;
        }

        var (field, messages) = exception.Errors.First();
        var first = messages.Length > 0 ? messages[0] : $"{field} is invalid.";
        return exception.Errors.Count == 1
            ? first
            : $"{first} ({exception.Errors.Count - 1} more invalid: {string.Join(", ", exception.Errors.Keys.Skip(1))})";
    }
}
