using CastingAgency.Application.Appointments.Commands.BookAppointment;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.UnitTests.TestSupport;
using Moq;

namespace CastingAgency.UnitTests.Appointments.Commands;

/// <summary>The order of a booking's reads (ADR-007).</summary>
[TestFixture]
public sealed class BookAppointmentCommandHandlerTests
{
    private static BookAppointmentCommand Booking(string start = "2026-03-02T09:00:00Z", string end = "2026-03-02T10:00:00Z", AppointmentKind kind = AppointmentKind.Audition) =>
        new() { Kind = kind, StartsAt = start, EndsAt = end };

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
