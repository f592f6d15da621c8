using System.Net;
using CastingAgency.IntegrationTests.Infrastructure;

namespace CastingAgency.IntegrationTests.Platform;

/// <summary>The anonymous endpoints of docs/api.md §4: health probes and the OpenAPI document.</summary>
public sealed class HealthAndOpenApiTests : IntegrationTestBase
{
    [TestCase("/health/live")]
    [TestCase("/health/ready")]
    public async Task HealthShouldBe200WithoutAToken(string path)
    {
        var response = await Anonymous().GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task OpenApiDocumentShouldBePublicAndListTheResources()
    {
        var response = await Anonymous().GetAsync("/openapi/v1.json");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        var document = await ReadJsonAsync(response);
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.That(paths, Is.SupersetOf(new[]
        {
            "/movies", "/movies/{id}", "/movies/{id}/roles", "/actors", "/actors/{id}", "/actors/{id}/roles",
            "/roles", "/roles/{id}", "/roles/{id}/candidates",
        }));
        Assert.That(paths, Does.Not.Contain("/dev/token"), "the dev token route exists only in Development");
        Assert.That(document["openapi"]!.GetValue<string>(), Does.StartWith("3."));
    }
}
