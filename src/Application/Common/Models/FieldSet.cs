using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace CastingAgency.Application.Common.Models;

/// <summary>
/// Base of the create and PATCH bodies: the JSON reader calls a property's setter only when the property is
/// in the body, so each setter records its name. That tells "absent" (keep, or default on create) from "null"
/// (clear). The set of names is immutable, so a <c>with</c> copy never shares a mutation with its original.
/// </summary>
public abstract record FieldSet
{
    private ImmutableHashSet<string> _present = ImmutableHashSet.Create<string>(StringComparer.Ordinal);

    /// <summary>How many properties the body held.</summary>
    [JsonIgnore]
    public int PresentCount => _present.Count;

    public bool IsPresent(string property) => _present.Contains(property);

    /// <summary>The new value when present, else the current one.</summary>
    public T Pick<T>(string property, T patched, T current) => IsPresent(property) ? patched : current;

    protected void MarkPresent(string property) => _present = _present.Add(property);
}

/// <summary>A PATCH body: the id comes from the route, the expected version from <c>If-Match</c>.</summary>
public interface IPatchCommand
{
    /// <summary>The id from the route.</summary>
    int Id { get; set; }

    /// <summary>The version from <c>If-Match</c>, when the client sent one.</summary>
    int? ExpectedVersion { get; set; }
}
