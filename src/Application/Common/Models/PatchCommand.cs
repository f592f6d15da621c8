using System.Text.Json.Serialization;

namespace CastingAgency.Application.Common.Models;

/// <summary>
/// Base of the PATCH commands: the JSON reader calls a property's setter only when the property is
/// in the body, so each setter records its name. That tells "absent" (keep) from "null" (clear).
/// </summary>
public abstract class PatchCommand
{
    private readonly HashSet<string> _present = new(StringComparer.Ordinal);

    /// <summary>The id from the route.</summary>
    [JsonIgnore]
    public int Id { get; set; }

    /// <summary>The version from <c>If-Match</c>, when the client sent one.</summary>
    [JsonIgnore]
    public int? ExpectedVersion { get; set; }

    /// <summary>How many properties the body held.</summary>
    [JsonIgnore]
    public int PresentCount => _present.Count;

    public bool IsPresent(string property) => _present.Contains(property);

    /// <summary>The new value when present, else the current one.</summary>
    public T Pick<T>(string property, T patched, T current) => IsPresent(property) ? patched : current;

    protected void MarkPresent(string property) => _present.Add(property);
}
