using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CastingAgency.WebApi.Conventions;

/// <summary>
/// Declares every action's problem responses (docs/api.md §6) from its shape, so no action lists them:
/// every action can be 400, 401, 403, 429 and 500; an <c>{id}</c> in the route adds 404; a JSON body adds 413,
/// 415 and 422; a query object (filters, paging) or a text route value (a team member's <c>sub</c>) adds 422; POST
/// and PUT add 409; PATCH and DELETE add 409, and 412 when they address a resource by its <c>{id}</c> (If-Match).
/// The responses reach ApiExplorer (and so the OpenAPI document) exactly as attributes would.
/// </summary>
public sealed class ProblemResponsesConvention : IActionModelConvention
{
    private const string ProblemJson = "application/problem+json";

    public void Apply(ActionModel action)
    {
        // The ones every action has come first, then the action's own success responses, then the rest by status.
        for (var i = 0; i < Everywhere.Length; i++)
        {
            action.Filters.Insert(i, Problem(Everywhere[i]));
        }

        foreach (var status in StatusesOf(action).Distinct().Order())
        {
            action.Filters.Add(Problem(status));
        }
    }

    private static readonly int[] Everywhere =
    [
        StatusCodes.Status400BadRequest,
        StatusCodes.Status401Unauthorized,
        StatusCodes.Status403Forbidden,
        StatusCodes.Status429TooManyRequests,
        StatusCodes.Status500InternalServerError,
    ];

    private static ProducesResponseTypeAttribute<ProblemDetails> Problem(int status) => new(status, ProblemJson);

    private static IEnumerable<int> StatusesOf(ActionModel action)
    {
        // The action's own template, after its controller's (a controller may hold the route's start).
        var template = string.Join('/', new[]
        {
            action.Controller.Selectors.Select(s => s.AttributeRouteModel?.Template).FirstOrDefault(t => t is not null),
            action.Selectors.Select(s => s.AttributeRouteModel?.Template).FirstOrDefault(t => t is not null),
        }.Where(t => !string.IsNullOrEmpty(t)));
        if (template.Contains("{id", StringComparison.Ordinal))
        {
            yield return StatusCodes.Status404NotFound;
        }

        var sources = action.Parameters.Select(p => p.BindingInfo?.BindingSource).ToList();
        if (sources.Contains(BindingSource.Body))
        {
            yield return StatusCodes.Status413PayloadTooLarge;
            yield return StatusCodes.Status415UnsupportedMediaType;
            yield return StatusCodes.Status422UnprocessableEntity;
        }
        else if (action.Parameters.Any(p => p.BindingInfo?.BindingSource == BindingSource.Query && !p.ParameterType.IsValueType && p.ParameterType != typeof(string))
            || action.Parameters.Any(p => p.BindingInfo?.BindingSource == BindingSource.Path && p.ParameterType == typeof(string)))
        {
            yield return StatusCodes.Status422UnprocessableEntity;
        }

        var methods = action.Selectors.SelectMany(s => s.ActionConstraints?.OfType<Microsoft.AspNetCore.Mvc.ActionConstraints.HttpMethodActionConstraint>() ?? [])
            .SelectMany(c => c.HttpMethods)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (methods.Contains(HttpMethods.Post) || methods.Contains(HttpMethods.Put) || methods.Contains(HttpMethods.Patch) || methods.Contains(HttpMethods.Delete))
        {
            yield return StatusCodes.Status409Conflict;
        }

        // If-Match names the version of a resource addressed by its id (a team member, by sub, has none of its own).
        if ((methods.Contains(HttpMethods.Patch) || methods.Contains(HttpMethods.Delete)) && template.Split('/')[^1].StartsWith("{id", StringComparison.Ordinal))
        {
            yield return StatusCodes.Status412PreconditionFailed;
        }
    }
}
