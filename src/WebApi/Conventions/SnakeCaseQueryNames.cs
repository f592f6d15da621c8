using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace CastingAgency.WebApi.Conventions;

/// <summary>
/// Binds the query string straight to the Application's filter records: each property is bound by its
/// snake_case wire name (<c>MinAge</c> ← <c>min_age</c>), so no controller-side copy of the filters exists.
/// An explicit <c>[FromQuery(Name = …)]</c> wins.
/// </summary>
public sealed class SnakeCaseQueryNames : IBindingMetadataProvider
{
    private const string ApplicationNamespace = "CastingAgency.Application";

    public void CreateBindingMetadata(BindingMetadataProviderContext context)
    {
        if (context.Key.MetadataKind == Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.ModelMetadataKind.Property
            && context.Key.ContainerType?.Namespace?.StartsWith(ApplicationNamespace, StringComparison.Ordinal) == true
            && context.BindingMetadata.BinderModelName is null
            && context.Key.Name is { } name)
        {
            context.BindingMetadata.BinderModelName = WireName(name);
        }
    }

    /// <summary>The query name a bound property answers to.</summary>
    public static string? For(PropertyInfo property) =>
        property.GetCustomAttribute<FromQueryAttribute>()?.Name
        ?? (property.DeclaringType?.Namespace?.StartsWith(ApplicationNamespace, StringComparison.Ordinal) == true ? WireName(property.Name) : null);

    private static string WireName(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
