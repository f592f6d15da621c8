using System.Text.Json;
using System.Text.Json.Serialization;

namespace CastingAgency.WebApi.Json;

/// <summary>The one JSON configuration of the API (controllers, problem details, minimal endpoints).</summary>
public static class JsonDefaults
{
    /// <summary>Deepest nesting a request body may have; our bodies are flat.</summary>
    public const int MaxDepth = 16;

    public static void Apply(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = null;
        options.PropertyNameCaseInsensitive = false;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.AllowDuplicateProperties = false;
        options.AllowTrailingCommas = false;
        options.ReadCommentHandling = JsonCommentHandling.Disallow;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.MaxDepth = MaxDepth;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.Converters.Add(new WireNameEnumConverterFactory());
    }
}
