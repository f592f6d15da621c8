using System.Text.Json;
using CastingAgency.Domain.Common;
using CastingAgency.WebApi.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;

namespace CastingAgency.WebApi.Infrastructure;

/// <summary>
/// Model-binding failures (malformed JSON, a wrong JSON type, an unknown or duplicate property, a query
/// value of the wrong type, a missing body) are 400 problems naming the field — never with the
/// serializer's own text, which would expose internal type names. An unknown enum value is docs/api.md's 422
/// naming the field, worded as the validators word it (<see cref="Guard.Messages.NotOneOf"/>).
/// </summary>
public static class InvalidModelStateResponse
{
    public static IActionResult Create(ActionContext context)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var unknownValues = true;
        foreach (var (key, entry) in context.ModelState)
        {
            if (entry.ValidationState != ModelValidationState.Invalid)
            {
                continue;
            }

            var field = FieldName(key);
            errors[field] = [Describe(context, field, entry)];
            unknownValues &= entry.Errors.Any(e => e.Exception is UnknownWireNameException);
        }

        var detail = errors.Count == 0
            ? "the request could not be read"
            : string.Join(" ", errors.Values.SelectMany(v => v));
        var status = errors.Count > 0 && unknownValues ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status400BadRequest;
        return ProblemDetailsSetup.CreateResult(context.HttpContext, status, detail, errors);
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

    /// <summary>
    /// When the body is well-formed JSON but not an object (<c>"text"</c>, <c>[1]</c>, <c>42</c>), what it is instead;
    /// null when it is not JSON at all. Reads the body as <see cref="RequestLimits"/> buffered it.
    /// </summary>
    private static string? NonObjectJson(HttpRequest request)
    {
        if (request.Body is not MemoryStream buffered || !buffered.TryGetBuffer(out var bytes))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes.AsMemory());
            return document.RootElement.ValueKind switch
            {
                JsonValueKind.Object => null,
                JsonValueKind.Array => "an array",
                JsonValueKind.String => "a string",
                JsonValueKind.Number => "a number",
                JsonValueKind.Null => "null",
                _ => "a boolean",
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Classified by what failed, never by the serializer's or MVC's message text: a body-level failure with no
    /// exception is a missing body; a JSON error on a name the body type does not have is an unknown property;
    /// one the serializer raised itself, with no reader or converter failure inside, on a known property is a
    /// duplicate; anything else at a property is a malformed value or the wrong JSON type.
    /// </summary>
    private static string Describe(ActionContext context, string field, ModelStateEntry entry)
    {
        var exception = entry.Errors.Select(e => e.Exception).FirstOrDefault(e => e is not null);
        if (field == "body")
        {
            return exception is null ? "A JSON body is required."
                : NonObjectJson(context.HttpContext.Request) is { } kind ? $"The body must be a JSON object, not {kind}."
                : "The body is not valid JSON of the expected shape.";
        }

        if (exception is UnknownWireNameException unknown)
        {
            return Guard.Messages.NotOneOf(field, unknown.Names);
        }

        if (exception is JsonException json)
        {
            if (!IsBodyProperty(context, field))
            {
                return $"'{field}' is not a known property.";
            }

            if (json.GetType() == typeof(JsonException) && json.InnerException is null)
            {
                return $"'{field}' appears more than once.";
            }
        }

        return entry.AttemptedValue is not null
            ? $"'{field}' has a value of the wrong type."
            : $"'{field}' is malformed or has the wrong JSON type.";
    }

    /// <summary>Whether <paramref name="field"/> is a JSON property of the action's body type.</summary>
    private static bool IsBodyProperty(ActionContext context, string field)
    {
        var bodyType = context.ActionDescriptor.Parameters
            .FirstOrDefault(p => p.BindingInfo?.BindingSource == BindingSource.Body)?.ParameterType;
        if (bodyType is null)
        {
            return false;
        }

        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.JsonSerializerOptions;
        return options.GetTypeInfo(bodyType).Properties.Any(p => p.Name == field);
    }
}
