using System.Net;
using System.Text.Json.Nodes;

namespace CastingAgency.IntegrationTests.Pipeline;

/// <summary>The pipeline's lists page like every other list (docs/api.md §5): cursors, include_total, any-of ids.</summary>
public sealed class PipelineListTests : PipelineTestBase
{
    /// <summary>Follows next_cursor from the first page to the last; returns the ids in order and the pages read.</summary>
    private static async Task<(List<int> Ids, int Pages)> WalkAsync(HttpClient client, string url)
    {
        var ids = new List<int>();
        var pages = 0;
        var next = url;
        while (true)
        {
            var body = await GetOkJsonAsync(client, next);
            pages++;
            if (pages > 1)
            {
                Assert.That(body["page"], Is.Null, "a page read by cursor has no page number");
            }

            var list = body.AsObject().First(p => p.Value is JsonArray).Value!;
            ids.AddRange(Values<int>(list, "id"));
            if (body["next_cursor"]?.GetValue<string>() is not { } cursor)
            {
                return (ids, pages);
            }

            next = $"{url}&cursor={Uri.EscapeDataString(cursor)}";
            Assert.That(pages, Is.LessThan(100), "the walk ends");
        }
    }

    [Test]
    public async Task ShouldWalkAShortlistByCursorAndFilterItByIds()
    {
        var roleId = await RoleAsync(await MovieAsync());
        var entries = new List<int>();
        foreach (var name in new[] { "Ada", "Bea", "Cy", "Dee", "Eve" })
        {
            entries.Add(await ShortlistAsync(roleId, await ActorAsync(name)));
        }

        var client = AsAssistant();
        var (walked, pages) = await WalkAsync(client, $"/roles/{roleId}/shortlist?page_size=2");
        var picked = await GetOkJsonAsync(client, $"/roles/{roleId}/shortlist?id={entries[1]}&id={entries[3]}");
        var untotalled = await GetOkJsonAsync(client, $"/roles/{roleId}/shortlist?include_total=false");

        Assert.Multiple(() =>
        {
            Assert.That(walked, Is.EqualTo(entries), "every entry once, in id order");
            Assert.That(pages, Is.EqualTo(3));
            Assert.That(Values<int>(picked["shortlist"], "id"), Is.EqualTo(new[] { entries[1], entries[3] }));
            Assert.That(picked["total_shortlist"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(untotalled["total_shortlist"], Is.Null);
        });
    }

    [Test]
    public async Task ShouldWalkTheScheduleByCursorInStartOrder()
    {
        var roleId = await RoleAsync(await MovieAsync());
        var booked = new List<int>();
        foreach (var (name, start, end) in new[] { ("Ada", "13:00", "14:00"), ("Bea", "09:00", "10:00"), ("Cy", "11:00", "12:00") })
        {
            booked.Add(await BookedAsync(await ShortlistAsync(roleId, await ActorAsync(name)), start, end));
        }

        var client = AsAssistant();
        var (walked, pages) = await WalkAsync(client, $"/appointments?role_id={roleId}&page_size=1");
        var tampered = await client.GetAsync(new Uri($"/appointments?role_id={roleId}&page_size=1&cursor=not-a-cursor", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(walked, Is.EqualTo(new[] { booked[1], booked[2], booked[0] }), "by starts_at");
            Assert.That(pages, Is.EqualTo(3));
            Assert.That(tampered.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        });
        var problem = await AssertProblemAsync(tampered, 422);
        Assert.That(problem["errors"]!["cursor"], Is.Not.Null);
    }
}
