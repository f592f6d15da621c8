using System.Text.Json.Nodes;
using CastingAgency.IntegrationTests.Infrastructure;

namespace CastingAgency.IntegrationTests.Platform;

/// <summary>
/// Model-binding failures are 400s whose <c>errors</c> name the field with our own words, classified by what
/// failed (the property is unknown, given twice, of the wrong JSON type; the body is missing or not an object),
/// never by the serializer's message text.
/// </summary>
public sealed class ModelBindingErrorTests : IntegrationTestBase
{
    [TestCase("""{"name":"A","age":30,"gender":"female","foo":1}""", "foo", "'foo' is not a known property.")]
    [TestCase("""{"name":"A","name":"B","age":30,"gender":"female"}""", "name", "'name' appears more than once.")]
    [TestCase("""{"name":"A","age":"thirty","gender":"female"}""", "age", "'age' is malformed or has the wrong JSON type.")]
    [TestCase("""{"name":"A","age":30,"gender":"female","passport":"yes"}""", "passport", "'passport' is malformed or has the wrong JSON type.")]
    [TestCase("""{"name":"A","age":3x}""", "age", "'age' is malformed or has the wrong JSON type.")]
    [TestCase("""{"name":"A","age":99999999999,"gender":"female"}""", "age", "'age' is malformed or has the wrong JSON type.")]
    [TestCase("", "body", "A JSON body is required.")]
    [TestCase("[1]", "body", "The body must be a JSON object, not an array.")]
    [TestCase("\"Jane\"", "body", "The body must be a JSON object, not a string.")]
    [TestCase("42", "body", "The body must be a JSON object, not a number.")]
    [TestCase("{", "body", "The body is not valid JSON of the expected shape.")]
    public async Task ShouldNameTheFieldOfABodyThatCannotBeRead(string json, string field, string message)
    {
        var response = await SendAsync(AsDirector(), "POST", "/actors", json);

        var problem = await AssertProblemAsync(response, 400);
        Assert.That(problem["errors"]!.AsObject().Select(e => (e.Key, e.Value!.AsArray()[0]!.GetValue<string>())),
            Is.EqualTo(new[] { (field, message) }), problem.ToJsonString());
    }

    [Test]
    public async Task ShouldNameTheFirstFailingFieldInThe422Detail()
    {
        var response = await SendAsync(AsDirector(), "POST", "/actors", """{"name":"","age":300,"gender":"female"}""");

        var problem = await AssertProblemAsync(response, 422);
        Assert.Multiple(() =>
        {
            Assert.That(problem["detail"]!.GetValue<string>(), Does.StartWith(problem["errors"]!["name"]!.AsArray()[0]!.GetValue<string>()));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.EndWith("(1 more invalid: age)"));
        });
    }

    [Test]
    public async Task ShouldNameAQueryValueOfTheWrongType()
    {
        var problem = await AssertProblemAsync(await AsAssistant().GetAsync("/actors?age=abc"), 400);

        Assert.That(problem["errors"]!["age"]!.AsArray()[0]!.GetValue<string>(), Is.EqualTo("'age' has a value of the wrong type."));
    }
}
