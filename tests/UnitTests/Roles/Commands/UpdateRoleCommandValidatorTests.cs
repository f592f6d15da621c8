using CastingAgency.Application.Roles.Commands.UpdateRole;
using CastingAgency.Domain.Enums;
using FluentValidation.TestHelper;

namespace CastingAgency.UnitTests.Roles.Commands;

[TestFixture]
public sealed class UpdateRoleCommandValidatorTests
{
    private readonly UpdateRoleCommandValidator _validator = new();

    [Test]
    public void AnEmptyBodyIsInvalid() =>
        _validator.TestValidate(new UpdateRoleCommand { Id = 1 }).ShouldHaveValidationErrorFor("body");

    [Test]
    public void OnePresentPropertyIsEnough() =>
        _validator.TestValidate(new UpdateRoleCommand { Id = 1, Name = "Villain" }).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void EveryPropertyValidIsValid() =>
        _validator.TestValidate(new UpdateRoleCommand
        {
            MovieId = 2, ActorId = 3, Name = "Villain", Gender = RoleGender.Any, MinAge = 0, MaxAge = 120, Description = "d",
        }).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void MovieIdNullIsRefused() =>
        _validator.TestValidate(new UpdateRoleCommand { MovieId = null }).ShouldHaveValidationErrorFor("movie_id");

    [TestCase(0)]
    [TestCase(-1)]
    public void MovieIdMustBePositive(int id) =>
        _validator.TestValidate(new UpdateRoleCommand { MovieId = id }).ShouldHaveValidationErrorFor("movie_id");

    [Test]
    public void ActorIdNullUncastsAndIsValid() =>
        _validator.TestValidate(new UpdateRoleCommand { ActorId = null }).ShouldNotHaveAnyValidationErrors();

    [TestCase(0)]
    [TestCase(-3)]
    public void ActorIdMustBePositive(int id) =>
        _validator.TestValidate(new UpdateRoleCommand { ActorId = id }).ShouldHaveValidationErrorFor("actor_id");

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void NamePresentMustBeText(string? name) =>
        _validator.TestValidate(new UpdateRoleCommand { Name = name }).ShouldHaveValidationErrorFor("name");

    [Test]
    public void NameAtMost200()
    {
        _validator.TestValidate(new UpdateRoleCommand { Name = new string('x', 200) }).ShouldNotHaveAnyValidationErrors();
        _validator.TestValidate(new UpdateRoleCommand { Name = new string('x', 201) }).ShouldHaveValidationErrorFor("name");
    }

    [Test]
    public void GenderPresentMustNotBeNull() =>
        _validator.TestValidate(new UpdateRoleCommand { Gender = null }).ShouldHaveValidationErrorFor("gender");

    [TestCase(RoleGender.NonBinary)]
    [TestCase(RoleGender.Male)]
    public void GenderAcceptsRoleGenders(RoleGender gender) =>
        _validator.TestValidate(new UpdateRoleCommand { Gender = gender }).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void AgesPresentMustNotBeNull()
    {
        _validator.TestValidate(new UpdateRoleCommand { MinAge = null }).ShouldHaveValidationErrorFor("min_age");
        _validator.TestValidate(new UpdateRoleCommand { MaxAge = null }).ShouldHaveValidationErrorFor("max_age");
    }

    [TestCase(-1, "min_age")]
    [TestCase(121, "min_age")]
    public void MinAgeIs0To120(int age, string field) =>
        _validator.TestValidate(new UpdateRoleCommand { MinAge = age }).ShouldHaveValidationErrorFor(field);

    [TestCase(-1)]
    [TestCase(121)]
    public void MaxAgeIs0To120(int age) =>
        _validator.TestValidate(new UpdateRoleCommand { MaxAge = age }).ShouldHaveValidationErrorFor("max_age");

    [TestCase(0)]
    [TestCase(120)]
    public void AgeBoundariesAreValid(int age) =>
        _validator.TestValidate(new UpdateRoleCommand { MinAge = age, MaxAge = age }).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void MinAgeAboveMaxAgeWhenBothPresentIsReportedOnMinAge()
    {
        var result = _validator.TestValidate(new UpdateRoleCommand { MinAge = 40, MaxAge = 30 });
        result.ShouldHaveValidationErrorFor("min_age").WithErrorMessage("min_age must not be greater than max_age.");
        result.ShouldNotHaveValidationErrorFor("max_age");
    }

    [Test]
    public void DescriptionNullClearsAndIsValidButNotOver4000()
    {
        _validator.TestValidate(new UpdateRoleCommand { Description = null }).ShouldNotHaveAnyValidationErrors();
        _validator.TestValidate(new UpdateRoleCommand { Description = new string('d', 4001) }).ShouldHaveValidationErrorFor("description");
    }

    [Test]
    public void PresenceIsTrackedPerProperty()
    {
        var command = new UpdateRoleCommand { ActorId = null, Description = "x" };
        Assert.Multiple(() =>
        {
            Assert.That(command.ActorId.IsPresent, Is.True);
            Assert.That(command.ActorId.Value, Is.Null);
            Assert.That(command.Description.IsPresent, Is.True);
            Assert.That(command.Name.IsPresent, Is.False);
            Assert.That(command.PresentCount, Is.EqualTo(2));
        });
    }
}
