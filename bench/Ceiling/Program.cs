using System.Text.Json;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);

var app = builder.Build();
var created = new DateTime(2024, 7, 5, 21, 53, 51, DateTimeKind.Utc);

// The same fields (and roughly the same bytes) as the API's actor envelope.
app.MapGet("/ceiling/{id:int}", (int id) => Results.Ok(new ActorEnvelope(
    true,
    new ActorBody(
        id, "Sofia Miller", 26, "female", "Rome", true, false, "white", "brown", "green", "athletic", 165,
        "Versatile performer with 9 years of stage and screen work.", $"https://images.example.com/actors/{id}.jpg",
        "+1 (415) 555-0142", $"sofia.miller.{id}@example.com", created, created, []))));

await app.RunAsync();

internal sealed record ActorEnvelope(bool Success, ActorBody Actor);

internal sealed record ActorBody(
    int Id, string Name, int Age, string Gender, string? Location, bool Passport, bool DriverLicense, string? Ethnicity,
    string? HairColor, string? EyeColor, string? BodyType, int? Height, string? Description, string? ImageLink,
    string? Phone, string? Email, DateTime CreatedAt, DateTime UpdatedAt, IReadOnlyList<object> Movies);
