using CastingAgency.Application.Actors.Commands.CreateActor;
using CastingAgency.Domain.Enums;
using FluentValidation.TestHelper;

namespace CastingAgency.UnitTests.Actors.Commands;

public class CreateActorCommandValidatorTests
{
    private readonly CreateActorCommandValidator _validator = new();

    private static CreateActorCommand Valid() => new() { Name = "Ann Actor", Age = 30, Gender = Gender.Female };

    private static CreateActorCommand Complete() => Valid() with
    {
        Location = "Berlin",
        Passport = true,
        DriverLicense = false,
        Ethnicity = Ethnicity.MiddleEastern,
        HairColor = HairColor.Auburn,
        EyeColor = EyeColor.Hazel,
        BodyType = BodyType.PlusSized,
        Height = 172,
        Description = "Stage and screen.\nFluent in German.",
        ImageLink = "https://images.example.com/ann.jpg",
        Phone = "+49 (30) 123-4567",
        Email = "ann@example.com",
    };

    [Test]
    public void ShouldPassWhenOnlyRequiredFieldsAreGiven() =>
        _validator.TestValidate(Valid()).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void ShouldPassWhenEveryFieldIsValid() =>
        _validator.TestValidate(Complete()).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void ShouldReportEveryRequiredFieldWhenBodyIsEmpty()
    {
        var result = _validator.TestValidate(new CreateActorCommand());

        result.ShouldHaveValidationErrorFor("name").WithErrorMessage("name is required.");
        result.ShouldHaveValidationErrorFor("age").WithErrorMessage("age is required.");
        result.ShouldHaveValidationErrorFor("gender").WithErrorMessage("gender is required.");
        result.ShouldNotHaveValidationErrorFor("passport");
        result.ShouldNotHaveValidationErrorFor("driver_license");
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("Ann\u0001")]
    public void ShouldFailWhenNameIsBlankOrHasControlCharacters(string name) =>
        _validator.TestValidate(Valid() with { Name = name }).ShouldHaveValidationErrorFor("name");

    [Test]
    public void ShouldFailWhenNameIsLongerThan200() =>
        _validator.TestValidate(Valid() with { Name = new string('a', 201) }).ShouldHaveValidationErrorFor("name");

    [Test]
    public void ShouldPassWhenNameIs200AfterTrimming() =>
        _validator.TestValidate(Valid() with { Name = $"  {new string('a', 200)}  " }).ShouldNotHaveValidationErrorFor("name");

    [TestCase(-1)]
    [TestCase(121)]
    public void ShouldFailWhenAgeIsOutOfRange(int age) =>
        _validator.TestValidate(Valid() with { Age = age }).ShouldHaveValidationErrorFor("age").WithErrorMessage("age must be between 0 and 120.");

    [TestCase(0)]
    [TestCase(120)]
    public void ShouldPassWhenAgeIsAtTheBounds(int age) =>
        _validator.TestValidate(Valid() with { Age = age }).ShouldNotHaveValidationErrorFor("age");

    [Test]
    public void ShouldFailWhenLocationIsLongerThan200() =>
        _validator.TestValidate(Valid() with { Location = new string('x', 201) }).ShouldHaveValidationErrorFor("location");

    [TestCase(29)]
    [TestCase(301)]
    public void ShouldFailWhenHeightIsOutOfRange(int height) =>
        _validator.TestValidate(Valid() with { Height = height }).ShouldHaveValidationErrorFor("height");

    [TestCase(30)]
    [TestCase(300)]
    public void ShouldPassWhenHeightIsAtTheBounds(int height) =>
        _validator.TestValidate(Valid() with { Height = height }).ShouldNotHaveValidationErrorFor("height");

    [Test]
    public void ShouldFailWhenDescriptionIsLongerThan4000() =>
        _validator.TestValidate(Valid() with { Description = new string('d', 4001) }).ShouldHaveValidationErrorFor("description");

    [Test]
    public void ShouldFailWhenDescriptionHasControlCharacters() =>
        _validator.TestValidate(Valid() with { Description = "bell\u0007" }).ShouldHaveValidationErrorFor("description");

    [TestCase("ftp://example.com/a.jpg")]
    [TestCase("example.com/a.jpg")]
    [TestCase("/images/a.jpg")]
    [TestCase("not a url")]
    public void ShouldFailWhenImageLinkIsNotAnAbsoluteHttpUrl(string link) =>
        _validator.TestValidate(Valid() with { ImageLink = link }).ShouldHaveValidationErrorFor("image_link");

    [Test]
    public void ShouldFailWhenImageLinkIsLongerThan2048() =>
        _validator.TestValidate(Valid() with { ImageLink = "https://example.com/" + new string('a', 2030) })
            .ShouldHaveValidationErrorFor("image_link");

    [TestCase("http://example.com/a.jpg")]
    [TestCase("https://example.com/a.jpg?size=large")]
    public void ShouldPassWhenImageLinkIsAnAbsoluteHttpUrl(string link) =>
        _validator.TestValidate(Valid() with { ImageLink = link }).ShouldNotHaveValidationErrorFor("image_link");

    [TestCase("555-CALL-NOW")]
    [TestCase("123456789012345678901234567890123")]
    public void ShouldFailWhenPhoneIsInvalid(string phone) =>
        _validator.TestValidate(Valid() with { Phone = phone }).ShouldHaveValidationErrorFor("phone");

    [TestCase("not-an-email")]
    [TestCase("ann@localhost")]
    [TestCase("Ann <ann@example.com>")]
    [TestCase("ann @example.com")]
    public void ShouldFailWhenEmailIsInvalid(string email) =>
        _validator.TestValidate(Valid() with { Email = email }).ShouldHaveValidationErrorFor("email");

    [Test]
    public void ShouldFailWhenEmailIsLongerThan254() =>
        _validator.TestValidate(Valid() with { Email = new string('a', 250) + "@example.com" }).ShouldHaveValidationErrorFor("email");
}
