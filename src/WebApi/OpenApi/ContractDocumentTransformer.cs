using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CastingAgency.WebApi.OpenApi;

/// <summary>
/// The document as a whole: title and description, the bearer scheme, tag descriptions, and the request
/// bodies' enum-valued string fields pointed at the enum schemas (the commands take strings so that a bad
/// value is a 422 naming the field, but only the wire names are valid).
/// </summary>
internal sealed class ContractDocumentTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Casting Agency API",
            Version = "v1",
            Description = """
                Movies, actors and the roles to cast in them. JSON in snake_case; every error is
                `application/problem+json` with `success: false`, `error` and a fixed `message` (see ProblemDetails).
                Authenticate with a bearer JWT whose `permissions` claim holds the permission each operation names;
                in Development, `POST /dev/token` with `{"role": "casting_director"}` mints one.
                Single-resource responses carry an `ETag`; send it in `If-Match` on PATCH/DELETE to write safely.
                """,
        };

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[ContractOperationTransformer.BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "A JWT from the identity provider (or, in Development, the access_token of POST /dev/token).",
        };

        document.Tags = new HashSet<OpenApiTag>(
        [
            new OpenApiTag { Name = "Actors", Description = "Actors: list, read (with the roles they hold), create, update, delete." },
            new OpenApiTag { Name = "Movies", Description = "Movies: list, read (with cast), create, update, delete (with their roles)." },
            new OpenApiTag { Name = "Roles", Description = "Roles: the parts to cast in movies, who holds them, and who could." },
        ]);

        PointEnumFieldsAtEnums(document);
        SimplifyNullableReferences(document);
        return Task.CompletedTask;
    }

    /// <summary>
    /// <c>oneOf: [null, $ref]</c> becomes <c>nullable: true, oneOf: [$ref]</c> in OpenAPI 3.0, the form
    /// NSwag turns into <c>Ethnicity | undefined</c> rather than an untyped union.
    /// </summary>
    private static void SimplifyNullableReferences(OpenApiDocument document)
    {
        foreach (var component in (document.Components?.Schemas?.Values ?? []).OfType<OpenApiSchema>())
        {
            foreach (var field in component.Properties?.Keys.ToList() ?? [])
            {
                if (component.Properties![field] is OpenApiSchema { OneOf: { Count: 2 } oneOf } property
                    && oneOf.Count(s => s is OpenApiSchema { Type: JsonSchemaType.Null }) == 1
                    && oneOf.SingleOrDefault(s => s is OpenApiSchemaReference) is { } reference)
                {
                    component.Properties[field] = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Null,
                        OneOf = [reference],
                        Description = property.Description,
                    };
                }
            }
        }
    }

    private static void PointEnumFieldsAtEnums(OpenApiDocument document)
    {
        foreach (var (name, component) in document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (!name.EndsWith("Command", StringComparison.Ordinal) || component is not OpenApiSchema { Properties: { } properties })
            {
                continue;
            }

            var isRole = name.Contains("Role", StringComparison.Ordinal);
            foreach (var field in properties.Keys.ToList())
            {
                if ((WireContract.EnumFor(field, isRole) ?? WireContract.PipelineEnumFor(field, name)) is not { } enumType
                    || properties[field] is not OpenApiSchema current)
                {
                    continue;
                }

                var nullable = current.Type?.HasFlag(JsonSchemaType.Null) == true;
                var reference = new OpenApiSchemaReference(enumType.Name, document);
                properties[field] = nullable
                    ? new OpenApiSchema
                    {
                        OneOf = [new OpenApiSchema { Type = JsonSchemaType.Null }, reference],
                        Description = current.Description,
                    }
                    : reference;
            }
        }

    }
}
