using CastingAgency.Application.Roles.Commands.CreateRole;
using CastingAgency.Domain.Enums;
using FluentValidation.TestHelper;

namespace CastingAgency.UnitTests.Roles.Commands;

[TestFixture]
public sealed class CreateRoleCommandValidatorTests
{
    private readonly CreateRoleCommandValidator _validator = new();

    private static CreateRoleCommand Valid() => new()
    {
        MovieId = 1, ActorId = 2, Name = "Lead", Gender = RoleGender.Female, MinAge = 20, MaxAge = 30, Description = "The lead.",
    };

    [Test]
    public void ACompleteCommandIsValid() => _validator.TestValidate(Valid()).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void OnlyTheRequiredFieldsAreValid() =>
        _validator.TestValidate(Valid() with { ActorId = null, Description = null }).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void MovieIdIsRequired() =>
        _validator.TestValidate(Valid() with { MovieId = null }).ShouldHaveValidationErrorFor("movie_id").WithErrorMessage("movie_id is required.");

    [TestCase(0)]
    [TestCase(-1)]
    public void MovieIdMustBePositive(int id) =>
        _validator.TestValidate(Valid() with { MovieId = id }).ShouldHaveValidationErrorFor("movie_id");

    [TestCase(0)]
    [TestCase(-5)]
    public void ActorIdMustBePositiveWhenGiven(int id) =>
        _validator.TestValidate(Valid() with { ActorId = id }).ShouldHaveValidationErrorFor("actor_id");

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("Le\u0001ad")]
    public void NameIsRequiredNonBlankText(string? name) =>
        _validator.TestValidate(Valid() with { Name = name }).ShouldHaveValidationErrorFor("name");

    [Test]
    public void NameMayBe200CharactersButNot201()
    {
        _validator.TestValidate(Valid() with { Name = new string('a', 200) }).ShouldNotHaveValidationErrorFor("name");
        _validator.TestValidate(Valid() with { Name = new string('a', 201) }).ShouldHaveValidationErrorFor("name");
    }

    [Test]
    public void GenderIsRequired() =>
        _validator.TestValidate(Valid() with { Gender = null }).ShouldHaveValidationErrorFor("gender").WithErrorMessage("gender is required.");

    [TestCase(RoleGender.Female)]
    [TestCase(RoleGender.Male)]
    [TestCase(RoleGender.NonBinary)]
    [TestCase(RoleGender.Any)]
    public void GenderAcceptsEveryRoleGender(RoleGender gender) =>
        _validator.TestValidate(Valid() with { Gender = gender }).ShouldNotHaveValidationErrorFor("gender");

    [Test]
    public void AgesAreRequired()
    {
        var result = _validator.TestValidate(Valid() with { MinAge = null, MaxAge = null });
        result.ShouldHaveValidationErrorFor("min_age").WithErrorMessage("min_age is required.");
        result.ShouldHaveValidationErrorFor("max_age").WithErrorMessage("max_age is required.");
    }

    [TestCase(-1, 30, "min_age")]
    [TestCase(121, 121, "min_age")]
    [TestCase(0, 121, "max_age")]
    [TestCase(0, -1, "max_age")]
    public void AgesAre0To120(int minAge, int maxAge, string field) =>
        _validator.TestValidate(Valid() with { MinAge = minAge, MaxAge = maxAge }).ShouldHaveValidationErrorFor(field);

    [TestCase(0, 0)]
    [TestCase(0, 120)]
    [TestCase(120, 120)]
    [TestCase(30, 30)]
    public void AgeBoundariesAndEqualAgesAreValid(int minAge, int maxAge) =>
        _validator.TestValidate(Valid() with { MinAge = minAge, MaxAge = maxAge }).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void MinAgeAboveMaxAgeIsReportedOnMinAge()
    {
        var result = _validator.TestValidate(Valid() with { MinAge = 31, MaxAge = 30 });
        result.ShouldHaveValidationErrorFor("min_age").WithErrorMessage("min_age must not be greater than max_age.");
        result.ShouldNotHaveValidationErrorFor("max_age");
    }

    [Test]
    public void DescriptionIsAtMost4000CharactersAndMayHoldLineBreaks()
    {
        _validator.TestValidate(Valid() with { Description = new string('a', 4000) }).ShouldNotHaveValidationErrorFor("description");
        _validator.TestValidate(Valid() with { Description = "line one\nline two\ttab" }).ShouldNotHaveValidationErrorFor("description");
        _validator.TestValidate(Valid() with { Description = new string('a', 4001) }).ShouldHaveValidationErrorFor("description");
        _validator.TestValidate(Valid() with { Description = "bell\u0007" }).ShouldHaveValidationErrorFor("description");
    }

    [Test]
    public void AnEmptyCommandReportsEveryRequiredField()
    {
        var result = _validator.TestValidate(new CreateRoleCommand());
        foreach (var field in new[] { "movie_id", "name", "gender", "min_age", "max_age" })
        {
            result.ShouldHaveValidationErrorFor(field);
        }

        result.ShouldNotHaveValidationErrorFor("actor_id");
        result.ShouldNotHaveValidationErrorFor("description");
    }
}
