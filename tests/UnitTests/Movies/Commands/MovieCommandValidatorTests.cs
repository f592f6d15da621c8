using CastingAgency.Application.Movies.Commands.CreateMovie;
using CastingAgency.Application.Movies.Commands.UpdateMovie;
using FluentValidation.TestHelper;

namespace CastingAgency.UnitTests.Movies.Commands;

public class MovieCommandValidatorTests
{
    private readonly CreateMovieCommandValidator _create = new();
    private readonly UpdateMovieCommandValidator _update = new();

    private static CreateMovieCommand Valid() => new() { Title = "Paper Crowns", ReleaseDate = "2018-11-02" };

    [Test]
    public void ShouldAcceptAValidMovie() => _create.TestValidate(Valid()).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void ShouldRefuseANullConfidentialFlagOnPatchOnly()
    {
        _create.TestValidate(Valid() with { Confidential = null }).ShouldNotHaveAnyValidationErrors();
        _update.TestValidate(new UpdateMovieCommand { Id = 1, Confidential = null }).ShouldHaveValidationErrorFor("confidential");
        _update.TestValidate(new UpdateMovieCommand { Id = 1, Confidential = true }).ShouldNotHaveAnyValidationErrors();
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void ShouldRequireTitle(string? title) =>
        _create.TestValidate(Valid() with { Title = title }).ShouldHaveValidationErrorFor("title");

    [Test]
    public void ShouldBoundTitleAfterTrimming()
    {
        _create.TestValidate(Valid() with { Title = "  " + new string('a', 200) + "  " }).ShouldNotHaveValidationErrorFor("title");
        _create.TestValidate(Valid() with { Title = new string('a', 201) }).ShouldHaveValidationErrorFor("title");
    }

    [Test]
    public void ShouldRejectControlCharactersInTitle() =>
        _create.TestValidate(Valid() with { Title = "bad\u0000title" }).ShouldHaveValidationErrorFor("title");

    [TestCase("2020-01-19")]
    [TestCase("2020-1-9")]
    [TestCase("2020-01-19T10:00:00Z")]
    [TestCase("1888-01-01")]
    [TestCase("2100-12-31")]
    public void ShouldAcceptContractDates(string date) =>
        _create.TestValidate(Valid() with { ReleaseDate = date }).ShouldNotHaveValidationErrorFor("release_date");

    [TestCase(null)]
    [TestCase("")]
    [TestCase("19/01/2020")]
    [TestCase("2020-02-30")]
    [TestCase("2020-1-9T10:00:00Z")]
    [TestCase("1887-12-31")]
    [TestCase("2101-01-01")]
    [TestCase("next tuesday")]
    public void ShouldRejectOtherDates(string? date) =>
        _create.TestValidate(Valid() with { ReleaseDate = date }).ShouldHaveValidationErrorFor("release_date");

    [Test]
    public void ShouldBoundCompanyAndDescription()
    {
        _create.TestValidate(Valid() with { Company = new string('c', 201) }).ShouldHaveValidationErrorFor("company");
        _create.TestValidate(Valid() with { Description = new string('d', 4001) }).ShouldHaveValidationErrorFor("description");
        _create.TestValidate(Valid() with { Description = "line one\nline two\ttabbed" }).ShouldNotHaveValidationErrorFor("description");
    }

    [Test]
    public void ShouldRejectEmptyPatch() =>
        _update.TestValidate(new UpdateMovieCommand()).ShouldHaveValidationErrorFor("body");

    [Test]
    public void ShouldRejectNullForRequiredFieldsInPatch()
    {
        _update.TestValidate(new UpdateMovieCommand { Title = null }).ShouldHaveValidationErrorFor("title");
        _update.TestValidate(new UpdateMovieCommand { ReleaseDate = null }).ShouldHaveValidationErrorFor("release_date");
    }

    [Test]
    public void ShouldAcceptNullForOptionalFieldsInPatch() =>
        _update.TestValidate(new UpdateMovieCommand { Company = null, Description = null }).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void ShouldValidateOnlyPresentFieldsInPatch() =>
        _update.TestValidate(new UpdateMovieCommand { Company = "Acme" }).ShouldNotHaveAnyValidationErrors();
}
