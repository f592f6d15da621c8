namespace CastingAgency.Domain.Common;

/// <summary>The exact lowercase name an enum member has on the wire and in the database.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class WireNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
