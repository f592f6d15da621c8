using System.Collections.Frozen;
using System.Reflection;

namespace CastingAgency.Domain.Common;

/// <summary>
/// Maps the domain enums to and from their wire names (<c>non-binary</c>, <c>middle eastern</c>).
/// Parsing is case-insensitive; formatting is always the exact lowercase name.
/// </summary>
public static class WireNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> ToName;
    private static readonly FrozenDictionary<string, TEnum> FromName;

    static WireNames()
    {
        var pairs = typeof(TEnum)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (Value: (TEnum)f.GetValue(null)!, Name: f.GetCustomAttribute<WireNameAttribute>()?.Name
                ?? throw new InvalidOperationException($"{typeof(TEnum).Name}.{f.Name} has no wire name.")))
            .ToList();
        ToName = pairs.ToFrozenDictionary(p => p.Value, p => p.Name);
        FromName = pairs.ToFrozenDictionary(p => p.Name, p => p.Value, StringComparer.OrdinalIgnoreCase);
        All = pairs.Select(p => p.Name).ToArray();
    }

    /// <summary>Every wire name, in declaration order.</summary>
    public static IReadOnlyList<string> All { get; }

    public static string ToWire(TEnum value) =>
        ToName.TryGetValue(value, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(value), value, null);

    public static bool TryParse(string? text, out TEnum value)
    {
        if (text is not null && FromName.TryGetValue(text.Trim(), out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    public static TEnum Parse(string text) =>
        TryParse(text, out var value)
            ? value
            : throw new DomainValidationException("value", $"'{text}' is not one of: {string.Join(", ", All)}.");
}
