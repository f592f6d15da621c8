using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CastingAgency.WebApi.OpenApi;

/// <summary>The OpenAPI document's options: the version NSwag reads, and the transformers of this folder.</summary>
public static class OpenApiSetup
{
    public const string DocumentName = "v1";

    public static void Configure(OpenApiOptions options)
    {
        // NSwag 14 reads OpenAPI 3.0 completely (3.1's type arrays for nullability it does not).
        options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
        options.AddSchemaTransformer<WireSchemaTransformer>();
        options.AddOperationTransformer<ContractOperationTransformer>();
        options.AddDocumentTransformer<ContractDocumentTransformer>();
    }
}
