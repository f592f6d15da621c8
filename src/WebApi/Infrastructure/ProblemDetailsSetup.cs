using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace CastingAgency.WebApi.Infrastructure;

/// <summary>
/// Every error body, from whatever layer, passes through <see cref="Customize"/>: RFC 9457 fields plus the
/// legacy <c>success</c>/<c>error</c>/<c>message</c> trio and a <c>trace_id</c> that the request log carries too.
/// </summary>
public static class ProblemDetailsSetup
{
    public const string MessageKey = "message";

    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var http = context.HttpContext;
        var status = problem.Status ?? http.Response.StatusCode;
        problem.Status = status;
        problem.Type = ProblemMessages.TypeFor(status);
        problem.Title = ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } reason ? reason : problem.Title;
        problem.Instance ??= http.Request.Path.Value;
        problem.Detail ??= DefaultDetail(status, http);
        problem.Extensions.Remove("traceId");
        problem.Extensions["trace_id"] = TraceId(http);
        problem.Extensions["success"] = false;
        problem.Extensions["error"] = status;
        if (!problem.Extensions.ContainsKey(MessageKey))
        {
            problem.Extensions[MessageKey] = ProblemMessages.For(status);
        }
    }

    public static string TraceId(HttpContext http) => Activity.Current?.Id ?? http.TraceIdentifier;

    /// <summary>Writes a problem response; the single path for middleware, filters and auth events.</summary>
    public static async Task WriteAsync(
        HttpContext http, int status, string detail, string? message = null, IDictionary<string, string[]>? errors = null)
    {
        http.Response.StatusCode = status;
        var problem = Build(status, detail, errors);
        if (message is not null)
        {
            problem.Extensions[MessageKey] = message;
        }

        var service = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        if (!await service.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem }))
        {
            await http.Response.WriteAsJsonAsync(problem, options: null, contentType: "application/problem+json");
        }
    }

    /// <summary>The same problem as an MVC result, for filters and the model-state factory.</summary>
    public static ObjectResult CreateResult(HttpContext http, int status, string detail, IDictionary<string, string[]>? errors = null)
    {
        var problem = Build(status, detail, errors);
        Customize(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
        return new ObjectResult(problem) { StatusCode = status, ContentTypes = { "application/problem+json" } };
    }

    private static ProblemDetails Build(int status, string detail, IDictionary<string, string[]>? errors) =>
        errors is null
            ? new ProblemDetails { Status = status, Detail = detail }
            : new HttpValidationProblemDetails(errors) { Status = status, Detail = detail };

    private static string DefaultDetail(int status, HttpContext http) => status switch
    {
        404 => $"no resource at {http.Request.Path}",
        405 => $"{http.Request.Method} is not allowed on {http.Request.Path}",
        415 => "the request body must be application/json",
        _ => ProblemMessages.For(status),
    };
}
