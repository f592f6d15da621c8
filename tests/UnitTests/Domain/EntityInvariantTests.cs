using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;

namespace CastingAgency.UnitTests.Domain;

public class EntityInvariantTests
{
    private static readonly DateOnly Date = new(2020, 1, 19);

    [Test]
    public void MovieShouldTrimAndNormalizeTitle()
    {
        var movie = new Movie("  Paper Crowns  ", Date, " Northlight ");
        Assert.That(movie.Title, Is.EqualTo("Paper Crowns"));
        Assert.That(movie.TitleNormalized, Is.EqualTo("PAPER CROWNS"));
        Assert.That(movie.CompanyNormalized, Is.EqualTo("NORTHLIGHT"));
    }

    [TestCase("", "title")]
    [TestCase("   ", "title")]
    public void MovieShouldRequireTitle(string title, string field)
    {
        var ex = Assert.Throws<DomainValidationException>(() => _ = new Movie(title, Date));
        Assert.That(ex!.Field, Is.EqualTo(field));
    }

    [Test]
    public void MovieShouldBoundReleaseDate()
    {
        Assert.That(new Movie("x", new DateOnly(1888, 1, 1)).ReleaseDate.Year, Is.EqualTo(1888));
        Assert.That(Assert.Throws<DomainValidationException>(() => _ = new Movie("x", new DateOnly(1887, 12, 31)))!.Field, Is.EqualTo("release_date"));
        Assert.That(Assert.Throws<DomainValidationException>(() => _ = new Movie("x", new DateOnly(2101, 1, 1)))!.Field, Is.EqualTo("release_date"));
    }

    [Test]
    public void MovieUpdateShouldLeaveMovieUnchangedWhenRefused()
    {
        var movie = new Movie("Paper Crowns", Date, "Northlight");
        Assert.Throws<DomainValidationException>(() => movie.Update(new string('a', 201), Date, "Other", null));
        Assert.That(movie.Company, Is.EqualTo("Northlight"));
    }

    [TestCase(-1, "age")]
    [TestCase(121, "age")]
    public void ActorShouldBoundAge(int age, string field) =>
        Assert.That(Assert.Throws<DomainValidationException>(() => _ = new Actor("A", age, Gender.Male))!.Field, Is.EqualTo(field));

    [TestCase(29)]
    [TestCase(301)]
    public void ActorShouldBoundHeight(int height) =>
        Assert.That(Assert.Throws<DomainValidationException>(() => _ = new Actor("A", 30, Gender.Male, height: height))!.Field, Is.EqualTo("height"));

    [TestCase("ftp://example.com/a.jpg")]
    [TestCase("/relative/a.jpg")]
    [TestCase("javascript:alert(1)")]
    public void ActorShouldRequireHttpImageLink(string link) =>
        Assert.That(Assert.Throws<DomainValidationException>(() => _ = new Actor("A", 30, Gender.Male, imageLink: link))!.Field, Is.EqualTo("image_link"));

    [Test]
    public void ActorShouldRestrictPhoneCharacters()
    {
        Assert.That(new Actor("A", 30, Gender.Male, phone: "+1 (555) 010-2000").Phone, Is.EqualTo("+1 (555) 010-2000"));
        Assert.That(Assert.Throws<DomainValidationException>(() => _ = new Actor("A", 30, Gender.Male, phone: "555-CALL"))!.Field, Is.EqualTo("phone"));
    }

    [Test]
    public void ActorShouldNormalizeSearchColumns()
    {
        var actor = new Actor(" Ann Actor ", 30, Gender.Female, location: "Austin", email: "Ann@Example.COM");
        Assert.That(actor.NameNormalized, Is.EqualTo("ANN ACTOR"));
        Assert.That(actor.LocationNormalized, Is.EqualTo("AUSTIN"));
        Assert.That(actor.EmailNormalized, Is.EqualTo("ANN@EXAMPLE.COM"));
    }

    [Test]
    public void RoleShouldRequireMinAgeNotAboveMaxAge()
    {
        Assert.That(new Role(1, "Lead", RoleGender.Any, 30, 30).MinAge, Is.EqualTo(30));
        Assert.That(Assert.Throws<DomainValidationException>(() => _ = new Role(1, "Lead", RoleGender.Any, 31, 30))!.Field, Is.EqualTo("min_age"));
    }

    [Test]
    public void AuditStampsShouldStartAtVersionOneAndBumpOnEveryWrite()
    {
        var movie = new Movie("x", Date);
        var t0 = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        movie.StampCreated(t0);
        movie.StampUpdated(t0.AddMinutes(1));
        movie.StampUpdated(t0.AddMinutes(2));
        Assert.That(movie.Version, Is.EqualTo(3));
        Assert.That(movie.CreatedAt, Is.EqualTo(t0));
        Assert.That(movie.UpdatedAt, Is.EqualTo(t0.AddMinutes(2)));
    }

    [Test]
    public void WireNamesShouldRoundTripAndParseCaseInsensitively()
    {
        Assert.That(WireNames<Ethnicity>.ToWire(Ethnicity.MiddleEastern), Is.EqualTo("middle eastern"));
        Assert.That(WireNames<BodyType>.ToWire(BodyType.PlusSized), Is.EqualTo("plus-sized"));
        Assert.That(WireNames<Gender>.TryParse("Non-Binary", out var g) && g == Gender.NonBinary, Is.True);
        Assert.That(WireNames<Gender>.TryParse("alien", out _), Is.False);
        Assert.That(WireNames<RoleGender>.All, Is.EqualTo(new[] { "female", "male", "non-binary", "any" }));
    }
}
