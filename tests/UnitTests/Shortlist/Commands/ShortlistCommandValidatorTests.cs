using CastingAgency.Application.Shortlist.Commands.CreateShortlistEntry;
using CastingAgency.Application.Shortlist.Commands.UpdateShortlistEntry;
using CastingAgency.Domain.Enums;
using FluentValidation.TestHelper;

namespace CastingAgency.UnitTests.Shortlist.Commands;

/// <summary>The create and PATCH bodies of a shortlist entry.</summary>
[TestFixture]
public sealed class ShortlistCommandValidatorTests
{
    [Test]
    public void AShortlistEntryNeedsAnActorOnCreateAndKeepsItOnPatch()
    {
        new CreateShortlistEntryCommandValidator().TestValidate(new CreateShortlistEntryCommand()).ShouldHaveValidationErrorFor("actor_id");
        new CreateShortlistEntryCommandValidator().TestValidate(new CreateShortlistEntryCommand { ActorId = 1, Status = ShortlistStatus.Cast }).ShouldHaveValidationErrorFor("status");
        new UpdateShortlistEntryCommandValidator().TestValidate(new UpdateShortlistEntryCommand { ActorId = 2 }).ShouldHaveValidationErrorFor("actor_id");
        new UpdateShortlistEntryCommandValidator().TestValidate(new UpdateShortlistEntryCommand { Status = null }).ShouldHaveValidationErrorFor("status");
        new UpdateShortlistEntryCommandValidator().TestValidate(new UpdateShortlistEntryCommand { Status = ShortlistStatus.Callback }).ShouldNotHaveAnyValidationErrors();
    }
}
