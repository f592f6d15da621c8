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
    public void A_complete_command_is_valid() => _validator.TestValidate(Valid()).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void Only_the_required_fields_are_valid() =>
        _validator.TestValidate(Valid() with { ActorId = null, Description = null }).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void Movie_id_is_required() =>
        _validator.TestValidate(Valid() with { MovieId = null }).ShouldHaveValidationErrorFor("movie_id").WithErrorMessage("movie_id is required.");

    [TestCase(0)]
    [TestCase(-1)]
    public void Movie_id_must_be_positive(int id) =>
        _validator.TestValidate(Valid() with { MovieId = id }).ShouldHaveValidationErrorFor("movie_id");

    [TestCase(0)]
    [TestCase(-5)]
    public void Actor_id_must_be_positive_when_given(int id) =>
        _validator.TestValidate(Valid() with { ActorId = id }).ShouldHaveValidationErrorFor("actor_id");

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("Le\u0001ad")]
    public void Name_is_required_non_blank_text(string? name) =>
        _validator.TestValidate(Valid() with { Name = name }).ShouldHaveValidationErrorFor("name");

    [Test]
    public void Name_may_be_200_characters_but_not_201()
    {
        _validator.TestValidate(Valid() with { Name = new string('a', 200) }).ShouldNotHaveValidationErrorFor("name");
        _validator.TestValidate(Valid() with { Name = new string('a', 201) }).ShouldHaveValidationErrorFor("name");
    }

    [Test]
    public void Gender_is_required() =>
        _validator.TestValidate(Valid() with { Gender = null }).ShouldHaveValidationErrorFor("gender").WithErrorMessage("gender is required.");

    [TestCase(RoleGender.Female)]
    [TestCase(RoleGender.Male)]
    [TestCase(RoleGender.NonBinary)]
    [TestCase(RoleGender.Any)]
    public void Gender_accepts_every_role_gender(RoleGender gender) =>
        _validator.TestValidate(Valid() with { Gender = gender }).ShouldNotHaveValidationErrorFor("gender");

    [Test]
    public void Ages_are_required()
    {
        var result = _validator.TestValidate(Valid() with { MinAge = null, MaxAge = null });
        result.ShouldHaveValidationErrorFor("min_age").WithErrorMessage("min_age is required.");
        result.ShouldHaveValidationErrorFor("max_age").WithErrorMessage("max_age is required.");
    }

    [TestCase(-1, 30, "min_age")]
    [TestCase(121, 121, "min_age")]
    [TestCase(0, 121, "max_age")]
    [TestCase(0, -1, "max_age")]
    public void Ages_are_0_to_120(int minAge, int maxAge, string field) =>
        _validator.TestValidate(Valid() with { MinAge = minAge, MaxAge = maxAge }).ShouldHaveValidationErrorFor(field);

    [TestCase(0, 0)]
    [TestCase(0, 120)]
    [TestCase(120, 120)]
    [TestCase(30, 30)]
    public void Age_boundaries_and_equal_ages_are_valid(int minAge, int maxAge) =>
        _validator.TestValidate(Valid() with { MinAge = minAge, MaxAge = maxAge }).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void Min_age_above_max_age_is_reported_on_min_age()
    {
        var result = _validator.TestValidate(Valid() with { MinAge = 31, MaxAge = 30 });
        result.ShouldHaveValidationErrorFor("min_age").WithErrorMessage("min_age must not be greater than max_age.");
        result.ShouldNotHaveValidationErrorFor("max_age");
    }

    [Test]
    public void Description_is_at_most_4000_characters_and_may_hold_line_breaks()
    {
        _validator.TestValidate(Valid() with { Description = new string('a', 4000) }).ShouldNotHaveValidationErrorFor("description");
        _validator.TestValidate(Valid() with { Description = "line one\nline two\ttab" }).ShouldNotHaveValidationErrorFor("description");
        _validator.TestValidate(Valid() with { Description = new string('a', 4001) }).ShouldHaveValidationErrorFor("description");
        _validator.TestValidate(Valid() with { Description = "bell\u0007" }).ShouldHaveValidationErrorFor("description");
    }

    [Test]
    public void An_empty_command_reports_every_required_field()
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
