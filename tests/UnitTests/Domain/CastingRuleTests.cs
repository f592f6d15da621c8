using CastingAgency.Application.Actors.Commands.UpdateActor;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.Domain.Rules;
using CastingAgency.UnitTests.Roles;

namespace CastingAgency.UnitTests.Domain;

[TestFixture]
public sealed class CastingRuleTests
{
    /// <summary>Every value of the actor but its roles, to show that a refused update changed nothing.</summary>
    private static object?[] Fields(Actor actor) =>
        typeof(Actor).GetProperties().Where(p => p.Name != nameof(Actor.Roles)).Select(p => p.GetValue(actor)).ToArray();

    private static IEnumerable<TestCaseData> EveryGenderPair() =>
        from roleGender in Enum.GetValues<RoleGender>()
        from actorGender in Enum.GetValues<Gender>()
        select new TestCaseData(roleGender, actorGender,
                roleGender == RoleGender.Any || WireNames<RoleGender>.ToWire(roleGender) == WireNames<Gender>.ToWire(actorGender))
            .SetName($"GenderFits_{roleGender}_{actorGender}");

    [TestCaseSource(nameof(EveryGenderPair))]
    public void GenderFitsOnlyTheSameGenderOrAny(RoleGender roleGender, Gender actorGender, bool expected) =>
        Assert.That(CastingRule.GenderFits(roleGender, actorGender), Is.EqualTo(expected));

    [TestCase(19, false, TestName = "AgeFits_one_below_min")]
    [TestCase(20, true, TestName = "AgeFits_exactly_min")]
    [TestCase(25, true, TestName = "AgeFits_inside")]
    [TestCase(30, true, TestName = "AgeFits_exactly_max")]
    [TestCase(31, false, TestName = "AgeFits_one_above_max")]
    public void AgeFitsIsInclusive(int age, bool expected) =>
        Assert.That(CastingRule.AgeFits(20, 30, age), Is.EqualTo(expected));

    [Test]
    public void AgeFitsASingleAgeRange()
    {
        Assert.That(CastingRule.AgeFits(0, 0, 0), Is.True);
        Assert.That(CastingRule.AgeFits(120, 120, 120), Is.True);
        Assert.That(CastingRule.AgeFits(40, 40, 41), Is.False);
    }

    [TestCase(RoleGender.Female, Gender.Female, 25, true)]
    [TestCase(RoleGender.Female, Gender.Male, 25, false)]
    [TestCase(RoleGender.Any, Gender.NonBinary, 25, true)]
    [TestCase(RoleGender.Any, Gender.NonBinary, 31, false)]
    [TestCase(RoleGender.Female, Gender.Female, 19, false)]
    public void FitsNeedsGenderAndAge(RoleGender roleGender, Gender actorGender, int age, bool expected) =>
        Assert.That(CastingRule.Fits(roleGender, 20, 30, actorGender, age), Is.EqualTo(expected));

    [Test]
    public void ToGenderMapsEachRoleGenderToTheGenderOfTheSameNameAndRefusesAny()
    {
        foreach (var gender in Enum.GetValues<Gender>())
        {
            var roleGender = WireNames<RoleGender>.Parse(WireNames<Gender>.ToWire(gender));
            Assert.That(CastingRule.ToGender(roleGender), Is.EqualTo(gender));
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => CastingRule.ToGender(RoleGender.Any));
    }

    [TestCase(Gender.Male, 25, "female", TestName = "EnsureFits_wrong_gender")]
    [TestCase(Gender.NonBinary, 25, "female", TestName = "EnsureFits_wrong_gender_non_binary")]
    [TestCase(Gender.Female, 19, "ages 20-30", TestName = "EnsureFits_too_young")]
    [TestCase(Gender.Female, 31, "ages 20-30", TestName = "EnsureFits_too_old")]
    public void EnsureFitsThrowsNamingRoleAndActor(Gender gender, int age, string reason)
    {
        var ex = Assert.Throws<CastingRuleViolationException>(
            () => CastingRule.EnsureFits(7, "Lead", RoleGender.Female, 20, 30, 9, "John Smith", gender, age));
        Assert.Multiple(() =>
        {
            Assert.That(ex!.Message, Does.Contain("role 7 'Lead'"));
            Assert.That(ex.Message, Does.Contain("actor 9 'John Smith'"));
            Assert.That(ex.Message, Does.Contain(reason));
            Assert.That(ex.RoleId, Is.EqualTo(7));
            Assert.That(ex.ActorId, Is.EqualTo(9));
        });
    }

    [Test]
    public void EnsureFitsNamesANewRoleByNameOnly()
    {
        var ex = Assert.Throws<CastingRuleViolationException>(
            () => CastingRule.EnsureFits(0, "Lead", RoleGender.Male, 20, 30, 9, "Jane", Gender.Female, 25));
        Assert.That(ex!.Message, Does.Contain("role 'Lead'").And.Contain("actor 9 'Jane'"));
    }

    [TestCase(20)]
    [TestCase(30)]
    public void EnsureFitsAcceptsTheBoundaries(int age) =>
        Assert.DoesNotThrow(() => CastingRule.EnsureFits(1, "Lead", RoleGender.Female, 20, 30, 2, "Jane", Gender.Female, age));

    [TestCase(Gender.Female)]
    [TestCase(Gender.Male)]
    [TestCase(Gender.NonBinary)]
    public void AnyFitsEveryGender(Gender gender)
    {
        var actor = RoleTestData.Actor(2, 25, gender);
        var role = new Role(1, "Extra", RoleGender.Any, 20, 30, null, actor);
        Assert.That(role.ActorId, Is.EqualTo(2));
    }

    [TestCase(Gender.Male, 25)]
    [TestCase(Gender.Female, 19)]
    [TestCase(Gender.Female, 31)]
    public void RoleConstructorRefusesAnUnfitActor(Gender gender, int age)
    {
        var actor = RoleTestData.Actor(2, age, gender, "John Smith");
        var ex = Assert.Throws<CastingRuleViolationException>(() => _ = new Role(1, "Lead", RoleGender.Female, 20, 30, null, actor));
        Assert.That(ex!.Message, Does.Contain("'Lead'").And.Contain("actor 2 'John Smith'"));
    }

    [TestCase(20)]
    [TestCase(30)]
    public void RoleConstructorCastsAnActorAtTheBoundaries(int age)
    {
        var actor = RoleTestData.Actor(2, age, Gender.Female);
        var role = new Role(1, "Lead", RoleGender.Female, 20, 30, null, actor);
        Assert.Multiple(() =>
        {
            Assert.That(role.ActorId, Is.EqualTo(2));
            Assert.That(role.Actor, Is.SameAs(actor));
        });
    }

    [TestCase(Gender.Male, 25, TestName = "Role_Update_wrong_gender_actor")]
    [TestCase(Gender.Female, 19, TestName = "Role_Update_too_young_actor")]
    [TestCase(Gender.Female, 31, TestName = "Role_Update_too_old_actor")]
    public void RoleUpdateWithAnUnfitActorThrowsAndLeavesTheRoleUnchanged(Gender gender, int age)
    {
        var role = RoleTestData.Role(5, description: "the lead");
        var before = RoleTestData.Snapshot(role);
        var actor = RoleTestData.Actor(2, age, gender);

        var ex = Assert.Throws<CastingRuleViolationException>(
            () => role.Update("New name", RoleGender.Female, 20, 30, "changed", actor));

        Assert.That(ex!.Message, Does.Contain("role 5 'New name'").And.Contain("actor 2 'Jane Doe'"));
        Assert.That(RoleTestData.Snapshot(role), Is.EqualTo(before));
    }

    [TestCase(26, 30, TestName = "Role_Update_raises_min_age_past_the_actor")]
    [TestCase(20, 24, TestName = "Role_Update_lowers_max_age_below_the_actor")]
    public void RoleUpdateNarrowingTheRangePastTheCastActorThrowsAndLeavesTheRoleUnchanged(int minAge, int maxAge)
    {
        var actor = RoleTestData.Actor(2, 25, Gender.Female);
        var role = RoleTestData.Role(5, actor: actor);
        var before = RoleTestData.Snapshot(role);

        Assert.Throws<CastingRuleViolationException>(() => role.Update(role.Name, role.Gender, minAge, maxAge, null, role.Actor));
        Assert.That(RoleTestData.Snapshot(role), Is.EqualTo(before));
    }

    [Test]
    public void RoleUpdateChangingTheGenderAwayFromTheCastActorThrows()
    {
        var actor = RoleTestData.Actor(2, 25, Gender.Female);
        var role = RoleTestData.Role(5, gender: RoleGender.Any, actor: actor);
        var before = RoleTestData.Snapshot(role);

        Assert.Throws<CastingRuleViolationException>(() => role.Update(role.Name, RoleGender.Male, 20, 30, null, actor));
        Assert.That(RoleTestData.Snapshot(role), Is.EqualTo(before));
    }

    [Test]
    public void RoleUpdateNarrowingToTheActorBoundariesIsAllowed()
    {
        var actor = RoleTestData.Actor(2, 25, Gender.Female);
        var role = RoleTestData.Role(5, gender: RoleGender.Any, actor: actor);

        role.Update("Lead", RoleGender.Female, 25, 25, null, actor);

        Assert.Multiple(() =>
        {
            Assert.That(role.MinAge, Is.EqualTo(25));
            Assert.That(role.MaxAge, Is.EqualTo(25));
            Assert.That(role.Gender, Is.EqualTo(RoleGender.Female));
            Assert.That(role.ActorId, Is.EqualTo(2));
        });
    }

    [Test]
    public void RoleUpdateWithNullActorLeavesTheRoleOpenAndUncastToo()
    {
        var actor = RoleTestData.Actor(2, 25, Gender.Female);
        var role = RoleTestData.Role(5, actor: actor);
        role.Update("Lead", RoleGender.Male, 50, 60, null, null);
        Assert.That(role.ActorId, Is.Null);

        var other = RoleTestData.Role(6, actor: RoleTestData.Actor(3, 22, Gender.Female));
        other.Uncast();
        Assert.Multiple(() =>
        {
            Assert.That(other.ActorId, Is.Null);
            Assert.That(other.Actor, Is.Null);
        });
    }

    [Test]
    public void RoleMoveToChangesTheMovie()
    {
        var role = RoleTestData.Role(5, movieId: 1);
        role.MoveTo(2);
        Assert.That(role.MovieId, Is.EqualTo(2));
    }

    [Test]
    public void RoleRejectsMinAgeAboveMaxAge()
    {
        var ex = Assert.Throws<DomainValidationException>(() => _ = new Role(1, "Lead", RoleGender.Any, 31, 30));
        Assert.That(ex!.Field, Is.EqualTo("min_age"));
    }

    [TestCase(Gender.Female, 19, TestName = "Actor_Update_too_young_for_a_held_role")]
    [TestCase(Gender.Female, 31, TestName = "Actor_Update_too_old_for_a_held_role")]
    [TestCase(Gender.Male, 25, TestName = "Actor_Update_wrong_gender_for_a_held_role")]
    public void ActorUpdateThatBreaksAHeldRoleThrowsAndLeavesTheActorUnchanged(Gender gender, int age)
    {
        var actor = RoleTestData.Actor(2, 25, Gender.Female, "Jane Doe");
        RoleTestData.Role(5, name: "Lead", actor: actor);
        var before = Fields(actor);

        var ex = Assert.Throws<CastingRuleViolationException>(
            () => new UpdateActorCommand { Age = age, Gender = gender, Location = "Paris" }.ApplyTo(actor));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Message, Does.Contain("role 5 'Lead'").And.Contain("actor 2 'Jane Doe'"));
            Assert.That(Fields(actor), Is.EqualTo(before));
        });
    }

    [Test]
    public void ActorUpdateChecksEveryHeldRole()
    {
        var actor = RoleTestData.Actor(2, 25, Gender.Female);
        RoleTestData.Role(5, name: "Wide", gender: RoleGender.Any, minAge: 0, maxAge: 120, actor: actor);
        RoleTestData.Role(6, name: "Narrow", minAge: 24, maxAge: 26, actor: actor);

        var ex = Assert.Throws<CastingRuleViolationException>(() => new UpdateActorCommand { Age = 27 }.ApplyTo(actor));
        Assert.That(ex!.Message, Does.Contain("role 6 'Narrow'"));
    }

    [TestCase(20)]
    [TestCase(30)]
    public void ActorUpdateWithinTheHeldRolesGoesThrough(int age)
    {
        var actor = RoleTestData.Actor(2, 25, Gender.Female);
        RoleTestData.Role(5, actor: actor);

        new UpdateActorCommand { Age = age }.ApplyTo(actor);

        Assert.That(actor.Age, Is.EqualTo(age));
    }

    [Test]
    public void ActorUpdateMayChangeGenderWhenTheHeldRoleIsForAny()
    {
        var actor = RoleTestData.Actor(2, 25, Gender.Female);
        RoleTestData.Role(5, gender: RoleGender.Any, actor: actor);

        new UpdateActorCommand { Gender = Gender.NonBinary }.ApplyTo(actor);

        Assert.That(actor.Gender, Is.EqualTo(Gender.NonBinary));
    }

    [Test]
    public void ActorReleaseRolesUncastsEveryHeldRole()
    {
        var actor = RoleTestData.Actor(2, 25, Gender.Female);
        var a = RoleTestData.Role(5, actor: actor);
        var b = RoleTestData.Role(6, actor: actor);

        actor.ReleaseRoles();

        Assert.Multiple(() =>
        {
            Assert.That(a.ActorId, Is.Null);
            Assert.That(b.ActorId, Is.Null);
        });
    }
}
