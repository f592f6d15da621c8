using CastingAgency.Application.Actors.Commands.UpdateActor;
using CastingAgency.Domain.Enums;
using FluentValidation.TestHelper;

namespace CastingAgency.UnitTests.Actors.Commands;

public class UpdateActorCommandValidatorTests
{
    private readonly UpdateActorCommandValidator _validator = new();

    [Test]
    public void ShouldFailWhenBodyIsEmpty() =>
        _validator.TestValidate(new UpdateActorCommand { Id = 1 }).ShouldHaveValidationErrorFor("body");

    [Test]
    public void ShouldPassWhenOnePropertyIsPresent()
    {
        var result = _validator.TestValidate(new UpdateActorCommand { Id = 1, Location = "Paris" });

        result.ShouldNotHaveAnyValidationErrors();
    }

    [TestCase("name")]
    [TestCase("age")]
    [TestCase("gender")]
    [TestCase("passport")]
    [TestCase("driver_license")]
    public void ShouldFailWhenRequiredFieldIsPresentAsNull(string field)
    {
        var command = field switch
        {
            "name" => new UpdateActorCommand { Name = null },
            "age" => new UpdateActorCommand { Age = null },
            "gender" => new UpdateActorCommand { Gender = null },
            "passport" => new UpdateActorCommand { Passport = null },
            _ => new UpdateActorCommand { DriverLicense = null },
        };

        var result = _validator.TestValidate(command);

        result.ShouldHaveValidationErrorFor(field);
        Assert.That(result.Errors, Has.Count.EqualTo(1));
    }

    [Test]
    public void ShouldFailWhenUnionMemberIsPresentAsNull()
    {
        var result = _validator.TestValidate(new UpdateActorCommand { UnionMember = null });

        result.ShouldHaveValidationErrorFor("union_member");
        Assert.That(result.Errors, Has.Count.EqualTo(1));
    }

    [TestCase("location")]
    [TestCase("ethnicity")]
    [TestCase("hair_color")]
    [TestCase("eye_color")]
    [TestCase("body_type")]
    [TestCase("height")]
    [TestCase("description")]
    [TestCase("image_link")]
    [TestCase("phone")]
    [TestCase("email")]
    public void ShouldPassWhenOptionalFieldIsPresentAsNull(string field)
    {
        var command = field switch
        {
            "location" => new UpdateActorCommand { Location = null },
            "ethnicity" => new UpdateActorCommand { Ethnicity = null },
            "hair_color" => new UpdateActorCommand { HairColor = null },
            "eye_color" => new UpdateActorCommand { EyeColor = null },
            "body_type" => new UpdateActorCommand { BodyType = null },
            "height" => new UpdateActorCommand { Height = null },
            "description" => new UpdateActorCommand { Description = null },
            "image_link" => new UpdateActorCommand { ImageLink = null },
            "phone" => new UpdateActorCommand { Phone = null },
            _ => new UpdateActorCommand { Email = null },
        };

        _validator.TestValidate(command).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldNotRequireAbsentFields()
    {
        var result = _validator.TestValidate(new UpdateActorCommand { Height = 180 });

        result.ShouldNotHaveValidationErrorFor("name");
        result.ShouldNotHaveValidationErrorFor("age");
        result.ShouldNotHaveValidationErrorFor("gender");
        result.ShouldNotHaveValidationErrorFor("passport");
        result.ShouldNotHaveValidationErrorFor("driver_license");
    }

    [Test]
    public void ShouldPassWhenEveryFieldIsValid()
    {
        var command = new UpdateActorCommand
        {
            Name = "Bea",
            Age = 44,
            Gender = Gender.NonBinary,
            Location = "Lagos",
            Passport = false,
            DriverLicense = true,
            Ethnicity = Ethnicity.Black,
            HairColor = HairColor.Bald,
            EyeColor = EyeColor.Brown,
            BodyType = BodyType.Athletic,
            Height = 180,
            Description = "Character actor.",
            ImageLink = "http://example.com/bea.png",
            Phone = "0123 456",
            Email = "bea@example.org",
        };

        _validator.TestValidate(command).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldFailWhenNameIsBlank() =>
        _validator.TestValidate(new UpdateActorCommand { Name = "  " }).ShouldHaveValidationErrorFor("name");

    [TestCase(-1)]
    [TestCase(121)]
    public void ShouldFailWhenAgeIsOutOfRange(int age) =>
        _validator.TestValidate(new UpdateActorCommand { Age = age }).ShouldHaveValidationErrorFor("age");

    [Test]
    public void ShouldFailWhenLocationIsTooLong() =>
        _validator.TestValidate(new UpdateActorCommand { Location = new string('x', 201) }).ShouldHaveValidationErrorFor("location");

    [TestCase(29)]
    [TestCase(301)]
    public void ShouldFailWhenHeightIsOutOfRange(int height) =>
        _validator.TestValidate(new UpdateActorCommand { Height = height }).ShouldHaveValidationErrorFor("height");

    [Test]
    public void ShouldFailWhenDescriptionIsTooLong() =>
        _validator.TestValidate(new UpdateActorCommand { Description = new string('d', 4001) }).ShouldHaveValidationErrorFor("description");

    [Test]
    public void ShouldFailWhenImageLinkIsNotHttp() =>
        _validator.TestValidate(new UpdateActorCommand { ImageLink = "mailto:ann@example.com" }).ShouldHaveValidationErrorFor("image_link");

    [Test]
    public void ShouldFailWhenPhoneHasLetters() =>
        _validator.TestValidate(new UpdateActorCommand { Phone = "call me" }).ShouldHaveValidationErrorFor("phone");

    [Test]
    public void ShouldFailWhenEmailIsInvalid() =>
        _validator.TestValidate(new UpdateActorCommand { Email = "ann@" }).ShouldHaveValidationErrorFor("email");
}
