using System.Collections.Concurrent;
using System.Reflection;
using CastingAgency.WebApi.Conventions;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CastingAgency.WebApi.Infrastructure;

/// <summary>
/// Contract §4: an unknown query parameter, or one given twice, is a 400 naming it. The known names are
/// read once per action from its query parameters and their properties (by the names they bind to).
/// </summary>
public sealed class StrictQueryStringFilter : IAsyncResourceFilter
{
    private static readonly ConcurrentDictionary<string, HashSet<string>> KnownByAction = new();
    private static readonly ConcurrentDictionary<string, HashSet<string>> MultiByAction = new();

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var known = KnownByAction.GetOrAdd(context.ActionDescriptor.Id, _ => KnownNames(context.ActionDescriptor.Parameters));
        foreach (var (name, values) in context.HttpContext.Request.Query)
        {
            string? detail = null;
            if (!known.Contains(name))
            {
                detail = known.Count == 0
                    ? $"unknown query parameter '{Safe(name)}': this endpoint takes none"
                    : $"unknown query parameter '{Safe(name)}'; allowed: {string.Join(", ", known.Order(StringComparer.Ordinal))}";
            }
            else if (values.Count > 1 && !MultiByAction.GetOrAdd(context.ActionDescriptor.Id, _ => MultiNames(context.ActionDescriptor.Parameters)).Contains(name))
            {
                detail = $"query parameter '{name}' is given more than once";
            }

            if (detail is not null)
            {
                context.Result = ProblemDetailsSetup.CreateResult(
                    context.HttpContext, StatusCodes.Status400BadRequest, detail, new Dictionary<string, string[]> { [Safe(name)] = [detail] });
                return;
            }
        }

        await next();
    }

    private static string Safe(string name) => name.Length > 64 ? name[..64] + "…" : name;

    /// <summary>The any-of filters (array properties), which may be given several times (contract §4).</summary>
    private static HashSet<string> MultiNames(IEnumerable<Microsoft.AspNetCore.Mvc.Abstractions.ParameterDescriptor> parameters) =>
        parameters
            .Where(p => p.BindingInfo?.BindingSource == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Query)
            .SelectMany(p => p.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.CanWrite && p.PropertyType.IsArray)
            .Select(SnakeCaseQueryNames.For)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> KnownNames(IEnumerable<Microsoft.AspNetCore.Mvc.Abstractions.ParameterDescriptor> parameters)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var parameter in parameters)
        {
            if (parameter.BindingInfo?.BindingSource != Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Query)
            {
                continue;
            }

            var properties = parameter.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanWrite)
                .Select(SnakeCaseQueryNames.For)
                .Where(n => n is not null)
                .ToList();
            if (properties.Count > 0)
            {
                names.UnionWith(properties!);
            }
            else
            {
                names.Add(parameter.BindingInfo.BinderModelName ?? parameter.Name);
            }
        }

        return names;
    }
}
