using System.ComponentModel;
using System.Reflection;
using System.Text.RegularExpressions;
using CastingAgency.Application.Common.Models;
using CastingAgency.Domain.Common;
using CastingAgency.WebApi.Contracts;
using CastingAgency.WebApi.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Namotion.Reflection;
using NJsonSchema;
using NSwag;
using NSwag.Generation.AspNetCore;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace CastingAgency.WebApi.OpenApi;

/// <summary>
/// Per operation: the route name as operationId; a short summary and a description naming the permission (from the endpoint's policy, not
/// from prose); the bearer requirement; query parameters with their meanings (the <c>[Description]</c> of the
/// property they bind to) and the bounds and enums of its validator (<see cref="ValidatorFacts"/>); the
/// <c>ETag</c>, <c>Location</c>, <c>If-Match</c> and <c>If-None-Match</c> headers (docs/api.md §7); the
/// <c>Idempotency-Key</c> of every POST (§11); problems as <c>application/problem+json</c> and JSON as the only
/// other media type.
/// </summary>
internal sealed partial class ContractOperationProcessor(ValidatorFacts facts) : IOperationProcessor
{
    public const string BearerScheme = "Bearer";

    private const string ProblemJson = "application/problem+json";

    /// <summary>The parameters every list shares; the document lists them after the resource's own filters.</summary>
    private static readonly string[] ListParameters = ["page", "page_size", "sort", "search_term", "cursor", "include_total"];

    public bool Process(OperationProcessorContext context)
    {
        if (context is not AspNetCoreOperationProcessorContext aspNet)
        {
            return true;
        }

        var operation = context.OperationDescription.Operation;
        var method = context.OperationDescription.Method.ToUpperInvariant();

        // The route name is the operationId: `[HttpGet(Name = "listActors")]`, or `.WithName(...)` on a minimal
        // endpoint (NSwag's own UseRouteNameAsOperationId knows only attribute routes).
        var descriptor = aspNet.ApiDescription.ActionDescriptor;
        operation.OperationId = descriptor.AttributeRouteInfo?.Name
            ?? descriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName
            ?? operation.OperationId;

        DescribePermissions(operation, aspNet);
        DescribeParameters(operation, aspNet);
        DescribeBodyAndMediaTypes(operation);
        DescribeResponses(operation);
        DescribeHeaders(operation, method);
        return true;
    }

    private static void DescribePermissions(OpenApiOperation operation, AspNetCoreOperationProcessorContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var permissions = metadata.OfType<IAuthorizeData>()
            .Select(a => a.Policy)
            .OfType<string>()
            .SelectMany(p => p.Split('+', StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var summary = string.IsNullOrWhiteSpace(operation.Summary)
            ? metadata.OfType<IEndpointSummaryMetadata>().FirstOrDefault()?.Summary // a minimal endpoint's WithSummary
            : operation.Summary;
        var text = Whitespace().Replace(summary ?? string.Empty, " ").Trim();
        var firstSentence = FirstSentence().Match(text);
        operation.Summary = firstSentence.Success ? firstSentence.Value.Trim() : text;
        if (permissions.Count == 0 || metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Description = text;
            return;
        }

        // A policy named "a|b" lets either permission through (GET /submissions/{id}: the casting team or the agency).
        var either = permissions is [var alternatives] && alternatives.Contains('|', StringComparison.Ordinal);
        permissions = permissions.SelectMany(p => p.Split('|', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var needs = string.Join(either ? " or " : " and ", permissions.Select(p => $"`{p}`"));
        operation.Description = $"{text}\n\n**Permission:** {needs} (a bearer token whose `permissions` claim or scope holds "
            + (permissions.Count == 1 ? "it" : either ? "one of them" : "both") + "). Without a token: 401; without the permission: 403.";
        operation.Security = [new OpenApiSecurityRequirement { [BearerScheme] = [] }];
        operation.ExtensionData ??= new Dictionary<string, object?>(StringComparer.Ordinal);
        operation.ExtensionData["x-permissions"] = permissions.ToArray();
    }

    private void DescribeParameters(OpenApiOperation operation, AspNetCoreOperationProcessorContext context)
    {
        foreach (var parameter in operation.Parameters)
        {
            parameter.Position = null;
            parameter.OriginalName = null;
            if (parameter.Kind == OpenApiParameterKind.Path && parameter.Name == "sub")
            {
                // A team member is addressed by its token subject (docs/api.md, "Confidential productions and their teams").
                parameter.Description ??= $"A token subject, URL-encoded (auth0|abc is auth0%7Cabc), 1–{Limits.SubjectMaxLength} characters.";
                if (parameter.Schema is { } subSchema)
                {
                    subSchema.MinLength = 1;
                    subSchema.MaxLength = Limits.SubjectMaxLength;
                }
                continue;
            }

            if (parameter.Kind == OpenApiParameterKind.Path)
            {
                // Route ids are database identities: positive.
                parameter.Description ??= "The resource id.";
                if (parameter.Schema is { Type: JsonObjectType.Integer } idSchema)
                {
                    idSchema.Minimum = 1;
                }

                continue;
            }

            if (parameter.Kind != OpenApiParameterKind.Query || BoundTo(context, parameter.Name) is not { } bound)
            {
                continue;
            }

            parameter.IsNullableRaw = null;
            parameter.Description = bound.Described.GetCustomAttribute<DescriptionAttribute>()?.Description;
            var fact = facts.For(bound.Model, bound.Validated);
            var schema = parameter.Schema ?? new JsonSchema();
            schema.IsNullableRaw = null;
            if (fact.Enum is { } wireEnum)
            {
                var names = string.Join(", ", WireSchemaProcessor.WireNamesOf(wireEnum.EnumType));
                var reference = context.SchemaGenerator
                    .GenerateWithReference<JsonSchema>(wireEnum.EnumType.ToContextualType(), context.SchemaResolver).ActualSchema;
                if (wireEnum.IsList)
                {
                    // An any-of filter: repeat the parameter (docs/api.md §5).
                    parameter.Schema = new JsonSchema { Type = JsonObjectType.Array, Item = new JsonSchema { Reference = reference } };
                    parameter.Description = $"Any of: {names} (case-insensitive; repeatable).";
                }
                else
                {
                    parameter.Schema = new JsonSchema { Reference = reference };
                    parameter.Description = $"One of: {names} (case-insensitive).";
                }

                parameter.Explode = null;
                parameter.Style = OpenApiParameterStyle.Undefined;
                continue;
            }

            if (schema.Type == JsonObjectType.Integer)
            {
                schema.Minimum = fact.Minimum ?? schema.Minimum;
                schema.Maximum = fact.Maximum ?? schema.Maximum;
            }
        }

        DescribeSort(operation, context);
        var ordered = operation.Parameters.OrderBy(p => Array.IndexOf(ListParameters, p.Name) is var i && i < 0 ? -1 : i).ToList();
        operation.Parameters.Clear();
        ordered.ForEach(operation.Parameters.Add);
    }

    /// <summary>
    /// A list's <c>sort</c> parameter names the list's sortable fields, read from its filter record
    /// (<see cref="ISortedList{TEntity}.Sorting"/>): in the description and as <c>x-sort-fields</c> for generators.
    /// </summary>
    private static void DescribeSort(OpenApiOperation operation, AspNetCoreOperationProcessorContext context)
    {
        if (operation.Parameters.FirstOrDefault(p => p.Name == "sort" && p.Kind == OpenApiParameterKind.Query) is not { } sort)
        {
            return;
        }

        var filter = context.ApiDescription.ActionDescriptor.Parameters
            .Select(p => p.ParameterType)
            .FirstOrDefault(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ISortedList<>)));
        var map = filter?.GetProperty(nameof(ISortedList<object>.Sorting), BindingFlags.Public | BindingFlags.Static)?.GetValue(null);
        if (map?.GetType().GetProperty(nameof(SortMap<object>.Fields))?.GetValue(map) is not IEnumerable<string> sortable)
        {
            return;
        }

        // A list that sorts by something else unless told (appointments: starts_at) says so with a DefaultSort constant.
        var fields = sortable.ToArray();
        if (filter!.GetField("DefaultSort", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is string byDefault)
        {
            sort.Description = sort.Description?.Replace("default id.", $"default {byDefault}.", StringComparison.Ordinal);
        }

        sort.Description = $"{sort.Description} Fields: {string.Join(", ", fields)}.";
        sort.ExtensionData ??= new Dictionary<string, object?>(StringComparer.Ordinal);
        sort.ExtensionData["x-sort-fields"] = fields;
    }

    /// <summary>
    /// The filter or paging property a query parameter binds to, with the model whose rules check it: the
    /// Application's filter record, or, for <see cref="PageParameters"/>, the <see cref="PageRequest"/> it becomes.
    /// </summary>
    private static BoundProperty? BoundTo(AspNetCoreOperationProcessorContext context, string name)
    {
        var bound = context.ApiDescription.ParameterDescriptions.FirstOrDefault(p => p.Name == name)?.ModelMetadata;
        if (bound is not { ContainerType: { } container, PropertyName: { } propertyName })
        {
            return null;
        }

        var model = container == typeof(PageParameters) ? typeof(PageRequest) : container;
        return container.GetProperty(propertyName) is { } described && model.GetProperty(propertyName) is { } validated
            ? new BoundProperty(model, validated, described)
            : null;
    }

    /// <summary>A query parameter's property: <see cref="Described"/> carries its description, <see cref="Validated"/> its rules.</summary>
    private sealed record BoundProperty(Type Model, PropertyInfo Validated, PropertyInfo Described);

    private static void DescribeBodyAndMediaTypes(OpenApiOperation operation)
    {
        if (operation.RequestBody is { } body)
        {
            body.Name = null;
            body.Position = null;
            body.Description = string.IsNullOrWhiteSpace(body.Description) ? null : body.Description;
            foreach (var mediaType in body.Content.Keys.Where(k => k != "application/json").ToList())
            {
                body.Content.Remove(mediaType);
            }
        }
    }

    /// <summary>Descriptions as the reason phrases; problems as <c>application/problem+json</c>.</summary>
    private static void DescribeResponses(OpenApiOperation operation)
    {
        foreach (var (status, response) in operation.Responses)
        {
            if (string.IsNullOrEmpty(response.Description) && int.TryParse(status, out var code))
            {
                response.Description = ReasonPhrases.GetReasonPhrase(code);
            }

            response.IsNullableRaw = null;
            if (response.Content.TryGetValue("application/json", out var json) && json.Schema is { } schema && IsProblem(schema))
            {
                response.Content.Remove("application/json");
                response.Content[ProblemJson] = json;
            }
        }
    }

    private static bool IsProblem(JsonSchema schema) =>
        schema.ActualSchema.Properties.ContainsKey("trace_id") && schema.ActualSchema.Properties.ContainsKey("success");

    private static void DescribeHeaders(OpenApiOperation operation, string method)
    {
        var responses = operation.Responses;
        var readsOne = responses.ContainsKey("304");
        if (readsOne)
        {
            AddHeaderParameter(operation, "If-None-Match", "An ETag from an earlier response: 304 Not Modified while the resource still has it.");
            AddHeader(responses, "200", "ETag", "Strong tag of the resource's version; send it back in If-Match to write safely.");
            AddHeader(responses, "304", "ETag", "The tag that still matches.");
            if (responses.TryGetValue("304", out var notModified))
            {
                notModified.Description = "Not Modified: the If-None-Match tag still names the current version.";
            }
        }

        if (method is "PATCH" or "DELETE" && responses.ContainsKey("412"))
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

        if (method == "POST" && responses.ContainsKey("201"))
        {
            AddHeader(responses, "201", "ETag", "Strong tag of the new resource's version.");
        }

        if (responses.ContainsKey("201"))
        {
            AddHeader(responses, "201", "Location", "URL of the new resource.");
        }

        AddHeader(responses, "401", "WWW-Authenticate", "Bearer challenge with the reason.");
        AddHeader(responses, "429", "Retry-After", "Seconds to wait before trying again.");
    }

    /// <summary>docs/api.md §8: the optional <c>Idempotency-Key</c> of every POST, its replay header and its 409/422.</summary>
    private static void DescribeIdempotencyKey(OpenApiOperation operation, IDictionary<string, OpenApiResponse> responses)
    {
        if (operation.Parameters.All(p => p.Name != IdempotencyKeys.HeaderName))
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = IdempotencyKeys.HeaderName,
                Kind = OpenApiParameterKind.Header,
                IsRequired = false,
                Description = $"Optional, 1–{IdempotencyKeys.MaxLength} printable ASCII characters, unique per intended write. For "
                    + "24 hours, repeating the request with the same key (same caller, same body) returns the first successful "
                    + $"response again (status, body, Location, ETag, plus `{IdempotencyKeys.ReplayedHeaderName}: true`) and writes "
                    + "nothing twice. The same key with a different request: 422; a repeat while the first is still running: 409 "
                    + "(retry after Retry-After). A failed request is not remembered: retrying it with the same key runs it again.",
                Schema = new JsonSchema { Type = JsonObjectType.String, MinLength = 1, MaxLength = IdempotencyKeys.MaxLength },
            });
        }

        AddHeader(responses, "201", IdempotencyKeys.ReplayedHeaderName, "`true` when this is the stored response of an earlier request with the same Idempotency-Key.");
        AddHeader(responses, "409", HeaderNames.RetryAfter, "With an Idempotency-Key still in use by a running request: seconds to wait.");
        AppendDescription(responses, "409", "Also: a request with this Idempotency-Key is still being processed.");
        AppendDescription(responses, "422", "Also: this Idempotency-Key was already used with a different request (errors name Idempotency-Key).");
    }

    private static void AppendDescription(IDictionary<string, OpenApiResponse> responses, string status, string text)
    {
        if (responses.TryGetValue(status, out var response))
        {
            response.Description = string.IsNullOrEmpty(response.Description) ? text : $"{response.Description}. {text}";
        }
    }

    private static void AddHeaderParameter(OpenApiOperation operation, string name, string description)
    {
        if (operation.Parameters.Any(p => p.Name == name))
        {
            return;
        }

        operation.Parameters.Add(new OpenApiParameter
        {
            Name = name,
            Kind = OpenApiParameterKind.Header,
            IsRequired = false,
            Description = description,
            Schema = new JsonSchema { Type = JsonObjectType.String },
        });
    }

    private static void AddHeader(IDictionary<string, OpenApiResponse> responses, string status, string name, string description)
    {
        if (!responses.TryGetValue(status, out var response))
        {
            return;
        }

        response.Headers[name] = new OpenApiHeader { Description = description, Schema = new JsonSchema { Type = JsonObjectType.String } };
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^.*?\.(?=\s|$)")]
    private static partial Regex FirstSentence();
}
