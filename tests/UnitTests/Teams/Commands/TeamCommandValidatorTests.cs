using CastingAgency.Application.Teams.Commands.PutTeamMember;
using CastingAgency.Application.Teams.Commands.RemoveTeamMember;
using CastingAgency.Domain.Enums;
using FluentValidation.TestHelper;

namespace CastingAgency.UnitTests.Teams.Commands;

public class TeamCommandValidatorTests
{
    private readonly PutTeamMemberCommandValidator _put = new();
    private readonly RemoveTeamMemberCommandValidator _remove = new();

    private static PutTeamMemberCommand Valid() => new() { MovieId = 1, Sub = "auth0|abc", Position = TeamPosition.CastingDirector, Name = "Ana" };

    [Test]
    public void ShouldAcceptAValidMember()
    {
        _put.TestValidate(Valid()).ShouldNotHaveAnyValidationErrors();
        _put.TestValidate(Valid() with { Name = default }).ShouldNotHaveAnyValidationErrors();
        _remove.TestValidate(new RemoveTeamMemberCommand(1, "google-oauth2|1/2")).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldRequirePosition()
    {
        _put.TestValidate(Valid() with { Position = default }).ShouldHaveValidationErrorFor("position").WithErrorMessage("position is required.");
        _put.TestValidate(Valid() with { Position = null }).ShouldHaveValidationErrorFor("position");
    }

    [Test]
    public void ShouldBoundName()
    {
        _put.TestValidate(Valid() with { Name = new string('n', 200) }).ShouldNotHaveValidationErrorFor("name");
        _put.TestValidate(Valid() with { Name = new string('n', 201) }).ShouldHaveValidationErrorFor("name");
        _put.TestValidate(Valid() with { Name = "a\u0000b" }).ShouldHaveValidationErrorFor("name");
    }

    [TestCase("")]
    [TestCase(" auth0|abc")]
    [TestCase("auth0|abc ")]
    [TestCase("auth0|a\u0007bc")]
    public void ShouldRefuseAMalformedSub(string sub)
    {
        _put.TestValidate(Valid() with { Sub = sub }).ShouldHaveValidationErrorFor("sub");
        _remove.TestValidate(new RemoveTeamMemberCommand(1, sub)).ShouldHaveValidationErrorFor("sub");
    }

    [Test]
    public void ShouldBoundSubAt255Characters()
    {
        _put.TestValidate(Valid() with { Sub = new string('s', 255) }).ShouldNotHaveValidationErrorFor("sub");
        _put.TestValidate(Valid() with { Sub = new string('s', 256) }).ShouldHaveValidationErrorFor("sub")
            .WithErrorMessage("sub must be at most 255 characters.");
        _remove.TestValidate(new RemoveTeamMemberCommand(1, new string('s', 256))).ShouldHaveValidationErrorFor("sub");
    }
}
