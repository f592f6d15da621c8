using CastingAgency.Application.Actors.Commands.CreateActor;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Validation;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.UnitTests.TestSupport;
using Moq;

namespace CastingAgency.UnitTests.Actors.Commands;

public class CreateActorCommandHandlerTests
{
    private Mock<IActorRepository> _actors = null!;
    private Mock<IUnitOfWork> _unitOfWork = null!;
    private CreateActorCommandHandler _handler = null!;

    [SetUp]
    public void SetUp()
    {
        _actors = new Mock<IActorRepository>();
        _unitOfWork = new Mock<IUnitOfWork>();
        _handler = new CreateActorCommandHandler(_actors.Object, _unitOfWork.Object, TestMapper.Create());
    }

    [Test]
    public async Task ShouldAddSaveAndReturnActorWhenCreated()
    {
        Actor? added = null;
        _actors.Setup(a => a.Add(It.IsAny<Actor>())).Callback<Actor>(a => added = a);
        var command = new CreateActorCommand
        {
            Name = "  Ann Actor ",
            Age = 30,
            Gender = Gender.Female,
            Ethnicity = Ethnicity.MiddleEastern,
            HairColor = HairColor.Auburn,
            EyeColor = EyeColor.Hazel,
            BodyType = BodyType.PlusSized,
            Height = 172,
            Email = "Ann@Example.com",
        };

        var dto = await _handler.Handle(command, CancellationToken.None);

        Assert.That(added, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(added!.Name, Is.EqualTo("Ann Actor"));
            Assert.That(added.Gender, Is.EqualTo(Gender.Female));
            Assert.That(added.Ethnicity, Is.EqualTo(Ethnicity.MiddleEastern));
            Assert.That(added.BodyType, Is.EqualTo(BodyType.PlusSized));
            Assert.That(added.Passport, Is.False, "passport defaults to false");
            Assert.That(added.DriverLicense, Is.False, "driver_license defaults to false");
            Assert.That(dto.Name, Is.EqualTo("Ann Actor"));
            Assert.That(dto.Age, Is.EqualTo(30));
            Assert.That(dto.HairColor, Is.EqualTo(HairColor.Auburn));
            Assert.That(dto.EyeColor, Is.EqualTo(EyeColor.Hazel));
            Assert.That(dto.Height, Is.EqualTo(172));
            Assert.That(dto.Email, Is.EqualTo(new Optional<string?>("Ann@Example.com")), "present for the handler; ContactDetails decides who sees it");
        }

        _actors.Verify(a => a.EmailTakenAsync("Ann@Example.com", null, It.IsAny<CancellationToken>()), Times.Once);
        _unitOfWork.Verify(u => u.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task ShouldNotCheckEmailWhenNoEmailIsGiven()
    {
        await _handler.Handle(new CreateActorCommand { Name = "Bo", Age = 9, Gender = Gender.Male, Passport = true }, CancellationToken.None);

        _actors.Verify(a => a.EmailTakenAsync(It.IsAny<string>(), It.IsAny<int?>(), It.IsAny<CancellationToken>()), Times.Never);
        _actors.Verify(a => a.Add(It.Is<Actor>(x => x.Passport && x.Email == null)), Times.Once);
    }

    [Test]
    public void ShouldThrowConflictWhenEmailIsTaken()
    {
        _actors.Setup(a => a.EmailTakenAsync("ann@example.com", null, It.IsAny<CancellationToken>())).ReturnsAsync(true);
        var command = new CreateActorCommand { Name = "Ann", Age = 30, Gender = Gender.Female, Email = "ann@example.com" };

        var ex = Assert.ThrowsAsync<ConflictException>(() => _handler.Handle(command, CancellationToken.None));

        Assert.That(ex!.Message, Is.EqualTo("an actor with email 'ann@example.com' already exists"));
        _actors.Verify(a => a.Add(It.IsAny<Actor>()), Times.Never);
        _unitOfWork.Verify(u => u.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Never);
    }
}
