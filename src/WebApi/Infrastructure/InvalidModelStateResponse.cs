using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CastingAgency.WebApi.Infrastructure;

/// <summary>
/// Model-binding failures (malformed JSON, a wrong JSON type, an unknown or duplicate property, a query
/// value of the wrong type, a missing body) are 400 problems naming the field — never with the
/// serializer's own text, which would expose internal type names.
/// </summary>
public static class InvalidModelStateResponse
{
    public static IActionResult Create(ActionContext context)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (key, entry) in context.ModelState)
        {
            if (entry.ValidationState != ModelValidationState.Invalid)
            {
                continue;
            }

            var field = FieldName(key);
            errors[field] = [Describe(field, entry)];
        }

        var detail = errors.Count == 0
            ? "the request could not be read"
            : string.Join(" ", errors.Values.SelectMany(v => v));
        return ProblemDetailsSetup.CreateResult(context.HttpContext, StatusCodes.Status400BadRequest, detail, errors);
    }

    /// <summary><c>$.release_date</c> → <c>release_date</c>; the body itself → <c>body</c>.</summary>
    private static string FieldName(string key)
    {
        var field = key.StartsWith("$.", StringComparison.Ordinal) ? key[2..] : key.TrimStart('$');
        if (field.Length == 0 || field is "command" or "request" or "body")
        {
            return "body";
        }

        return field.Length > 64 ? field[..64] : field;
    }

    private static string Describe(string field, ModelStateEntry entry)
    {
        var exception = entry.Errors.Select(e => e.Exception).FirstOrDefault(e => e is not null);
        var message = exception?.Message ?? entry.Errors.FirstOrDefault()?.ErrorMessage ?? string.Empty;
        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return $"'{field}' is not a known property.";
        }

        if (message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
        {
            return $"'{field}' appears more than once.";
        }

        if (field == "body")
        {
            return message.Contains("non-empty request body", StringComparison.Ordinal)
                ? "A JSON body is required."
                : "The body is not valid JSON of the expected shape.";
        }

        return entry.AttemptedValue is not null
            ? $"'{field}' has a value of the wrong type."
            : $"'{field}' is malformed or has the wrong JSON type.";
    }
}
