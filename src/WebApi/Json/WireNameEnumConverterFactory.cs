using System.Text.Json;
using System.Text.Json.Serialization;
using CastingAgency.Domain.Common;

namespace CastingAgency.WebApi.Json;

/// <summary>Writes the domain enums by their wire names (<c>non-binary</c>, <c>middle eastern</c>).</summary>
public sealed class WireNameEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsEnum && typeToConvert.Assembly == typeof(WireNameAttribute).Assembly;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(WireNameEnumConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class WireNameEnumConverter<TEnum> : JsonConverter<TEnum>
        where TEnum : struct, Enum
    {
        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && WireNames<TEnum>.TryParse(reader.GetString(), out var value)
                ? value
                : throw new JsonException($"Expected one of: {string.Join(", ", WireNames<TEnum>.All)}.");

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WriteStringValue(WireNames<TEnum>.ToWire(value));
    }
}
