using System.Collections.Concurrent;
using System.Reflection;
using CastingAgency.WebApi.Conventions;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CastingAgency.WebApi.Infrastructure;

/// <summary>
/// docs/api.md §1: an unknown query parameter, or one given twice, is a 400 naming it. The known names are
/// read once per action from its query parameters and their properties (by the names they bind to); a property
/// that binds a list (the any-of filters) may be repeated.
/// </summary>
public sealed class StrictQueryStringFilter : IAsyncResourceFilter
{
    private static readonly ConcurrentDictionary<string, (HashSet<string> Known, HashSet<string> Repeatable)> KnownByAction = new();

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var (known, repeatable) = KnownByAction.GetOrAdd(context.ActionDescriptor.Id, _ => KnownNames(context.ActionDescriptor.Parameters));
        foreach (var (name, values) in context.HttpContext.Request.Query)
        {
            string? detail = null;
            if (!known.Contains(name))
            {
                detail = known.Count == 0
                    ? $"unknown query parameter '{Safe(name)}': this endpoint takes none"
                    : $"unknown query parameter '{Safe(name)}'; allowed: {string.Join(", ", known.Order(StringComparer.Ordinal))}";
            }
            else if (values.Count > 1 && !repeatable.Contains(name))
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

    private static (HashSet<string> Known, HashSet<string> Repeatable) KnownNames(IEnumerable<Microsoft.AspNetCore.Mvc.Abstractions.ParameterDescriptor> parameters)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var repeatable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var parameter in parameters)
        {
            if (parameter.BindingInfo?.BindingSource != Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Query)
            {
                continue;
            }

            var writable = parameter.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).ToList();
            var properties = writable.Select(SnakeCaseQueryNames.For).Where(n => n is not null).ToList();
            repeatable.UnionWith(writable
                .Where(p => p.PropertyType != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(p.PropertyType))
                .Select(SnakeCaseQueryNames.For)
                .OfType<string>());
            if (properties.Count > 0)
            {
                names.UnionWith(properties!);
            }
            else
            {
                names.Add(parameter.BindingInfo.BinderModelName ?? parameter.Name);
            }
        }

        return (names, repeatable);
    }
}
