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
    public void Defaults_are_valid() => _validator.TestValidate(Query()).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void Every_filter_set_validly_is_valid() =>
        _validator.TestValidate(Query(
            new RoleFilter { MovieId = 1, ActorId = 1, Name = "Lead", Gender = ["Non-Binary"], Cast = true, Age = 0, SearchTerm = "ea" },
            new PageRequest(1, 100, "-max_age,min_age,name,id"))).ShouldNotHaveAnyValidationErrors();

    [TestCase(0, null, "page")]
    [TestCase(-1, null, "page")]
    [TestCase(null, 0, "page_size")]
    [TestCase(null, 101, "page_size")]
    public void Paging_out_of_range(int? page, int? pageSize, string field) =>
        _validator.TestValidate(Query(paging: new PageRequest(page, pageSize))).ShouldHaveValidationErrorFor(field);

    [TestCase("title")]
    [TestCase("age")]
    [TestCase("name,-gender")]
    public void Unknown_sort_field(string sort) =>
        _validator.TestValidate(Query(paging: new PageRequest(Sort: sort))).ShouldHaveValidationErrorFor("sort");

    [TestCase("id")]
    [TestCase("-name")]
    [TestCase("min_age,-max_age")]
    public void Known_sort_fields(string sort) =>
        _validator.TestValidate(Query(paging: new PageRequest(Sort: sort))).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void Ids_must_be_positive()
    {
        _filter.TestValidate(new RoleFilter { MovieId = 0 }).ShouldHaveValidationErrorFor("movie_id");
        _filter.TestValidate(new RoleFilter { ActorId = 0 }).ShouldHaveValidationErrorFor("actor_id");
    }

    [TestCase("robot")]
    [TestCase("")]
    public void Gender_must_be_a_role_gender(string gender) =>
        _filter.TestValidate(new RoleFilter { Gender = [gender] }).ShouldHaveValidationErrorFor("gender");

    [TestCase(-1)]
    [TestCase(121)]
    public void Age_is_0_to_120(int age) =>
        _filter.TestValidate(new RoleFilter { Age = age }).ShouldHaveValidationErrorFor("age");

    [TestCase(120)]
    [TestCase(0)]
    public void Age_boundaries_are_valid(int age) =>
        _validator.TestValidate(Query(new RoleFilter { Age = age })).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void Text_filters_at_most_200()
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
    public void Defaults_are_valid() => _validator.TestValidate(Query()).ShouldNotHaveAnyValidationErrors();

    [TestCase(0, null, "page")]
    [TestCase(null, 101, "page_size")]
    public void Paging_out_of_range(int? page, int? pageSize, string field) =>
        _validator.TestValidate(Query(paging: new PageRequest(page, pageSize))).ShouldHaveValidationErrorFor(field);

    [Test]
    public void Sort_uses_the_actor_fields()
    {
        _validator.TestValidate(Query(paging: new PageRequest(Sort: "-age,name,height"))).ShouldNotHaveAnyValidationErrors();
        _validator.TestValidate(Query(paging: new PageRequest(Sort: "min_age"))).ShouldHaveValidationErrorFor("sort");
    }

    [Test]
    public void The_actor_filter_rules_apply()
    {
        var result = _validator.TestValidate(Query(new ActorFilter { MinAge = 121, Gender = ["any"], Height = 10, EyeColor = ["pink"] }));
        result.ShouldHaveValidationErrorFor("filter.min_age");
        result.ShouldHaveValidationErrorFor("filter.gender");
        result.ShouldHaveValidationErrorFor("filter.height");
        result.ShouldHaveValidationErrorFor("filter.eye_color");
    }

    [Test]
    public void A_nested_failure_is_reported_under_its_wire_name()
    {
        var result = _validator.Validate(Query(new ActorFilter { MaxAge = -1 }));
        var exception = new CastingAgency.Application.Common.Exceptions.ValidationException(result.Errors);
        Assert.That(exception.Errors.Keys, Is.EquivalentTo(new[] { "max_age" }));
    }
}
