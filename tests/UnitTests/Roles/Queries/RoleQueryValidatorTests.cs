using CastingAgency.Application.Actors.Queries.ListActors;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Roles.Queries.ListCandidates;
using CastingAgency.Application.Roles.Queries.ListRoles;
using FluentValidation.TestHelper;

namespace CastingAgency.UnitTests.Roles.Queries;

[TestFixture]
public sealed class ListRolesQueryValidatorTests
{
    private readonly ListRolesQueryValidator _validator = new();
    private readonly RoleFilterValidator _filter = new();

    private static ListRolesQuery Query(RoleFilter? filter = null, PageRequest? paging = null) =>
        new(filter ?? new RoleFilter(), paging ?? new PageRequest());

    [Test]
    public void DefaultsAreValid() => _validator.TestValidate(Query()).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void EveryFilterSetValidlyIsValid() =>
        _validator.TestValidate(Query(
            new RoleFilter { MovieId = 1, ActorId = 1, Name = "Lead", Gender = ["Non-Binary"], Cast = true, Age = 0, SearchTerm = "ea" },
            new PageRequest(1, 100, "-max_age,min_age,name,id"))).ShouldNotHaveAnyValidationErrors();

    [TestCase(0, null, "page")]
    [TestCase(-1, null, "page")]
    [TestCase(null, 0, "page_size")]
    [TestCase(null, 101, "page_size")]
    public void PagingOutOfRange(int? page, int? pageSize, string field) =>
        _validator.TestValidate(Query(paging: new PageRequest(page, pageSize))).ShouldHaveValidationErrorFor(field);

    [TestCase("title")]
    [TestCase("age")]
    [TestCase("name,-gender")]
    public void UnknownSortField(string sort) =>
        _validator.TestValidate(Query(paging: new PageRequest(Sort: sort))).ShouldHaveValidationErrorFor("sort");

    [TestCase("id")]
    [TestCase("-name")]
    [TestCase("min_age,-max_age")]
    public void KnownSortFields(string sort) =>
        _validator.TestValidate(Query(paging: new PageRequest(Sort: sort))).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void IdsMustBePositive()
    {
        _filter.TestValidate(new RoleFilter { MovieId = 0 }).ShouldHaveValidationErrorFor("movie_id");
        _filter.TestValidate(new RoleFilter { ActorId = 0 }).ShouldHaveValidationErrorFor("actor_id");
    }

    [TestCase("robot")]
    [TestCase("")]
    public void GenderMustBeARoleGender(string gender) =>
        _filter.TestValidate(new RoleFilter { Gender = [gender] }).ShouldHaveValidationErrorFor("gender");

    [TestCase(-1)]
    [TestCase(121)]
    public void AgeIs0To120(int age) =>
        _filter.TestValidate(new RoleFilter { Age = age }).ShouldHaveValidationErrorFor("age");

    [TestCase(120)]
    [TestCase(0)]
    public void AgeBoundariesAreValid(int age) =>
        _validator.TestValidate(Query(new RoleFilter { Age = age })).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void TextFiltersAtMost200()
    {
        var longText = new string('a', 201);
        _filter.TestValidate(new RoleFilter { Name = longText }).ShouldHaveValidationErrorFor("name");
        _filter.TestValidate(new RoleFilter { SearchTerm = longText }).ShouldHaveValidationErrorFor("search_term");
    }
}

[TestFixture]
public sealed class ListCandidatesQueryValidatorTests
{
    private readonly ListCandidatesQueryValidator _validator = new();

    private static ListCandidatesQuery Query(ActorFilter? filter = null, PageRequest? paging = null) =>
        new(1, filter ?? new ActorFilter(), paging ?? new PageRequest());

    [Test]
    public void DefaultsAreValid() => _validator.TestValidate(Query()).ShouldNotHaveAnyValidationErrors();

    [TestCase(0, null, "page")]
    [TestCase(null, 101, "page_size")]
    public void PagingOutOfRange(int? page, int? pageSize, string field) =>
        _validator.TestValidate(Query(paging: new PageRequest(page, pageSize))).ShouldHaveValidationErrorFor(field);

    [Test]
    public void SortUsesTheActorFields()
    {
        _validator.TestValidate(Query(paging: new PageRequest(Sort: "-age,name,height"))).ShouldNotHaveAnyValidationErrors();
        _validator.TestValidate(Query(paging: new PageRequest(Sort: "min_age"))).ShouldHaveValidationErrorFor("sort");
    }

    [Test]
    public void TheActorFilterRulesApply()
    {
        var result = _validator.TestValidate(Query(new ActorFilter { MinAge = 121, Gender = ["any"], Height = 10, EyeColor = ["pink"] }));
        result.ShouldHaveValidationErrorFor("filter.min_age");
        result.ShouldHaveValidationErrorFor("filter.gender");
        result.ShouldHaveValidationErrorFor("filter.height");
        result.ShouldHaveValidationErrorFor("filter.eye_color");
    }

    [Test]
    public void ANestedFailureIsReportedUnderItsWireName()
    {
        var result = _validator.Validate(Query(new ActorFilter { MaxAge = -1 }));
        var exception = new CastingAgency.Application.Common.Exceptions.ValidationException(result.Errors);
        Assert.That(exception.Errors.Keys, Is.EquivalentTo(new[] { "max_age" }));
    }
}
