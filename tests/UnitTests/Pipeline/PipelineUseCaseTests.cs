using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Pipeline;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.UnitTests.TestSupport;
using FluentValidation.TestHelper;
using Moq;

namespace CastingAgency.UnitTests.Pipeline;

/// <summary>The pipeline's validators, time input and the handlers' permission and ordering rules.</summary>
[TestFixture]
public sealed class PipelineUseCaseTests
{
    private static BookAppointmentCommand Booking(string start = "2026-03-02T09:00:00Z", string end = "2026-03-02T10:00:00Z", AppointmentKind kind = AppointmentKind.Audition) =>
        new() { Kind = kind, StartsAt = start, EndsAt = end };

    [TestCase("2026-03-02T09:00:00Z", true)]
    [TestCase("2026-03-02T10:00:00+01:00", true)]
    [TestCase("2026-03-02T10:00+01:00", true)]
    [TestCase("2026-03-02T09:00:00.123Z", true)]
    [TestCase("2026-03-02T09:00:00", false)]
    [TestCase("2026-03-02", false)]
    [TestCase("2026-13-02T09:00:00Z", false)]
    [TestCase("", false)]
    public void TimestampsNeedAnOffsetAndComeBackInUtc(string text, bool valid)
    {
        Assert.That(TimestampInput.TryParse(text, out var utc), Is.EqualTo(valid));
        if (valid)
        {
            Assert.That(utc.Kind, Is.EqualTo(DateTimeKind.Utc));
            Assert.That(utc.Hour, Is.EqualTo(9));
        }
    }

    [Test]
    public void ABookingIsValid() => new BookAppointmentCommandValidator().TestValidate(Booking()).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void ABookingNeedsKindAndBothTimes()
    {
        var result = new BookAppointmentCommandValidator().TestValidate(new BookAppointmentCommand());
        result.ShouldHaveValidationErrorFor("kind");
        result.ShouldHaveValidationErrorFor("starts_at");
        result.ShouldHaveValidationErrorFor("ends_at");
    }

    [TestCase("2026-03-02T09:00:00Z", "2026-03-02T09:00:00Z")]
    [TestCase("2026-03-02T09:00:00Z", "2026-03-02T08:00:00Z")]
    [TestCase("2026-03-02T09:00:00Z", "2026-03-02T17:00:01Z")]
    public void EndsAtIsAfterStartsAtAndAtMost8HoursLater(string start, string end) =>
        new BookAppointmentCommandValidator().TestValidate(Booking(start, end)).ShouldHaveValidationErrorFor("ends_at");

    [Test]
    public void EightHoursIsAllowed() =>
        new BookAppointmentCommandValidator().TestValidate(Booking(end: "2026-03-02T17:00:00Z")).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void AnAppointmentPatchKeepsKindAndDoesNotMixStatusWithAReschedule()
    {
        var validator = new UpdateAppointmentCommandValidator();
        validator.TestValidate(new UpdateAppointmentCommand()).ShouldHaveValidationErrorFor("body");
        validator.TestValidate(new UpdateAppointmentCommand { Kind = AppointmentKind.Callback }).ShouldHaveValidationErrorFor("kind");
        validator.TestValidate(new UpdateAppointmentCommand { Status = AppointmentStatus.Confirmed, Location = "x" }).ShouldHaveValidationErrorFor("status");
        validator.TestValidate(new UpdateAppointmentCommand { Status = null }).ShouldHaveValidationErrorFor("status");
        validator.TestValidate(new UpdateAppointmentCommand { Status = AppointmentStatus.NoShow }).ShouldNotHaveAnyValidationErrors();
        validator.TestValidate(new UpdateAppointmentCommand { StartsAt = null }).ShouldHaveValidationErrorFor("starts_at");
    }

    [Test]
    public void AppointmentFilterNeedsToAfterFrom()
    {
        new AppointmentFilterValidator().TestValidate(new AppointmentFilter { From = DateTimeOffset.Parse("2026-03-02T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture), To = DateTimeOffset.Parse("2026-03-02T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture) }).ShouldHaveValidationErrorFor("to");
    }

    [Test]
    public async Task BookingReadsTheActorBeforeTheScheduleAndReliesOnBoth()
    {
        var calls = new List<string>();
        var role = new Role(1, "Lead", RoleGender.Any, 0, 120).WithIdentity(10);
        var actor = EntityFactory.Actor(2);
        var entry = role.AddToShortlist(actor, "x", null).WithIdentity(30);
        var entries = new Mock<IShortlistRepository>();
        entries.Setup(e => e.FindWithActorAsync(30, It.IsAny<CancellationToken>())).Callback(() => calls.Add("entry+actor")).ReturnsAsync(entry);
        var appointments = new Mock<IAppointmentRepository>();
        appointments.Setup(a => a.LiveOverlappingAsync(2, It.IsAny<DateTime>(), It.IsAny<DateTime>(), It.IsAny<CancellationToken>()))
            .Callback(() => calls.Add("schedule")).ReturnsAsync([]);
        var unitOfWork = new Mock<IUnitOfWork>();
        var handler = new BookAppointmentCommandHandler(entries.Object, appointments.Object, unitOfWork.Object, TestMapper.Create());

        var dto = await handler.Handle(Booking() with { ShortlistId = 30 }, CancellationToken.None);

        Assert.That(calls, Is.EqualTo(new[] { "entry+actor", "schedule" }));
        Assert.That(dto.StartsAt, Is.EqualTo(new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc)));
        Assert.That(actor.MustBeUnchanged && entry.MustBeUnchanged, Is.True);
        unitOfWork.Verify(u => u.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Once);
    }
}
