using AutoMapper;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Shortlist.Commands.UpdateShortlistEntry;
using CastingAgency.Domain.Enums;
using Moq;

namespace CastingAgency.UnitTests.Shortlist.Commands;

/// <summary>The permission rule of a shortlist move.</summary>
[TestFixture]
public sealed class UpdateShortlistEntryCommandHandlerTests
{
    [TestCase(ShortlistStatus.Offered)]
    [TestCase(ShortlistStatus.Cast)]
    public void OfferingOrCastingWithoutPatchRolesIsForbiddenBeforeAnythingIsRead(ShortlistStatus status)
    {
        var entries = new Mock<IShortlistRepository>(MockBehavior.Strict);
        var unitOfWork = new Mock<IUnitOfWork>(MockBehavior.Strict);
        var user = new Mock<ICurrentUser>();
        user.Setup(u => u.HasPermission("patch:roles")).Returns(false);
        var handler = new UpdateShortlistEntryCommandHandler(entries.Object, unitOfWork.Object, user.Object, Mock.Of<IMapper>());

        var ex = Assert.ThrowsAsync<ForbiddenException>(() => handler.Handle(new UpdateShortlistEntryCommand { Id = 1, Status = status }, CancellationToken.None));
        Assert.That(ex!.Message, Does.Contain("patch:roles"));
    }
}
