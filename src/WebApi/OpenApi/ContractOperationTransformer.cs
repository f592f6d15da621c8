using System.ComponentModel;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using CastingAgency.WebApi.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;

namespace CastingAgency.WebApi.OpenApi;

/// <summary>
/// Per operation: a short summary and a description naming the permission (from the endpoint's policy, not
/// from prose); the bearer requirement; query parameters with their ranges, enums and meanings; the
/// <c>ETag</c>, <c>Location</c>, <c>If-Match</c> and <c>If-None-Match</c> headers (contract §6); the <c>Idempotency-Key</c>
/// of every POST (§11); and JSON as
/// the only media type.
/// </summary>
internal sealed partial class ContractOperationTransformer : IOpenApiOperationTransformer
{
    public const string BearerScheme = "Bearer";

    /// <summary>The parameters every list shares; the document lists them after the resource's own filters.</summary>
    private static readonly string[] ListParameters = ["page", "page_size", "sort", "search_term", "cursor", "include_total"];

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document;
        var method = context.Description.HttpMethod ?? string.Empty;
        var isRoleResource = context.Description.RelativePath?.StartsWith("roles", StringComparison.Ordinal) == true;

        DescribePermissions(operation, context);
        DescribeParameters(operation, context, isRoleResource && !IsCandidates(context));
        KeepJsonOnly(operation);
        DescribeHeaders(operation, method);
        return Task.CompletedTask;
    }

    private static bool IsCandidates(OpenApiOperationTransformerContext context) =>
        context.Description.RelativePath?.EndsWith("/candidates", StringComparison.Ordinal) == true;

    private static void DescribePermissions(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var permissions = metadata.OfType<IAuthorizeData>()
            .Select(a => a.Policy)
            .OfType<string>()
            .SelectMany(p => p.Split('+', StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var text = Whitespace().Replace(operation.Summary ?? string.Empty, " ").Trim();
        var firstSentence = FirstSentence().Match(text);
        operation.Summary = firstSentence.Success ? firstSentence.Value.Trim() : text;
        if (permissions.Count == 0 || metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Description = text;
            return;
        }

        var needs = string.Join(" and ", permissions.Select(p => $"`{p}`"));
        operation.Description = $"{text}\n\n**Permission:** {needs} (a bearer token whose `permissions` claim or scope holds "
            + (permissions.Count == 1 ? "it" : "both") + "). Without a token: 401; without the permission: 403.";
        operation.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] },
        ];
        operation.Extensions ??= new Dictionary<string, IOpenApiExtension>(StringComparer.Ordinal);
        operation.Extensions["x-permissions"] = new JsonNodeExtension(new System.Text.Json.Nodes.JsonArray(
            [.. permissions.Select(p => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(p))]));
    }

    private static void DescribeParameters(OpenApiOperation operation, OpenApiOperationTransformerContext context, bool isRole)
    {
        var document = context.Document;
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            var name = parameter.Name ?? string.Empty;
            if (parameter.In == ParameterLocation.Path)
            {
                parameter.Description ??= "The resource id.";
            }
            else if (parameter.In == ParameterLocation.Query && DescriptionOf(context, name) is { } description)
            {
                parameter.Description = description;
            }

            if (parameter.In == ParameterLocation.Query
                && WireContract.PipelineEnumFor(name, context.Description.RelativePath ?? string.Empty) is { } anyOf
                && parameter.Schema is OpenApiSchema { Type: { } type } && type.HasFlag(JsonSchemaType.Array))
            {
                // An any-of filter: repeat the parameter (contract §4).
                parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchemaReference(anyOf.Name, document) };
                parameter.Description = $"Any of: {string.Join(", ", WireContract.Enums[anyOf])} (case-insensitive; repeat the parameter).";
                continue;
            }

            if ((WireContract.EnumFor(name, isRole) ?? (parameter.In == ParameterLocation.Query
                    ? WireContract.PipelineEnumFor(name, context.Description.RelativePath ?? string.Empty) : null)) is { } enumType
                && parameter.In == ParameterLocation.Query)
            {
                // The enum filters are any-of (contract §4): repeat the parameter for several values.
                parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchemaReference(enumType.Name, document) };
                parameter.Description = $"Any of: {string.Join(", ", WireContract.Enums[enumType])} (case-insensitive; repeatable).";
                continue;
            }

            if (parameter.Schema is OpenApiSchema schema && schema.Type?.HasFlag(JsonSchemaType.Integer) == true)
            {
                WireContract.ApplyRange(schema, name);
            }
        }

        if (operation.Parameters is { Count: > 1 } parameters)
        {
            var ordered = parameters.OrderBy(p => Array.IndexOf(ListParameters, p.Name) is var i && i < 0 ? -1 : i).ToList();
            parameters.Clear();
            ordered.ForEach(parameters.Add);
        }
    }

    /// <summary>The <c>[Description]</c> of the filter or paging property a query parameter binds to: its one description.</summary>
    private static string? DescriptionOf(OpenApiOperationTransformerContext context, string name)
    {
        var bound = context.Description.ParameterDescriptions.FirstOrDefault(p => p.Name == name)?.ModelMetadata;
        return bound is { ContainerType: { } container, PropertyName: { } property }
            ? container.GetProperty(property)?.GetCustomAttribute<DescriptionAttribute>()?.Description
            : null;
    }

    private static void KeepJsonOnly(OpenApiOperation operation)
    {
        if (operation.RequestBody is OpenApiRequestBody { Content: { } body })
        {
            foreach (var mediaType in body.Keys.Where(k => k != "application/json").ToList())
            {
                body.Remove(mediaType);
            }
        }

        foreach (var response in operation.Responses?.Values.OfType<OpenApiResponse>() ?? [])
        {
            if (response.Content is null)
            {
                continue;
            }

            foreach (var mediaType in response.Content.Keys.Where(k => k is "text/plain" or "text/json").ToList())
            {
                response.Content.Remove(mediaType);
            }
        }
    }

    private static void DescribeHeaders(OpenApiOperation operation, string method)
    {
        var responses = operation.Responses;
        if (responses is null)
        {
            return;
        }

        var readsOne = responses.ContainsKey("304");
        if (readsOne)
        {
            AddHeaderParameter(operation, "If-None-Match", "An ETag from an earlier response: 304 Not Modified while the resource still has it.");
            AddHeader(responses, "200", "ETag", "Strong tag of the resource's version; send it back in If-Match to write safely.");
            AddHeader(responses, "304", "ETag", "The tag that still matches.");
            if (responses.TryGetValue("304", out var notModified) && notModified is OpenApiResponse r304)
            {
                r304.Description = "Not Modified: the If-None-Match tag still names the current version.";
            }
        }

        if (method is "PATCH" or "DELETE")
        {
            AddHeaderParameter(operation, "If-Match", "The ETag last read: the write happens only if the resource still has it (else 412). Omit to write unconditionally.");
        }

        if (method == "PATCH")
        {
            AddHeader(responses, "200", "ETag", "Strong tag of the new version.");
        }

        if (method == "POST" && responses.ContainsKey("201"))
        {
            DescribeIdempotencyKey(operation, responses);
        }

        if (responses.ContainsKey("201"))
        {
            AddHeader(responses, "201", "ETag", "Strong tag of the new resource's version.");
            AddHeader(responses, "201", "Location", "URL of the new resource.");
        }

        AddHeader(responses, "401", "WWW-Authenticate", "Bearer challenge with the reason.");
        AddHeader(responses, "429", "Retry-After", "Seconds to wait before trying again.");
    }

    /// <summary>Contract §11: the optional <c>Idempotency-Key</c> of every POST, its replay header and its 409/422.</summary>
    private static void DescribeIdempotencyKey(OpenApiOperation operation, OpenApiResponses responses)
    {
        operation.Parameters ??= [];
        if (operation.Parameters.All(p => p.Name != IdempotencyKeys.HeaderName))
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = IdempotencyKeys.HeaderName,
                In = ParameterLocation.Header,
                Required = false,
                Description = $"Optional, 1–{IdempotencyKeys.MaxLength} printable ASCII characters, unique per intended write. For "
                    + "24 hours, repeating the request with the same key (same caller, same body) returns the first successful "
                    + $"response again (status, body, Location, ETag, plus `{IdempotencyKeys.ReplayedHeaderName}: true`) and writes "
                    + "nothing twice. The same key with a different request: 422; a repeat while the first is still running: 409 "
                    + "(retry after Retry-After). A failed request is not remembered: retrying it with the same key runs it again.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = IdempotencyKeys.MaxLength },
            });
        }

        AddHeader(responses, "201", IdempotencyKeys.ReplayedHeaderName, "`true` when this is the stored response of an earlier request with the same Idempotency-Key.");
        AddHeader(responses, "409", HeaderNames.RetryAfter, "With an Idempotency-Key still in use by a running request: seconds to wait.");
        AppendDescription(responses, "409", "Also: a request with this Idempotency-Key is still being processed.");
        AppendDescription(responses, "422", "Also: this Idempotency-Key was already used with a different request (errors name Idempotency-Key).");
    }

    private static void AppendDescription(OpenApiResponses responses, string status, string text)
    {
        if (responses.TryGetValue(status, out var found) && found is OpenApiResponse response)
        {
            response.Description = string.IsNullOrEmpty(response.Description) ? text : $"{response.Description}. {text}";
        }
    }

    private static void AddHeaderParameter(OpenApiOperation operation, string name, string description)
    {
        operation.Parameters ??= [];
        if (operation.Parameters.Any(p => p.Name == name))
        {
            return;
        }

        operation.Parameters.Add(new OpenApiParameter
        {
            Name = name,
            In = ParameterLocation.Header,
            Required = false,
            Description = description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
    }

    private static void AddHeader(OpenApiResponses responses, string status, string name, string description)
    {
        if (!responses.TryGetValue(status, out var found) || found is not OpenApiResponse response)
        {
            return;
        }

        response.Headers ??= new Dictionary<string, IOpenApiHeader>(StringComparer.OrdinalIgnoreCase);
        response.Headers[name] = new OpenApiHeader { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^.*?\.(?=\s|$)")]
    private static partial Regex FirstSentence();
}
