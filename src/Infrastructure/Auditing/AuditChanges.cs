using System.Text;
using System.Text.Json;
using CastingAgency.Domain.Enums;

namespace CastingAgency.Infrastructure.Auditing;

/// <summary>
/// Builds the <c>changes</c> of an audit record: <c>{"field": [old, new]}</c> for each field whose value changed, in
/// the order given (create: <c>[null, new]</c>; delete: <c>[old, null]</c>). A masked field shows <c>"***"</c> for
/// each side that holds a value and keeps <c>null</c> where a side is null: its value never reaches the record.
/// </summary>
public static class AuditChanges
{
    /// <summary>The mask written in place of a value that is never stored.</summary>
    public const string Mask = "***";

    /// <summary>One field as stored before and after the change (enums as their wire names).</summary>
    public readonly record struct Field(string Name, object? Old, object? New, bool Masked = false);

    /// <summary>
    /// The JSON object of the fields that changed under <paramref name="action"/>, or null when none did (a write that
    /// changed no audited field leaves no record).
    /// </summary>
    public static string? Build(AuditAction action, IEnumerable<Field> fields)
    {
        using var buffer = new MemoryStream();
        var any = false;
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var field in fields)
            {
                var old = action == AuditAction.Create ? null : field.Old;
                var @new = action == AuditAction.Delete ? null : field.New;
                if (Equals(old, @new))
                {
                    continue;
                }

                any = true;
                json.WriteStartArray(field.Name);
                Write(json, field.Masked && old is not null ? Mask : old);
                Write(json, field.Masked && @new is not null ? Mask : @new);
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return any ? Encoding.UTF8.GetString(buffer.ToArray()) : null;
    }

    private static void Write(Utf8JsonWriter json, object? value)
    {
        if (value is null)
        {
            json.WriteNullValue();
            return;
        }

        JsonSerializer.Serialize(json, value, value.GetType());
    }
}
