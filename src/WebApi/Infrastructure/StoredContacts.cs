using System.Text.Json;
using System.Text.Json.Nodes;
using CastingAgency.Application.Actors.Dtos;

namespace CastingAgency.WebApi.Infrastructure;

/// <summary>
/// Takes the contact details out of a response body that was stored as bytes (an <c>Idempotency-Key</c> replay), where
/// no <see cref="ActorDto"/> is left to shape: every <c>phone</c> and <c>email</c> member of every object goes. A live
/// response never comes here; <c>ContactDetails</c> shapes it before it is written.
/// </summary>
public static class StoredContacts
{
    private static readonly string[] Names =
    [
        JsonNamingPolicy.SnakeCaseLower.ConvertName(nameof(ActorDto.Phone)),
        JsonNamingPolicy.SnakeCaseLower.ConvertName(nameof(ActorDto.Email)),
    ];

    /// <summary>The body without contact members; unchanged when it holds none or is not JSON.</summary>
    public static byte[] Remove(byte[] body)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return body;
        }

        return root is not null && RemoveFrom(root) ? JsonSerializer.SerializeToUtf8Bytes(root) : body;
    }

    private static bool RemoveFrom(JsonNode node)
    {
        var removed = false;
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in Names)
                {
                    removed |= obj.Remove(name);
                }

                foreach (var (_, child) in obj)
                {
                    removed |= child is not null && RemoveFrom(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    removed |= child is not null && RemoveFrom(child);
                }

                break;
        }

        return removed;
    }
}
