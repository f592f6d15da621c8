using System.Reflection;
using CastingAgency.Application.Actors.Commands.UpdateActor;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.Domain.Pipeline;
using CastingAgency.Domain.Rules;
using CastingAgency.UnitTests.TestSupport;

namespace CastingAgency.UnitTests.Domain;

/// <summary>The casting pipeline of docs/api.md §9: both state machines over every pair of states, and the rules.</summary>
[TestFixture]
public sealed class PipelineTests
{
    // The edges exactly as docs/api.md §9 states them (not read from PipelineEdges, which is what is under test).
    private static readonly HashSet<(ShortlistStatus, ShortlistStatus)> ContractShortlistEdges =
    [
        (ShortlistStatus.Shortlisted, ShortlistStatus.Callback), (ShortlistStatus.Shortlisted, ShortlistStatus.Offered),
        (ShortlistStatus.Shortlisted, ShortlistStatus.Released), (ShortlistStatus.Callback, ShortlistStatus.Offered),
        (ShortlistStatus.Callback, ShortlistStatus.Released), (ShortlistStatus.Offered, ShortlistStatus.Cast),
        (ShortlistStatus.Offered, ShortlistStatus.Declined), (ShortlistStatus.Offered, ShortlistStatus.Released),
        (ShortlistStatus.Released, ShortlistStatus.Shortlisted),
    ];

    private static readonly HashSet<(AppointmentStatus, AppointmentStatus)> ContractAppointmentEdges =
    [
        (AppointmentStatus.Scheduled, AppointmentStatus.Confirmed), (AppointmentStatus.Scheduled, AppointmentStatus.Declined),
        (AppointmentStatus.Scheduled, AppointmentStatus.Completed), (AppointmentStatus.Scheduled, AppointmentStatus.NoShow),
        (AppointmentStatus.Scheduled, AppointmentStatus.Canceled), (AppointmentStatus.Confirmed, AppointmentStatus.Completed),
        (AppointmentStatus.Confirmed, AppointmentStatus.NoShow), (AppointmentStatus.Confirmed, AppointmentStatus.Canceled),
        (AppointmentStatus.Confirmed, AppointmentStatus.Declined),
    ];

    private static readonly DateTime Nine = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static IEnumerable<TestCaseData> EveryShortlistPair() =>
        from source in Enum.GetValues<ShortlistStatus>()
        from target in Enum.GetValues<ShortlistStatus>()
        select new TestCaseData(source, target, ContractShortlistEdges.Contains((source, target))).SetName($"Shortlist_{source}_to_{target}");

    private static IEnumerable<TestCaseData> EveryAppointmentPair() =>
        from source in Enum.GetValues<AppointmentStatus>()
        from target in Enum.GetValues<AppointmentStatus>()
        select new TestCaseData(source, target, ContractAppointmentEdges.Contains((source, target))).SetName($"Appointment_{source}_to_{target}");

    [TestCaseSource(nameof(EveryShortlistPair))]
    public void AShortlistEntryMovesOnlyAlongTheContractEdges(ShortlistStatus from, ShortlistStatus to, bool allowed)
    {
        var (role, entry) = Listed();
        SetStatus(entry, from);

        if (allowed)
        {
            role.Move(entry, to, "auth0|me");
            Assert.That(entry.Status, Is.EqualTo(to));
            Assert.That(entry.History.Last().Status, Is.EqualTo(to));
            Assert.That(entry.History.Last().By, Is.EqualTo("auth0|me"));
        }
        else
        {
            var ex = Assert.Throws<PipelineConflictException>(() => role.Move(entry, to, "auth0|me"));
            Assert.That(ex!.Message, Does.Contain($"role {role.Id}").And.Contain($"actor {entry.ActorId}")
                .And.Contain(WireNames<ShortlistStatus>.ToWire(from)).And.Contain(WireNames<ShortlistStatus>.ToWire(to)));
            Assert.That(entry.Status, Is.EqualTo(from));
        }
    }

    [TestCaseSource(nameof(EveryAppointmentPair))]
    public void AnAppointmentMovesOnlyAlongTheContractEdges(AppointmentStatus from, AppointmentStatus to, bool allowed)
    {
        var (_, entry) = Listed();
        var appointment = entry.Book(AppointmentKind.Audition, Nine, Nine.AddHours(1), "Room 1", entry.Actor!, []).WithIdentity(50);
        SetProperty(appointment, nameof(Appointment.Status), from);

        if (allowed)
        {
            appointment.MoveTo(to);
            Assert.That(appointment.Status, Is.EqualTo(to));
        }
        else
        {
            var ex = Assert.Throws<PipelineConflictException>(() => appointment.MoveTo(to));
            Assert.That(ex!.Message, Does.Contain("appointment 50").And.Contain(WireNames<AppointmentStatus>.ToWire(from)));
            Assert.That(appointment.Status, Is.EqualTo(from));
        }
    }

    [Test]
    public void TheEdgeTablesAreTheContractEdges()
    {
        var shortlist = PipelineEdges.Shortlist.SelectMany(kv => kv.Value.Select(to => (kv.Key, to))).ToHashSet();
        var appointment = PipelineEdges.Appointment.SelectMany(kv => kv.Value.Select(to => (kv.Key, to))).ToHashSet();
        Assert.That(shortlist.SetEquals(ContractShortlistEdges), Is.True);
        Assert.That(appointment.SetEquals(ContractAppointmentEdges), Is.True);
    }

    [Test]
    public void ShortlistingRecordsTheCreatorAndReliesOnTheRole()
    {
        var (role, entry) = Listed();
        Assert.That(entry.Status, Is.EqualTo(ShortlistStatus.Shortlisted));
        Assert.That(entry.CreatedBy, Is.EqualTo("auth0|creator"));
        Assert.That(entry.History.Single().By, Is.EqualTo("auth0|creator"));
        Assert.That(role.MustBeUnchanged, Is.True);
    }

    [Test]
    public void ARoleListsAnActorOnceAndACastRoleTakesNoEntries()
    {
        var (role, entry) = Listed();
        Assert.Throws<PipelineConflictException>(() => role.AddToShortlist(entry.Actor!, "x", null));

        var cast = new Role(1, "Cast", RoleGender.Any, 0, 120, actor: EntityFactory.Actor(9)).WithIdentity(11);
        var ex = Assert.Throws<PipelineConflictException>(() => cast.AddToShortlist(EntityFactory.Actor(2), "x", null));
        Assert.That(ex!.Message, Does.Contain("role 11").And.Contain("actor 2"));
    }

    [Test]
    public void AnUnfitActorIsNeitherShortlistedNorOffered()
    {
        var role = new Role(1, "Young", RoleGender.Any, 20, 30).WithIdentity(10);
        Assert.Throws<CastingRuleViolationException>(() => role.AddToShortlist(EntityFactory.Actor(2, age: 50), "x", null));

        var actor = EntityFactory.Actor(3, age: 25);
        var entry = role.AddToShortlist(actor, "x", null).WithIdentity(30);
        new UpdateActorCommand { Age = 45 }.ApplyTo(actor); // aged since: stays listed, cannot be offered
        Assert.Throws<CastingRuleViolationException>(() => role.Move(entry, ShortlistStatus.Offered, "x"));
        Assert.That(entry.Status, Is.EqualTo(ShortlistStatus.Shortlisted));
    }

    [Test]
    public void ARoleHasOneOpenOfferAndAnOfferReliesOnRoleAndActor()
    {
        var role = new Role(1, "Lead", RoleGender.Any, 0, 120).WithIdentity(10);
        var first = role.AddToShortlist(EntityFactory.Actor(2), "x", null).WithIdentity(31);
        var second = role.AddToShortlist(EntityFactory.Actor(3), "x", null).WithIdentity(32);

        role.Move(first, ShortlistStatus.Offered, "x");
        Assert.That(first.Actor!.MustBeUnchanged, Is.True);
        var ex = Assert.Throws<PipelineConflictException>(() => role.Move(second, ShortlistStatus.Offered, "x"));
        Assert.That(ex!.Message, Does.Contain("open offer").And.Contain("entry 31").And.Contain("actor 3"));
    }

    [Test]
    public void CastingAnEntryCastsTheRoleReleasesTheOthersAndCancelsTheActorsOpenAppointments()
    {
        var role = new Role(1, "Lead", RoleGender.Any, 0, 120).WithIdentity(10);
        var winner = role.AddToShortlist(EntityFactory.Actor(2), "x", null).WithIdentity(31);
        var other = role.AddToShortlist(EntityFactory.Actor(3), "x", null).WithIdentity(32);
        var declined = role.AddToShortlist(EntityFactory.Actor(4), "x", null).WithIdentity(33);
        SetStatus(declined, ShortlistStatus.Declined);
        var open = winner.Book(AppointmentKind.Audition, Nine, Nine.AddHours(1), null, winner.Actor!, []);
        var done = winner.Book(AppointmentKind.Audition, Nine.AddHours(2), Nine.AddHours(3), null, winner.Actor!, []);
        done.MoveTo(AppointmentStatus.Completed);

        role.Move(winner, ShortlistStatus.Offered, "auth0|d");
        role.Move(winner, ShortlistStatus.Cast, "auth0|d");

        Assert.Multiple(() =>
        {
            Assert.That(role.ActorId, Is.EqualTo(2));
            Assert.That(winner.Status, Is.EqualTo(ShortlistStatus.Cast));
            Assert.That(winner.History.Select(h => h.By), Is.EqualTo(new[] { "x", "auth0|d", "auth0|d" }));
            Assert.That(other.Status, Is.EqualTo(ShortlistStatus.Released));
            Assert.That(other.History.Last().By, Is.EqualTo(ShortlistEntry.System));
            Assert.That(declined.Status, Is.EqualTo(ShortlistStatus.Declined));
            Assert.That(open.Status, Is.EqualTo(AppointmentStatus.Canceled));
            Assert.That(done.Status, Is.EqualTo(AppointmentStatus.Completed));
        });
    }

    [Test]
    public void CastingThroughTheRoleMovesThePipelineAndRecastingReleasesTheOldCastEntry()
    {
        var role = new Role(1, "Lead", RoleGender.Any, 0, 120).WithIdentity(10);
        var a = role.AddToShortlist(EntityFactory.Actor(2), "x", null).WithIdentity(31);
        var b = role.AddToShortlist(EntityFactory.Actor(3), "x", null).WithIdentity(32);

        role.Update(role.Name, role.Gender, role.MinAge, role.MaxAge, null, a.Actor);
        Assert.That((a.Status, b.Status), Is.EqualTo((ShortlistStatus.Cast, ShortlistStatus.Released)));
        Assert.That(a.History.Last().By, Is.EqualTo(ShortlistEntry.System));

        role.Update(role.Name, role.Gender, role.MinAge, role.MaxAge, null, b.Actor);
        Assert.That((a.Status, b.Status), Is.EqualTo((ShortlistStatus.Released, ShortlistStatus.Cast)));

        role.Uncast();
        Assert.That((a.Status, b.Status), Is.EqualTo((ShortlistStatus.Released, ShortlistStatus.Released)));
        Assert.That(role.Shortlist.Count(e => e.Status == ShortlistStatus.Cast), Is.Zero);
    }

    [Test]
    public void ACastEntryCannotBeDeletedAndAReleasedOneReturnsOnlyToAnOpenRole()
    {
        var role = new Role(1, "Lead", RoleGender.Any, 0, 120).WithIdentity(10);
        var a = role.AddToShortlist(EntityFactory.Actor(2), "x", null).WithIdentity(31);
        var b = role.AddToShortlist(EntityFactory.Actor(3), "x", null).WithIdentity(32);
        role.Update(role.Name, role.Gender, role.MinAge, role.MaxAge, null, a.Actor);

        Assert.Throws<PipelineConflictException>(() => Role.EnsureRemovable(a));
        Assert.DoesNotThrow(() => Role.EnsureRemovable(b));
        Assert.Throws<PipelineConflictException>(() => role.Move(b, ShortlistStatus.Shortlisted, "x"));
    }

    [TestCase(ShortlistStatus.Shortlisted, AppointmentKind.Audition, true)]
    [TestCase(ShortlistStatus.Shortlisted, AppointmentKind.Callback, false)]
    [TestCase(ShortlistStatus.Callback, AppointmentKind.Audition, true)]
    [TestCase(ShortlistStatus.Callback, AppointmentKind.Callback, true)]
    [TestCase(ShortlistStatus.Offered, AppointmentKind.Audition, false)]
    [TestCase(ShortlistStatus.Cast, AppointmentKind.Audition, false)]
    [TestCase(ShortlistStatus.Declined, AppointmentKind.Audition, false)]
    [TestCase(ShortlistStatus.Released, AppointmentKind.Audition, false)]
    public void BookingNeedsTheEntryShortlistedOrInCallback(ShortlistStatus status, AppointmentKind kind, bool allowed)
    {
        var (_, entry) = Listed();
        SetStatus(entry, status);
        if (allowed)
        {
            entry.Book(kind, Nine, Nine.AddHours(1), null, entry.Actor!, []);
            Assert.That(entry.Actor!.MustBeUnchanged && entry.MustBeUnchanged, Is.True);
        }
        else
        {
            Assert.Throws<PipelineConflictException>(() => entry.Book(kind, Nine, Nine.AddHours(1), null, entry.Actor!, []));
            Assert.That(entry.Appointments, Is.Empty);
        }
    }

    [TestCase(0, 60, false, TestName = "Overlap_same_slot")]
    [TestCase(30, 90, false, TestName = "Overlap_partial")]
    [TestCase(-30, 30, false, TestName = "Overlap_before")]
    [TestCase(10, 20, false, TestName = "Overlap_inside")]
    [TestCase(60, 120, true, TestName = "BackToBack_after")]
    [TestCase(-60, 0, true, TestName = "BackToBack_before")]
    public void AnActorsLiveAppointmentsNeverOverlap(int startMinutes, int endMinutes, bool free)
    {
        var (_, entry) = Listed();
        var existing = entry.Book(AppointmentKind.Audition, Nine, Nine.AddHours(1), null, entry.Actor!, []).WithIdentity(77);
        void Book() => entry.Book(AppointmentKind.Audition, Nine.AddMinutes(startMinutes), Nine.AddMinutes(endMinutes), null, entry.Actor!, [existing]);
        if (free)
        {
            Assert.DoesNotThrow(Book);
        }
        else
        {
            var ex = Assert.Throws<PipelineConflictException>(Book);
            Assert.That(ex!.Message, Does.Contain("appointment 77").And.Contain($"actor {entry.ActorId}"));
        }
    }

    [TestCase(AppointmentStatus.Declined)]
    [TestCase(AppointmentStatus.Canceled)]
    public void DeclinedAndCanceledAppointmentsFreeTheTime(AppointmentStatus status)
    {
        var (_, entry) = Listed();
        var existing = entry.Book(AppointmentKind.Audition, Nine, Nine.AddHours(1), null, entry.Actor!, []).WithIdentity(77);
        existing.MoveTo(status);
        Assert.DoesNotThrow(() => entry.Book(AppointmentKind.Audition, Nine, Nine.AddHours(1), null, entry.Actor!, [existing]));
    }

    [Test]
    public void TimesAreCheckedAndARescheduleSchedulesAgain()
    {
        var (_, entry) = Listed();
        Assert.Throws<DomainValidationException>(() => entry.Book(AppointmentKind.Audition, Nine, Nine, null, entry.Actor!, []));
        Assert.Throws<DomainValidationException>(() => entry.Book(AppointmentKind.Audition, Nine, Nine.AddHours(8).AddMinutes(1), null, entry.Actor!, []));
        var eight = entry.Book(AppointmentKind.Audition, Nine, Nine.AddHours(8), null, entry.Actor!, []).WithIdentity(5);

        eight.MoveTo(AppointmentStatus.Confirmed);
        eight.Reschedule(Nine.AddDays(1), Nine.AddDays(1).AddHours(1), "Studio B", entry.Actor!, [eight]);
        Assert.That((eight.Status, eight.Location, eight.StartsAt), Is.EqualTo((AppointmentStatus.Scheduled, "Studio B", Nine.AddDays(1))));

        eight.MoveTo(AppointmentStatus.Completed);
        Assert.Throws<PipelineConflictException>(() => eight.Reschedule(Nine, Nine.AddHours(1), null, entry.Actor!, []));
    }

    private static (Role Role, ShortlistEntry Entry) Listed()
    {
        var role = new Role(1, "Lead", RoleGender.Any, 0, 120).WithIdentity(10);
        var entry = role.AddToShortlist(EntityFactory.Actor(2), "auth0|creator", null).WithIdentity(30);
        return (role, entry);
    }

    private static void SetStatus(ShortlistEntry entry, ShortlistStatus status) => SetProperty(entry, nameof(ShortlistEntry.Status), status);

    private static void SetProperty(object target, string name, object value) =>
        target.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance)!.GetSetMethod(nonPublic: true)!.Invoke(target, [value]);
}
