using System.Text.Json.Nodes;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Common.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CastingAgency.WebApi.OpenApi;

/// <summary>
/// Makes the schemas say what the wire does: domain enums as string enums of their wire names; every
/// property of a response required (the serializer always writes it, null or not); request bodies with their
/// required fields, ranges, lengths and formats; and the problem-details schema with the extension members
/// that every error carries (contract §5).
/// </summary>
internal sealed class WireSchemaTransformer : IOpenApiSchemaTransformer
{
    private const string ApplicationNamespace = "CastingAgency.Application";
    private const string ContractsNamespace = "CastingAgency.WebApi.Contracts";

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        var enumType = Nullable.GetUnderlyingType(type) ?? type;
        if (WireContract.Enums.TryGetValue(enumType, out var names))
        {
            if (schema.OneOf is { Count: > 0 } || schema.AnyOf is { Count: > 0 } || schema.AllOf is { Count: > 0 })
            {
                return Task.CompletedTask; // A nullable wrapper around the enum's own schema.
            }

            schema.Type = JsonSchemaType.String;
            schema.Format = null;
            schema.Enum = [.. names.Select(n => (JsonNode)JsonValue.Create(n))];
            return Task.CompletedTask;
        }

        if (context.JsonPropertyInfo is not null || schema.Properties is not { Count: > 0 })
        {
            return Task.CompletedTask;
        }

        if (typeof(ProblemDetails).IsAssignableFrom(type))
        {
            DescribeProblem(schema);
        }
        else if (IsRequestBody(type))
        {
            DescribeRequest(schema, isPatch: typeof(IPatchCommand).IsAssignableFrom(type));
        }
        else if (IsResponse(type))
        {
            schema.Required = new HashSet<string>(schema.Properties.Keys, StringComparer.Ordinal);
        }

        return Task.CompletedTask;
    }

    private static bool IsRequestBody(Type type) =>
        type.Namespace?.StartsWith(ApplicationNamespace, StringComparison.Ordinal) == true
        && type.Name.EndsWith("Command", StringComparison.Ordinal);

    private static bool IsResponse(Type type) =>
        type.Namespace == ContractsNamespace
        || (type.Namespace?.StartsWith(ApplicationNamespace, StringComparison.Ordinal) == true
            && type.Namespace.EndsWith(".Dtos", StringComparison.Ordinal));

    private static void DescribeRequest(OpenApiSchema schema, bool isPatch)
    {
        var required = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, property) in schema.Properties!)
        {
            if (property is not OpenApiSchema field)
            {
                continue;
            }

            if (WireContract.RequiredFields.Contains(name))
            {
                // Null for a required field is a 422 on POST and on PATCH alike.
                field.Type &= ~JsonSchemaType.Null;
                if (!isPatch)
                {
                    required.Add(name);
                }
            }

            if (isPatch)
            {
                // The create and PATCH bodies share their fields; the notes on them ("Required", "Defaults to
                // false") are create-time rules, so a PATCH schema carries none.
                field.Description = null;
            }

            WireContract.ApplyRange(field, name);

            if (WireContract.MaxLengthFor(name) is { } maxLength)
            {
                field.MaxLength = maxLength;
                if (WireContract.RequiredFields.Contains(name))
                {
                    field.MinLength = 1;
                }
            }

            field.Format = name switch
            {
                "release_date" => "date",
                "email" => "email",
                "image_link" => "uri",
                _ => field.Format,
            };
        }

        schema.Required = required;
    }

    private static void DescribeProblem(OpenApiSchema schema)
    {
        schema.Description = "RFC 9457 problem details with the legacy success/error/message members (contract §5).";
        schema.AdditionalPropertiesAllowed = true;
        schema.AdditionalProperties = null;
        foreach (var name in new[] { "type", "title", "detail", "instance" })
        {
            if (schema.Properties!.TryGetValue(name, out var property) && property is OpenApiSchema field)
            {
                field.Type = JsonSchemaType.String;
            }
        }

        if (schema.Properties!.TryGetValue("status", out var status) && status is OpenApiSchema statusField)
        {
            statusField.Type = JsonSchemaType.Integer;
        }

        schema.Properties["success"] = new OpenApiSchema { Type = JsonSchemaType.Boolean, Description = "Always false on an error." };
        schema.Properties["error"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status code again (legacy clients read it).",
        };
        schema.Properties["message"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String, Description = "The fixed message of the status, e.g. \"Resource not found\".",
        };
        schema.Properties["trace_id"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String, Description = "The W3C trace id of the request; the request log carries it too.",
        };
        schema.Properties["errors"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "Validation errors only: snake_case field name to its messages.",
            AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
        };
        schema.Required = new HashSet<string>(
            ["type", "title", "status", "detail", "instance", "success", "error", "message", "trace_id"], StringComparer.Ordinal);
    }
}
