using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using CastingAgency.Application.Common.Validation;
using CastingAgency.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Namotion.Reflection;
using NJsonSchema;
using NJsonSchema.Generation;

namespace CastingAgency.WebApi.OpenApi;

/// <summary>
/// Makes the schemas say what the wire does: domain enums as string enums of their wire names
/// (<see cref="WireNames{TEnum}"/>); every property of a response required (the serializer writes every
/// property, null or not: <see cref="JsonIgnoreCondition.Never"/>) but an <see cref="Optional{T}"/> one, which may be
/// absent; request bodies with the required fields,
/// bounds, lengths, enums and formats their validators enforce (<see cref="ValidatorFacts"/>); and the
/// problem-details schema with the extension members that every error carries (docs/api.md §6).
/// </summary>
internal sealed class WireSchemaProcessor(ValidatorFacts facts, JsonNamingPolicy naming) : ISchemaProcessor
{
    public void Process(SchemaProcessorContext context)
    {
        var type = context.ContextualType.OriginalType;
        var schema = context.Schema;
        if ((Nullable.GetUnderlyingType(type) ?? type) is { IsEnum: true } enumType)
        {
            DescribeEnum(schema, enumType);
            return;
        }

        if (schema.Type != JsonObjectType.Object || schema.Properties.Count == 0)
        {
            return;
        }

        if (typeof(ProblemDetails).IsAssignableFrom(type))
        {
            DescribeProblem(schema);
        }
        else if (typeof(FieldSet).IsAssignableFrom(type))
        {
            DescribeRequest(context, type, isPatch: typeof(IPatchCommand).IsAssignableFrom(type));
        }
        else
        {
            // A response: every property is always written, except an Optional<T> one, which is absent when not
            // present (an actor's phone and email for a caller without get:contacts).
            var optional = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => IsOptional(p.PropertyType))
                .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? naming.ConvertName(p.Name))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var name in schema.Properties.Keys.Where(n => !optional.Contains(n)))
            {
                schema.RequiredProperties.Add(name);
            }
        }
    }

    /// <summary>An enum's wire names, in declaration order (the one list: <see cref="WireNames{TEnum}.All"/>).</summary>
    public static IReadOnlyList<string> WireNamesOf(Type enumType) =>
        (IReadOnlyList<string>)typeof(WireNames<>).MakeGenericType(enumType)
            .GetProperty(nameof(WireNames<DayOfWeek>.All), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    private static void DescribeEnum(JsonSchema schema, Type enumType)
    {
        if (schema.HasReference || schema.OneOf.Count > 0)
        {
            return; // A nullable wrapper around the enum's own schema.
        }

        schema.Type = JsonObjectType.String;
        schema.Format = null;
        schema.Description = string.IsNullOrWhiteSpace(schema.Description) ? null : schema.Description;
        schema.Enumeration.Clear();
        schema.EnumerationNames.Clear();
        foreach (var name in WireNamesOf(enumType))
        {
            schema.Enumeration.Add(name);
        }
    }

    private void DescribeRequest(SchemaProcessorContext context, Type type, bool isPatch)
    {
        var schema = context.Schema;
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .ToDictionary(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? naming.ConvertName(p.Name), StringComparer.Ordinal);

        // A request schema holds exactly what the operation accepts: not a field its validator refuses in this body.
        foreach (var name in schema.Properties.Keys.ToList())
        {
            if (properties.TryGetValue(name, out var refused) && facts.For(type, refused).Forbidden)
            {
                schema.Properties.Remove(name);
                schema.RequiredProperties.Remove(name);
            }
        }

        foreach (var (name, field) in schema.Properties)
        {
            if (!properties.TryGetValue(name, out var property))
            {
                continue;
            }

            var fact = facts.For(type, property);
            if (fact.NeverNull)
            {
                // Null for a required field is a 422 on POST and on PATCH alike.
                field.IsNullableRaw = null;
                if (fact.Required && !isPatch)
                {
                    schema.RequiredProperties.Add(name);
                }
            }

            if (isPatch)
            {
                // The create and PATCH bodies share their fields; the notes on them ("Required", "Defaults to
                // false") are create-time rules, so a PATCH schema carries none.
                field.Description = null;
            }

            if (EnumOf(property.PropertyType) is { } enumType)
            {
                PointAtEnum(context, field, enumType, nullable: !fact.NeverNull);
            }

            field.Minimum = fact.Minimum ?? field.Minimum;
            field.Maximum = fact.Maximum ?? field.Maximum;
            field.MaxLength = fact.MaxLength ?? field.MaxLength;
            if (fact.MinLength > 0)
            {
                field.MinLength = fact.MinLength;
            }

            field.Format = fact.Format ?? field.Format;
        }
    }

    private static bool IsOptional(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Optional<>);

    /// <summary>The domain enum a body field carries (<c>Optional&lt;Gender?&gt;</c>: <c>Gender</c>), if any.</summary>
    private static Type? EnumOf(Type type)
    {
        type = IsOptional(type) ? type.GetGenericArguments()[0] : type;
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsEnum ? type : null;
    }

    /// <summary>An enum-valued field as a reference to its enum's schema (nullable unless the field never is).</summary>
    private static void PointAtEnum(SchemaProcessorContext context, JsonSchemaProperty field, Type enumType, bool nullable)
    {
        var reference = context.Generator.GenerateWithReference<JsonSchema>(enumType.ToContextualType(), context.Resolver).ActualSchema;
        field.Type = JsonObjectType.None;
        field.Format = null;
        field.OneOf.Clear();
        if (nullable)
        {
            field.OneOf.Add(new JsonSchema { Reference = reference });
            field.IsNullableRaw = true;
        }
        else
        {
            // A bare reference, as OpenAPI 3.0 ignores whatever stands beside a $ref.
            field.Reference = reference;
            field.IsNullableRaw = null;
            field.Description = null;
        }
    }

    private static void DescribeProblem(JsonSchema schema)
    {
        schema.Description = "RFC 9457 problem details with the legacy success/error/message members (docs/api.md §6).";
        schema.AllowAdditionalProperties = true;
        schema.AdditionalPropertiesSchema = null;
        foreach (var name in new[] { "type", "title", "detail", "instance" })
        {
            if (schema.Properties.TryGetValue(name, out var field))
            {
                field.Type = JsonObjectType.String;
                field.IsNullableRaw = null;
            }
        }

        if (schema.Properties.TryGetValue("status", out var status))
        {
            status.Type = JsonObjectType.Integer;
            status.IsNullableRaw = null;
        }

        schema.Properties["success"] = new JsonSchemaProperty { Type = JsonObjectType.Boolean, Description = "Always false on an error." };
        schema.Properties["error"] = new JsonSchemaProperty
        {
            Type = JsonObjectType.Integer, Format = JsonFormatStrings.Integer, Description = "The HTTP status code again (legacy clients read it).",
        };
        schema.Properties["message"] = new JsonSchemaProperty
        {
            Type = JsonObjectType.String, Description = "The fixed message of the status, e.g. \"Resource not found\".",
        };
        schema.Properties["trace_id"] = new JsonSchemaProperty
        {
            Type = JsonObjectType.String, Description = "The W3C trace id of the request; the request log carries it too.",
        };
        schema.Properties["errors"] = new JsonSchemaProperty
        {
            Type = JsonObjectType.Object,
            Description = "Validation errors, or the one parameter a 403 refuses (email without get:contacts): snake_case field name to its messages.",
            AdditionalPropertiesSchema = new JsonSchema { Type = JsonObjectType.Array, Item = new JsonSchema { Type = JsonObjectType.String } },
        };
        schema.RequiredProperties.Clear();
        foreach (var name in new[] { "type", "title", "status", "detail", "instance", "success", "error", "message", "trace_id" })
        {
            schema.RequiredProperties.Add(name);
        }
    }
}
