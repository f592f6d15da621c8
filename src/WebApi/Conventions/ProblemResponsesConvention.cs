using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CastingAgency.WebApi.Conventions;

/// <summary>
/// Declares every action's problem responses (docs/api.md §6) from its shape, so no action lists them:
/// every action can be 400, 401, 403, 429 and 500; an <c>{id}</c> in the route adds 404; a JSON body adds 413,
/// 415 and 422; a query object (filters, paging) adds 422; POST adds 409; PATCH and DELETE add 409 and 412.
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
        var template = action.Selectors.Select(s => s.AttributeRouteModel?.Template).FirstOrDefault(t => t is not null) ?? string.Empty;
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
        else if (action.Parameters.Any(p => p.BindingInfo?.BindingSource == BindingSource.Query && !p.ParameterType.IsValueType && p.ParameterType != typeof(string)))
        {
            yield return StatusCodes.Status422UnprocessableEntity;
        }

        var methods = action.Selectors.SelectMany(s => s.ActionConstraints?.OfType<Microsoft.AspNetCore.Mvc.ActionConstraints.HttpMethodActionConstraint>() ?? [])
            .SelectMany(c => c.HttpMethods)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (methods.Contains(HttpMethods.Post) || methods.Contains(HttpMethods.Patch) || methods.Contains(HttpMethods.Delete))
        {
            yield return StatusCodes.Status409Conflict;
        }

        if (methods.Contains(HttpMethods.Patch) || methods.Contains(HttpMethods.Delete))
        {
            yield return StatusCodes.Status412PreconditionFailed;
        }
    }
}
