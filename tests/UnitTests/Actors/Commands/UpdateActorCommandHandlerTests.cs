using CastingAgency.Application.Actors.Commands.UpdateActor;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.Domain.Rules;
using CastingAgency.UnitTests.TestSupport;
using Moq;

namespace CastingAgency.UnitTests.Actors.Commands;

public class UpdateActorCommandHandlerTests
{
    private Mock<IActorRepository> _actors = null!;
    private Mock<IRoleRepository> _roles = null!;
    private Mock<IUnitOfWork> _unitOfWork = null!;
    private UpdateActorCommandHandler _handler = null!;

    [SetUp]
    public void SetUp()
    {
        _actors = new Mock<IActorRepository>();
        _roles = new Mock<IRoleRepository>();
        _roles.Setup(r => r.ExistsAsync(It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync(true); // the caller sees every role
        _unitOfWork = new Mock<IUnitOfWork>();
        _handler = new UpdateActorCommandHandler(_actors.Object, _roles.Object, _unitOfWork.Object, TestMapper.Create());
    }

    private Actor Stored(int id = 5, int version = 2)
    {
        var actor = new Actor(
            "Ann Actor", 30, Gender.Female, "Berlin", ethnicity: Ethnicity.White, height: 170, email: "ann@example.com", passport: true)
            .WithIdentity(id, version);
        _actors.Setup(a => a.FindWithRolesAsync(id, It.IsAny<CancellationToken>())).ReturnsAsync(actor);
        return actor;
    }

    private void VerifyNotSaved() => _unitOfWork.Verify(u => u.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Never);

    [Test]
    public async Task ShouldChangeOnlyPresentFieldsWhenUpdated()
    {
        var actor = Stored();
        var command = new UpdateActorCommand { Id = 5, Name = "Ann B. Actor", Ethnicity = null, HairColor = HairColor.Gray };

        var dto = await _handler.Handle(command, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(actor.Name, Is.EqualTo("Ann B. Actor"));
            Assert.That(actor.Ethnicity, Is.Null, "null clears an optional field");
            Assert.That(actor.HairColor, Is.EqualTo(HairColor.Gray));
            Assert.That(actor.Age, Is.EqualTo(30));
            Assert.That(actor.Location, Is.EqualTo("Berlin"));
            Assert.That(actor.Passport, Is.True);
            Assert.That(actor.Height, Is.EqualTo(170));
            Assert.That(actor.Email, Is.EqualTo("ann@example.com"));
            Assert.That(dto.Id, Is.EqualTo(5));
            Assert.That(dto.Name, Is.EqualTo("Ann B. Actor"));
        }

        _unitOfWork.Verify(u => u.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Once);
        _actors.Verify(a => a.EmailTakenAsync(It.IsAny<string>(), It.IsAny<int?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task ShouldUpdateWhenVersionMatches()
    {
        var actor = Stored(version: 4);

        await _handler.Handle(new UpdateActorCommand { Id = 5, ExpectedVersion = 4, Age = 31, Gender = Gender.Female }, CancellationToken.None);

        Assert.That(actor.Age, Is.EqualTo(31));
        _unitOfWork.Verify(u => u.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public void ShouldThrowNotFoundWhenActorIsMissing()
    {
        var ex = Assert.ThrowsAsync<NotFoundException>(
            () => _handler.Handle(new UpdateActorCommand { Id = 42, Name = "X" }, CancellationToken.None));

        Assert.That(ex!.Message, Is.EqualTo("actor 42 does not exist"));
        VerifyNotSaved();
    }

    [Test]
    public void ShouldThrowPreconditionFailedWhenVersionIsStale()
    {
        var actor = Stored(version: 3);

        Assert.ThrowsAsync<PreconditionFailedException>(
            () => _handler.Handle(new UpdateActorCommand { Id = 5, ExpectedVersion = 2, Name = "New" }, CancellationToken.None));

        Assert.That(actor.Name, Is.EqualTo("Ann Actor"));
        VerifyNotSaved();
    }

    [Test]
    public void ShouldThrowConflictWhenNewEmailIsTaken()
    {
        Stored();
        _actors.Setup(a => a.EmailTakenAsync("bo@example.com", 5, It.IsAny<CancellationToken>())).ReturnsAsync(true);

        var ex = Assert.ThrowsAsync<ConflictException>(
            () => _handler.Handle(new UpdateActorCommand { Id = 5, Email = " bo@example.com " }, CancellationToken.None));

        Assert.That(ex!.Message, Is.EqualTo("an actor with email 'bo@example.com' already exists"));
        VerifyNotSaved();
    }

    [Test]
    public async Task ShouldNotCheckEmailWhenItChangesOnlyInCase()
    {
        var actor = Stored();

        await _handler.Handle(new UpdateActorCommand { Id = 5, Email = "ANN@example.com" }, CancellationToken.None);

        Assert.That(actor.Email, Is.EqualTo("ANN@example.com"));
        _actors.Verify(a => a.EmailTakenAsync(It.IsAny<string>(), It.IsAny<int?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task ShouldClearEmailWithoutCheckWhenEmailIsNull()
    {
        var actor = Stored();

        await _handler.Handle(new UpdateActorCommand { Id = 5, Email = null }, CancellationToken.None);

        Assert.That(actor.Email, Is.Null);
        _actors.Verify(a => a.EmailTakenAsync(It.IsAny<string>(), It.IsAny<int?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void ShouldThrowCastingRuleViolationWhenNewAgeNoLongerFitsAHeldRole()
    {
        var actor = Stored();
        EntityFactory.CastRole(actor, id: 11, name: "Young Lead", gender: RoleGender.Female, minAge: 25, maxAge: 35);

        var ex = Assert.ThrowsAsync<CastingRuleViolationException>(
            () => _handler.Handle(new UpdateActorCommand { Id = 5, Age = 50 }, CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex!.RoleId, Is.EqualTo(11));
            Assert.That(ex.ActorId, Is.EqualTo(5));
            Assert.That(ex.Message, Does.Contain("Young Lead").And.Contain("Ann Actor"));
            Assert.That(actor.Age, Is.EqualTo(30), "nothing changes");
        }

        VerifyNotSaved();
    }

    [Test]
    public void ShouldThrowCastingRuleViolationWhenNewGenderNoLongerFitsAHeldRole()
    {
        var actor = Stored();
        EntityFactory.CastRole(actor, id: 12, gender: RoleGender.Female);

        Assert.ThrowsAsync<CastingRuleViolationException>(
            () => _handler.Handle(new UpdateActorCommand { Id = 5, Gender = Gender.Male }, CancellationToken.None));

        Assert.That(actor.Gender, Is.EqualTo(Gender.Female));
        VerifyNotSaved();
    }

    [Test]
    public async Task ShouldUpdateWhenActorStillFitsEveryHeldRole()
    {
        var actor = Stored();
        EntityFactory.CastRole(actor, id: 11, gender: RoleGender.Female, minAge: 25, maxAge: 35);
        EntityFactory.CastRole(actor, id: 12, gender: RoleGender.Any, minAge: 18, maxAge: 60);

        await _handler.Handle(new UpdateActorCommand { Id = 5, Age = 35 }, CancellationToken.None);

        Assert.That(actor.Age, Is.EqualTo(35));
        _unitOfWork.Verify(u => u.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public void ShouldNotNameARoleTheCallerDoesNotSeeWhenTheNewAgeNoLongerFitsIt()
    {
        var actor = Stored();
        EntityFactory.CastRole(actor, id: 11, name: "Secret Lead", gender: RoleGender.Female, minAge: 25, maxAge: 35);
        _roles.Setup(r => r.ExistsAsync(11, It.IsAny<CancellationToken>())).ReturnsAsync(false);

        var ex = Assert.ThrowsAsync<CastingRuleViolationException>(
            () => _handler.Handle(new UpdateActorCommand { Id = 5, Age = 50 }, CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex!.Message, Does.Contain("Ann Actor").And.Contain("cast in a role"));
            Assert.That(ex.Message, Does.Not.Contain("Secret Lead").And.Not.Contain("11").And.Not.Contain("25").And.Not.Contain("35"));
            Assert.That(actor.Age, Is.EqualTo(30), "nothing changes");
        }

        VerifyNotSaved();
    }
}
