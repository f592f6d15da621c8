using CastingAgency.Application.Actors.Commands.DeleteActor;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Domain.Entities;
using CastingAgency.UnitTests.TestSupport;
using Moq;

namespace CastingAgency.UnitTests.Actors.Commands;

public class DeleteActorCommandHandlerTests
{
    private Mock<IActorRepository> _actors = null!;
    private Mock<IUnitOfWork> _unitOfWork = null!;
    private DeleteActorCommandHandler _handler = null!;

    [SetUp]
    public void SetUp()
    {
        _actors = new Mock<IActorRepository>();
        _unitOfWork = new Mock<IUnitOfWork>();
        var entries = new Mock<IShortlistRepository>();
        entries.Setup(e => e.ForActorAsync(It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var submissions = new Mock<ISubmissionRepository>();
        submissions.Setup(s => s.ForActorAsync(It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        _handler = new DeleteActorCommandHandler(_actors.Object, entries.Object, submissions.Object, _unitOfWork.Object);
    }

    private Actor Stored(int id = 3, int version = 1)
    {
        var actor = EntityFactory.Actor(id, version);
        _actors.Setup(a => a.FindWithRolesAsync(id, It.IsAny<CancellationToken>())).ReturnsAsync(actor);
        return actor;
    }

    [Test]
    public async Task ShouldReleaseRolesAndRemoveActorWhenDeleted()
    {
        var actor = Stored();
        var first = EntityFactory.CastRole(actor, id: 21);
        var second = EntityFactory.CastRole(actor, id: 22);

        var deleted = await _handler.Handle(new DeleteActorCommand(3), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(deleted, Is.EqualTo(3));
            Assert.That(first.ActorId, Is.Null);
            Assert.That(first.Actor, Is.Null);
            Assert.That(second.ActorId, Is.Null);
        }

        _actors.Verify(a => a.Remove(actor), Times.Once);
        _unitOfWork.Verify(u => u.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task ShouldDeleteWhenVersionMatches()
    {
        var actor = Stored(version: 7);

        await _handler.Handle(new DeleteActorCommand(3, ExpectedVersion: 7), CancellationToken.None);

        _actors.Verify(a => a.Remove(actor), Times.Once);
    }

    [Test]
    public void ShouldThrowNotFoundWhenActorIsMissing()
    {
        Assert.ThrowsAsync<NotFoundException>(() => _handler.Handle(new DeleteActorCommand(99), CancellationToken.None));

        _actors.Verify(a => a.Remove(It.IsAny<Actor>()), Times.Never);
        _unitOfWork.Verify(u => u.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void ShouldThrowPreconditionFailedWhenVersionIsStale()
    {
        var actor = Stored(version: 2);
        var role = EntityFactory.CastRole(actor, id: 21);

        Assert.ThrowsAsync<PreconditionFailedException>(() => _handler.Handle(new DeleteActorCommand(3, ExpectedVersion: 1), CancellationToken.None));

        Assert.That(role.ActorId, Is.EqualTo(3), "roles stay cast");
        _actors.Verify(a => a.Remove(It.IsAny<Actor>()), Times.Never);
        _unitOfWork.Verify(u => u.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Never);
    }
}
