using NSwag;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace CastingAgency.WebApi.OpenApi;

/// <summary>
/// The document as a whole: title and description, the bearer scheme, the tag descriptions, the schemas in name
/// order, and query parameters in OpenAPI's default style (a list is the parameter repeated).
/// </summary>
internal sealed class ContractDocumentProcessor : IDocumentProcessor
{
    public void Process(DocumentProcessorContext context)
    {
        var document = context.Document;
        document.Generator = null;
        document.Servers.Clear();
        // The committed copy names no host; the served document names the address it was fetched from (MapContractDocument).
        document.Servers.Add(new OpenApiServer { Url = "/" });
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

        document.Components.SecuritySchemes[ContractOperationProcessor.BearerScheme] = new OpenApiSecurityScheme
        {
            Type = OpenApiSecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "A JWT from the identity provider (or, in Development, the access_token of POST /dev/token).",
        };

        document.Tags =
        [
            new OpenApiTag { Name = "Actors", Description = "Actors: list, read (with the roles they hold), create, update, delete." },
            new OpenApiTag { Name = "Movies", Description = "Movies: list, read (with cast), create, update, delete (with their roles)." },
            new OpenApiTag { Name = "Roles", Description = "Roles: the parts to cast in movies, who holds them, and who could." },
        ];

        // Schemas by name, as readers (and the generated client) expect them; NSwag adds them as it meets them.
        var schemas = document.Definitions.OrderBy(d => d.Key, StringComparer.Ordinal).ToList();
        document.Definitions.Clear();
        schemas.ForEach(d => document.Definitions.Add(d.Key, d.Value));

        foreach (var parameter in document.Operations.SelectMany(o => o.Operation.Parameters).Where(p => p.Kind == OpenApiParameterKind.Query))
        {
            // A list is a repeated parameter, OpenAPI's default (form, exploded); an absent one is no filter.
            parameter.Style = OpenApiParameterStyle.Undefined;
            parameter.Explode = null;
            parameter.IsNullableRaw = null;
            if (parameter.Schema is { } schema)
            {
                schema.IsNullableRaw = null;
            }
        }
    }
}
