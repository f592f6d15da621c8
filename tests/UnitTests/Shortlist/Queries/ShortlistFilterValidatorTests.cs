using CastingAgency.Application.Shortlist.Queries.ListShortlist;
using FluentValidation.TestHelper;

namespace CastingAgency.UnitTests.Shortlist.Queries;

/// <summary>The filters of <c>GET /roles/{id}/shortlist</c>.</summary>
[TestFixture]
public sealed class ShortlistFilterValidatorTests
{
    [Test]
    public void AnyOfFiltersTakeKnownValuesAndAtMost100()
    {
        var validator = new ShortlistFilterValidator();
        validator.TestValidate(new ShortlistFilter { Status = ["shortlisted", "CAST"] }).ShouldNotHaveAnyValidationErrors();
        validator.TestValidate(new ShortlistFilter { Status = ["shortlisted", "hired"] }).ShouldHaveValidationErrorFor("status");
        validator.TestValidate(new ShortlistFilter { Status = Enumerable.Repeat("cast", 101).ToArray() }).ShouldHaveValidationErrorFor("status");
    }
}
