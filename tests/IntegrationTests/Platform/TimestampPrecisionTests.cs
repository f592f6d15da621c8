using CastingAgency.IntegrationTests.Infrastructure;

namespace CastingAgency.IntegrationTests.Platform;

/// <summary>A write answers the same <c>created_at</c>/<c>updated_at</c> that the next GET reads back (no 7th fractional digit).</summary>
public sealed class TimestampPrecisionTests : IntegrationTestBase
{
    [Test]
    public async Task ShouldAnswerWritesWithTheTimestampsAGetReturns()
    {
        var director = AsDirector();
        var created = await ReadJsonAsync(await PostJsonAsync(director, "/actors", new { name = "Tess Ortiz", age = 29, gender = "female" }));
        var id = created["actor"]!["id"]!.GetValue<int>();
        var afterPost = await GetOkJsonAsync(director, $"/actors/{id}");
        var patched = await ReadJsonAsync(await PatchJsonAsync(director, $"/actors/{id}", new { location = "Denver" }));
        var afterPatch = await GetOkJsonAsync(director, $"/actors/{id}");

        Assert.Multiple(() =>
        {
            Assert.That(created["actor"]!["created_at"]!.GetValue<string>(), Is.EqualTo(afterPost["actor"]!["created_at"]!.GetValue<string>()));
            Assert.That(created["actor"]!["updated_at"]!.GetValue<string>(), Is.EqualTo(afterPost["actor"]!["updated_at"]!.GetValue<string>()));
            Assert.That(patched["actor"]!["updated_at"]!.GetValue<string>(), Is.EqualTo(afterPatch["actor"]!["updated_at"]!.GetValue<string>()));
            Assert.That(patched["actor"]!["created_at"]!.GetValue<string>(), Is.EqualTo(afterPatch["actor"]!["created_at"]!.GetValue<string>()));
        });
    }
}
