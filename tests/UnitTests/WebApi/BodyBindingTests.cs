using System.Text.Json;
using CastingAgency.Application.Actors.Commands.CreateActor;
using CastingAgency.Application.Actors.Commands.UpdateActor;
using CastingAgency.Application.Appointments.Commands.BookAppointment;
using CastingAgency.Application.Appointments.Commands.UpdateAppointment;
using CastingAgency.Application.Roles.Commands.UpdateRole;
using CastingAgency.Application.Shortlist.Commands.UpdateShortlistEntry;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;
using CastingAgency.WebApi.Json;

namespace CastingAgency.UnitTests.WebApi;

/// <summary>How a body is read: presence (absent, null, a value) and enums by their wire names.</summary>
public sealed class BodyBindingTests
{
    private static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions();
        JsonDefaults.Apply(options);
        return options;
    }

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;

    [Test]
    public void ShouldTellAbsentFromNullFromAValue()
    {
        var command = Read<UpdateActorCommand>("""{"location":null,"height":180}""");

        Assert.Multiple(() =>
        {
            Assert.That(command.Name.IsPresent, Is.False);
            Assert.That(command.Location.IsPresent, Is.True);
            Assert.That(command.Location.Value, Is.Null);
            Assert.That(command.Height.IsPresent, Is.True);
            Assert.That(command.Height.Value, Is.EqualTo(180));
            Assert.That(command.PresentCount, Is.EqualTo(2));
        });
    }

    [TestCase("female", Gender.Female)]
    [TestCase("Male", Gender.Male)]
    [TestCase("NON-BINARY", Gender.NonBinary)]
    [TestCase(" female ", Gender.Female)]
    public void ShouldReadAKnownGenderInAnyCase(string gender, Gender expected) =>
        Assert.That(Read<CreateActorCommand>($$"""{"gender":"{{gender}}"}""").Gender.Value, Is.EqualTo(expected));

    [Test]
    public void ShouldReadEveryEnumOfTheBodies()
    {
        var actor = Read<CreateActorCommand>("""{"ethnicity":"middle eastern","hair_color":"Auburn","eye_color":"HAZEL","body_type":"plus-sized"}""");
        Assert.Multiple(() =>
        {
            Assert.That(actor.Ethnicity.Value, Is.EqualTo(Ethnicity.MiddleEastern));
            Assert.That(actor.HairColor.Value, Is.EqualTo(HairColor.Auburn));
            Assert.That(actor.EyeColor.Value, Is.EqualTo(EyeColor.Hazel));
            Assert.That(actor.BodyType.Value, Is.EqualTo(BodyType.PlusSized));
            Assert.That(Read<UpdateRoleCommand>("""{"gender":"ANY"}""").Gender.Value, Is.EqualTo(RoleGender.Any));
            Assert.That(Read<UpdateShortlistEntryCommand>("""{"status":"Callback"}""").Status.Value, Is.EqualTo(ShortlistStatus.Callback));
            Assert.That(Read<UpdateAppointmentCommand>("""{"status":"no_show"}""").Status.Value, Is.EqualTo(AppointmentStatus.NoShow));
            Assert.That(Read<BookAppointmentCommand>("""{"kind":"audition"}""").Kind.Value, Is.EqualTo(AppointmentKind.Audition));
        });
    }

    [TestCase("""{"gender":"robot"}""", "$.gender")]
    [TestCase("""{"gender":"any"}""", "$.gender")]
    [TestCase("""{"gender":""}""", "$.gender")]
    [TestCase("""{"name":"x","ethnicity":"martian"}""", "$.ethnicity")]
    [TestCase("""{"hair_color":"green"}""", "$.hair_color")]
    [TestCase("""{"eye_color":"black"}""", "$.eye_color")]
    [TestCase("""{"body_type":"round"}""", "$.body_type")]
    public void ShouldRefuseAnUnknownActorValueNamingTheField(string json, string path)
    {
        var exception = Assert.Throws<UnknownWireNameException>(() => Read<UpdateActorCommand>(json));

        Assert.That(exception!.Path, Is.EqualTo(path));
    }

    [Test]
    public void ShouldRefuseUnknownPipelineAndRoleValues()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<UnknownWireNameException>(() => Read<UpdateRoleCommand>("""{"gender":"woman"}"""))!.Path, Is.EqualTo("$.gender"));
            Assert.That(Assert.Throws<UnknownWireNameException>(() => Read<UpdateShortlistEntryCommand>("""{"status":"hired"}"""))!.Path, Is.EqualTo("$.status"));
            Assert.That(Assert.Throws<UnknownWireNameException>(() => Read<UpdateAppointmentCommand>("""{"status":"late"}"""))!.Path, Is.EqualTo("$.status"));
            Assert.That(Assert.Throws<UnknownWireNameException>(() => Read<BookAppointmentCommand>("""{"kind":"party"}"""))!.Path, Is.EqualTo("$.kind"));
        });
    }

    [Test]
    public void ShouldListTheAllowedValuesWhenAValueIsUnknown()
    {
        var exception = Assert.Throws<UnknownWireNameException>(() => Read<CreateActorCommand>("""{"body_type":"round"}"""));

        Assert.That(Guard.Messages.NotOneOf("body_type", exception!.Names),
            Is.EqualTo("body_type must be one of: average, slim, athletic, muscular, curvy, heavyset, plus-sized."));
    }

    [Test]
    public void ShouldTreatANonStringEnumAsTheWrongJsonType()
    {
        var exception = Assert.Throws<JsonException>(() => Read<UpdateActorCommand>("""{"gender":42}"""));

        Assert.Multiple(() =>
        {
            Assert.That(exception, Is.Not.InstanceOf<UnknownWireNameException>());
            Assert.That(exception!.InnerException, Is.InstanceOf<InvalidOperationException>());
            Assert.That(exception.Path, Is.EqualTo("$.gender"));
        });
    }
}
