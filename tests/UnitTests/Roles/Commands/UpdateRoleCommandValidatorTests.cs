using CastingAgency.Application.Roles.Commands.UpdateRole;
using CastingAgency.Domain.Enums;
using FluentValidation.TestHelper;

namespace CastingAgency.UnitTests.Roles.Commands;

[TestFixture]
public sealed class UpdateRoleCommandValidatorTests
{
    private readonly UpdateRoleCommandValidator _validator = new();

    [Test]
    public void An_empty_body_is_invalid() =>
        _validator.TestValidate(new UpdateRoleCommand { Id = 1 }).ShouldHaveValidationErrorFor("body");

    [Test]
    public void One_present_property_is_enough() =>
        _validator.TestValidate(new UpdateRoleCommand { Id = 1, Name = "Villain" }).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void Every_property_valid_is_valid() =>
        _validator.TestValidate(new UpdateRoleCommand
        {
            MovieId = 2, ActorId = 3, Name = "Villain", Gender = RoleGender.Any, MinAge = 0, MaxAge = 120, Description = "d",
        }).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void Movie_id_null_is_refused() =>
        _validator.TestValidate(new UpdateRoleCommand { MovieId = null }).ShouldHaveValidationErrorFor("movie_id");

    [TestCase(0)]
    [TestCase(-1)]
    public void Movie_id_must_be_positive(int id) =>
        _validator.TestValidate(new UpdateRoleCommand { MovieId = id }).ShouldHaveValidationErrorFor("movie_id");

    [Test]
    public void Actor_id_null_uncasts_and_is_valid() =>
        _validator.TestValidate(new UpdateRoleCommand { ActorId = null }).ShouldNotHaveAnyValidationErrors();

    [TestCase(0)]
    [TestCase(-3)]
    public void Actor_id_must_be_positive(int id) =>
        _validator.TestValidate(new UpdateRoleCommand { ActorId = id }).ShouldHaveValidationErrorFor("actor_id");

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void Name_present_must_be_text(string? name) =>
        _validator.TestValidate(new UpdateRoleCommand { Name = name }).ShouldHaveValidationErrorFor("name");

    [Test]
    public void Name_at_most_200()
    {
        _validator.TestValidate(new UpdateRoleCommand { Name = new string('x', 200) }).ShouldNotHaveAnyValidationErrors();
        _validator.TestValidate(new UpdateRoleCommand { Name = new string('x', 201) }).ShouldHaveValidationErrorFor("name");
    }

    [Test]
    public void Gender_present_must_not_be_null() =>
        _validator.TestValidate(new UpdateRoleCommand { Gender = null }).ShouldHaveValidationErrorFor("gender");

    [TestCase(RoleGender.NonBinary)]
    [TestCase(RoleGender.Male)]
    public void Gender_accepts_role_genders(RoleGender gender) =>
        _validator.TestValidate(new UpdateRoleCommand { Gender = gender }).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void Ages_present_must_not_be_null()
    {
        _validator.TestValidate(new UpdateRoleCommand { MinAge = null }).ShouldHaveValidationErrorFor("min_age");
        _validator.TestValidate(new UpdateRoleCommand { MaxAge = null }).ShouldHaveValidationErrorFor("max_age");
    }

    [TestCase(-1, "min_age")]
    [TestCase(121, "min_age")]
    public void Min_age_is_0_to_120(int age, string field) =>
        _validator.TestValidate(new UpdateRoleCommand { MinAge = age }).ShouldHaveValidationErrorFor(field);

    [TestCase(-1)]
    [TestCase(121)]
    public void Max_age_is_0_to_120(int age) =>
        _validator.TestValidate(new UpdateRoleCommand { MaxAge = age }).ShouldHaveValidationErrorFor("max_age");

    [TestCase(0)]
    [TestCase(120)]
    public void Age_boundaries_are_valid(int age) =>
        _validator.TestValidate(new UpdateRoleCommand { MinAge = age, MaxAge = age }).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void Min_age_above_max_age_when_both_present_is_reported_on_min_age()
    {
        var result = _validator.TestValidate(new UpdateRoleCommand { MinAge = 40, MaxAge = 30 });
        result.ShouldHaveValidationErrorFor("min_age").WithErrorMessage("min_age must not be greater than max_age.");
        result.ShouldNotHaveValidationErrorFor("max_age");
    }

    [Test]
    public void Description_null_clears_and_is_valid_but_not_over_4000()
    {
        _validator.TestValidate(new UpdateRoleCommand { Description = null }).ShouldNotHaveAnyValidationErrors();
        _validator.TestValidate(new UpdateRoleCommand { Description = new string('d', 4001) }).ShouldHaveValidationErrorFor("description");
    }

    [Test]
    public void Presence_is_tracked_per_property()
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
