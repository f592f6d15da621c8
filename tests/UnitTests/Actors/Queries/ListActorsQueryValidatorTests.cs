using CastingAgency.Application.Actors.Queries.ListActors;
using CastingAgency.Application.Common.Models;
using FluentValidation.TestHelper;
using ValidationException = CastingAgency.Application.Common.Exceptions.ValidationException;

namespace CastingAgency.UnitTests.Actors.Queries;

public class ListActorsQueryValidatorTests
{
    private readonly ListActorsQueryValidator _validator = new();

    private static ListActorsQuery Query(ActorFilter? filter = null, PageRequest? paging = null) =>
        new(filter ?? new ActorFilter(), paging ?? new PageRequest());

    [Test]
    public void ShouldPassWhenNothingIsGiven() =>
        _validator.TestValidate(Query()).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void ShouldPassWhenEveryFilterIsValid()
    {
        var filter = new ActorFilter
        {
            SearchTerm = "an",
            Name = "Ann",
            Age = 30,
            MinAge = 0,
            MaxAge = 120,
            Gender = ["Female"],
            Location = "Berlin",
            Passport = true,
            DriverLicense = false,
            Ethnicity = ["south asian"],
            HairColor = ["red"],
            EyeColor = ["green"],
            BodyType = ["slim"],
            Height = 170,
            MinHeight = 30,
            MaxHeight = 300,
            Email = "ann@example.com",
        };

        _validator.TestValidate(Query(filter, new PageRequest(2, 100, "-age,name,height,id"))).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void ShouldFailWhenPageIsZero() =>
        _validator.TestValidate(Query(paging: new PageRequest(Page: 0))).ShouldHaveValidationErrorFor("page");

    [TestCase(0)]
    [TestCase(101)]
    public void ShouldFailWhenPageSizeIsOutOfRange(int size) =>
        _validator.TestValidate(Query(paging: new PageRequest(PageSize: size))).ShouldHaveValidationErrorFor("page_size");

    [TestCase("title")]
    [TestCase("name,-release_date")]
    public void ShouldFailWhenSortFieldIsUnknown(string sort) =>
        _validator.TestValidate(Query(paging: new PageRequest(Sort: sort))).ShouldHaveValidationErrorFor("sort");

    [TestCase("min_age")]
    [TestCase("max_age")]
    [TestCase("age")]
    [TestCase("min_height")]
    [TestCase("gender")]
    [TestCase("ethnicity")]
    [TestCase("body_type")]
    [TestCase("name")]
    public void ShouldReportFilterFailureUnderItsWireNameWhenFilterIsInvalid(string field)
    {
        var filter = field switch
        {
            "min_age" => new ActorFilter { MinAge = -1 },
            "max_age" => new ActorFilter { MaxAge = 121 },
            "age" => new ActorFilter { Age = 200 },
            "min_height" => new ActorFilter { MinHeight = 10 },
            "gender" => new ActorFilter { Gender = ["robot"] },
            "ethnicity" => new ActorFilter { Ethnicity = ["martian"] },
            "body_type" => new ActorFilter { BodyType = ["round"] },
            _ => new ActorFilter { Name = new string('n', 201) },
        };

        var result = _validator.TestValidate(Query(filter));

        result.ShouldHaveValidationErrorFor($"filter.{field}");
        Assert.That(new ValidationException(result.Errors).Errors.Keys, Is.EquivalentTo(new[] { field }));
    }
}
