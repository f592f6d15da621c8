using System.Text.Json;
using System.Text.Json.Serialization;
using CastingAgency.Domain.Common;

namespace CastingAgency.WebApi.Json;

/// <summary>
/// The domain enums by their wire names (<c>non-binary</c>, <c>middle eastern</c>), read case-insensitively; an
/// unknown name is an <see cref="UnknownWireNameException"/> (422 naming the field).
/// </summary>
public sealed class WireNameEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsEnum && typeToConvert.Assembly == typeof(WireNameAttribute).Assembly;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(WireNameEnumConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class WireNameEnumConverter<TEnum> : JsonConverter<TEnum>
        where TEnum : struct, Enum
    {
        // GetString throws for a token that is not a string, as the reader does for a string field.
        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            WireNames<TEnum>.TryParse(reader.GetString(), out var value) ? value : throw new UnknownWireNameException(WireNames<TEnum>.All);

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WriteStringValue(WireNames<TEnum>.ToWire(value));
    }
}

/// <summary>A string that is none of an enum's wire names.</summary>
public sealed class UnknownWireNameException(IReadOnlyList<string> names) : JsonException("Not a known value.")
{
    public IReadOnlyList<string> Names => names;
}
