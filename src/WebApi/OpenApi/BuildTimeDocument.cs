using System.Reflection;

namespace CastingAgency.WebApi.OpenApi;

/// <summary>
/// The build-time OpenAPI generator (Microsoft.Extensions.ApiDescription.Server runs <c>GetDocument.Insider</c>,
/// which starts the app without a server) writes <c>docs/openapi/v1.json</c>, a tracked file. Its output must depend
/// on the sources only, never on the environment the build happens to run under, so whatever is mapped only in one
/// environment stays out of it.
/// </summary>
public static class BuildTimeDocument
{
    /// <summary>True while the build-time generator, not a server, runs the app.</summary>
    public static bool IsGenerating { get; } = Assembly.GetEntryAssembly()?.GetName().Name == "GetDocument.Insider";
}
