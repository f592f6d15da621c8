using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Validation;
using CastingAgency.Application.Roles.Commands.CreateRole;
using CastingAgency.Application.Roles.Commands.DeleteRole;
using CastingAgency.Application.Roles.Commands.UpdateRole;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.Domain.Rules;
using CastingAgency.UnitTests.TestSupport;
using Moq;

namespace CastingAgency.UnitTests.Roles.Commands;

/// <summary>Moq'd repositories, unit of work and query runner shared by the command handler tests.</summary>
public abstract class RoleCommandTestBase
{
    protected Mock<IRoleRepository> Roles { get; private set; } = null!;

    protected Mock<IMovieRepository> Movies { get; private set; } = null!;

    protected Mock<IActorRepository> Actors { get; private set; } = null!;


    protected Mock<IUnitOfWork> UnitOfWork { get; private set; } = null!;

    protected HashSet<int> ExistingMovies { get; } = [];

    [SetUp]
    public void SetUpMocks()
    {
        ExistingMovies.Clear();
        ExistingMovies.Add(1);
        Roles = new Mock<IRoleRepository>(MockBehavior.Strict);
        Movies = new Mock<IMovieRepository>();
        Actors = new Mock<IActorRepository>();
        UnitOfWork = new Mock<IUnitOfWork>();
        UnitOfWork.Setup(u => u.SaveChangesAsync(It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);

        // The movie-exists check answers from the movies the test declares.
        Movies.SetupExists<IMovieRepository, Movie>(() => ExistingMovies.Select(id => RoleTestData.Movie(id)));
        Actors.Setup(a => a.FindAsync(It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync((Actor?)null);
    }

    protected void GivenActor(Actor actor) =>
        Actors.Setup(a => a.FindAsync(actor.Id, It.IsAny<CancellationToken>())).ReturnsAsync(actor);

    protected void SaveNeverCalled() => UnitOfWork.Verify(u => u.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Never);

    protected void SavedOnce() => UnitOfWork.Verify(u => u.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Once);
}

[TestFixture]
public sealed class CreateRoleCommandHandlerTests : RoleCommandTestBase
{
    private Role? _added;

    private CreateRoleCommandHandler Handler() =>
        new(Roles.Object, Movies.Object, Actors.Object, UnitOfWork.Object, RoleTestData.Mapper);

    private static CreateRoleCommand Command(int? actorId = null) => new()
    {
        MovieId = 1, ActorId = actorId, Name = "  Lead  ", Gender = RoleGender.Female, MinAge = 20, MaxAge = 30, Description = "The lead.",
    };

    [SetUp]
    public void SetUpAdd()
    {
        _added = null;
        Roles.Setup(r => r.Add(It.IsAny<Role>())).Callback<Role>(r => _added = r);
    }

    [Test]
    public async Task CreatesAnOpenRole()
    {
        var dto = await Handler().Handle(Command(), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(_added, Is.Not.Null);
            Assert.That(dto.MovieId, Is.EqualTo(1));
            Assert.That(dto.ActorId, Is.Null);
            Assert.That(dto.Name, Is.EqualTo("Lead"));
            Assert.That(dto.Gender, Is.EqualTo(RoleGender.Female));
            Assert.That(dto.MinAge, Is.EqualTo(20));
            Assert.That(dto.MaxAge, Is.EqualTo(30));
            Assert.That(dto.Description, Is.EqualTo("The lead."));
        });
        SavedOnce();
    }

    [Test]
    public async Task CreatesARoleCastWithAFittingActor()
    {
        var actor = RoleTestData.Actor(7, 20, Gender.Female);
        GivenActor(actor);

        var dto = await Handler().Handle(Command(actorId: 7), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(dto.ActorId, Is.EqualTo(7));
            Assert.That(_added!.Actor, Is.SameAs(actor));
        });
        SavedOnce();
    }

    [Test]
    public void MissingMovieIsAValidationErrorOnMovieId()
    {
        var ex = Assert.ThrowsAsync<ValidationException>(() => Handler().Handle(Command() with { MovieId = 42 }, CancellationToken.None));

        Assert.That(ex!.Errors.Keys, Is.EquivalentTo(new[] { "movie_id" }));
        Assert.That(ex.Errors["movie_id"], Is.EqualTo(new[] { "movie 42 does not exist" }));
        Roles.Verify(r => r.Add(It.IsAny<Role>()), Times.Never);
        SaveNeverCalled();
    }

    [Test]
    public void MissingActorIsAValidationErrorOnActorId()
    {
        var ex = Assert.ThrowsAsync<ValidationException>(() => Handler().Handle(Command(actorId: 99), CancellationToken.None));

        Assert.That(ex!.Errors.Keys, Is.EquivalentTo(new[] { "actor_id" }));
        Assert.That(ex.Errors["actor_id"], Is.EqualTo(new[] { "actor 99 does not exist" }));
        Roles.Verify(r => r.Add(It.IsAny<Role>()), Times.Never);
        SaveNeverCalled();
    }

    [TestCase(Gender.Male, 25)]
    [TestCase(Gender.Female, 19)]
    [TestCase(Gender.Female, 31)]
    public void UnfitActorBreaksTheCastingRuleAndNothingIsSaved(Gender gender, int age)
    {
        GivenActor(RoleTestData.Actor(7, age, gender, "John Smith"));

        var ex = Assert.ThrowsAsync<CastingRuleViolationException>(() => Handler().Handle(Command(actorId: 7), CancellationToken.None));

        Assert.That(ex!.Message, Does.Contain("'Lead'").And.Contain("actor 7 'John Smith'"));
        Roles.Verify(r => r.Add(It.IsAny<Role>()), Times.Never);
        SaveNeverCalled();
    }

    [Test]
    public async Task AnyRoleAcceptsEveryGender()
    {
        GivenActor(RoleTestData.Actor(7, 30, Gender.NonBinary));

        var dto = await Handler().Handle(Command(actorId: 7) with { Gender = RoleGender.Any }, CancellationToken.None);

        Assert.That(dto.ActorId, Is.EqualTo(7));
        Assert.That(dto.Gender, Is.EqualTo(RoleGender.Any));
    }
}

[TestFixture]
public sealed class UpdateRoleCommandHandlerTests : RoleCommandTestBase
{
    private Actor _castActor = null!;
    private Role _role = null!;

    [SetUp]
    public void SetUpRole()
    {
        _castActor = RoleTestData.Actor(7, 25, Gender.Female, "Jane Doe");
        _role = RoleTestData.Role(5, movieId: 1, name: "Lead", gender: RoleGender.Female, minAge: 20, maxAge: 30, actor: _castActor, description: "d")
            .WithVersion(3);
        Roles.Setup(r => r.FindWithActorAsync(It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync((Role?)null);
        Roles.Setup(r => r.FindWithActorAsync(5, It.IsAny<CancellationToken>())).ReturnsAsync(_role);
    }

    private UpdateRoleCommandHandler Handler() =>
        new(Roles.Object, Movies.Object, Actors.Object, UnitOfWork.Object, RoleTestData.Mapper, TimeProvider.System);

    [Test]
    public void UnknownRoleIsNotFound()
    {
        var ex = Assert.ThrowsAsync<NotFoundException>(() => Handler().Handle(new UpdateRoleCommand { Id = 404, Name = "x" }, CancellationToken.None));
        Assert.That(ex!.Message, Is.EqualTo("role 404 does not exist"));
        SaveNeverCalled();
    }

    [Test]
    public void StaleVersionIsAFailedPreconditionAndNothingChanges()
    {
        var before = RoleTestData.Snapshot(_role);

        Assert.ThrowsAsync<PreconditionFailedException>(
            () => Handler().Handle(new UpdateRoleCommand { Id = 5, ExpectedVersion = 2, Name = "Villain" }, CancellationToken.None));

        Assert.That(RoleTestData.Snapshot(_role), Is.EqualTo(before));
        SaveNeverCalled();
    }

    [Test]
    public async Task MatchingVersionGoesThroughAndOnlyPresentFieldsChange()
    {
        var dto = await Handler().Handle(new UpdateRoleCommand { Id = 5, ExpectedVersion = 3, Name = "Villain" }, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(dto.Name, Is.EqualTo("Villain"));
            Assert.That(dto.Gender, Is.EqualTo(RoleGender.Female));
            Assert.That(dto.MinAge, Is.EqualTo(20));
            Assert.That(dto.MaxAge, Is.EqualTo(30));
            Assert.That(dto.Description, Is.EqualTo("d"));
            Assert.That(dto.ActorId, Is.EqualTo(7));
            Assert.That(dto.MovieId, Is.EqualTo(1));
            Assert.That(dto.Version, Is.EqualTo(3));
        });
        SavedOnce();
        Movies.Verify(m => m.ExistsAsync(It.IsAny<int>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task DescriptionNullClearsIt()
    {
        var dto = await Handler().Handle(new UpdateRoleCommand { Id = 5, Description = null }, CancellationToken.None);
        Assert.That(dto.Description, Is.Null);
    }

    [Test]
    public async Task ActorIdNullUncasts()
    {
        var dto = await Handler().Handle(new UpdateRoleCommand { Id = 5, ActorId = null }, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(dto.ActorId, Is.Null);
            Assert.That(_role.Actor, Is.Null);
        });
        SavedOnce();
    }

    [Test]
    public async Task UncastingAllowsTermsTheOldActorWouldNotFit()
    {
        var dto = await Handler().Handle(new UpdateRoleCommand { Id = 5, ActorId = null, Gender = RoleGender.Male, MinAge = 60, MaxAge = 70 }, CancellationToken.None);

        Assert.That(dto.ActorId, Is.Null);
        Assert.That(dto.Gender, Is.EqualTo(RoleGender.Male));
    }

    [Test]
    public async Task ANewFittingActorIsCast()
    {
        var newcomer = RoleTestData.Actor(8, 30, Gender.Female);
        GivenActor(newcomer);

        var dto = await Handler().Handle(new UpdateRoleCommand { Id = 5, ActorId = 8 }, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(dto.ActorId, Is.EqualTo(8));
            Assert.That(_role.Actor, Is.SameAs(newcomer));
        });
        SavedOnce();
    }

    [Test]
    public void MissingActorIsAValidationErrorOnActorId()
    {
        var before = RoleTestData.Snapshot(_role);

        var ex = Assert.ThrowsAsync<ValidationException>(() => Handler().Handle(new UpdateRoleCommand { Id = 5, ActorId = 99 }, CancellationToken.None));

        Assert.That(ex!.Errors.Keys, Is.EquivalentTo(new[] { "actor_id" }));
        Assert.That(RoleTestData.Snapshot(_role), Is.EqualTo(before));
        SaveNeverCalled();
    }

    [Test]
    public void ANewUnfitActorBreaksTheCastingRule()
    {
        GivenActor(RoleTestData.Actor(8, 25, Gender.Male, "John Smith"));
        var before = RoleTestData.Snapshot(_role);

        var ex = Assert.ThrowsAsync<CastingRuleViolationException>(() => Handler().Handle(new UpdateRoleCommand { Id = 5, ActorId = 8 }, CancellationToken.None));

        Assert.That(ex!.Message, Does.Contain("role 5 'Lead'").And.Contain("actor 8 'John Smith'"));
        Assert.That(RoleTestData.Snapshot(_role), Is.EqualTo(before));
        SaveNeverCalled();
    }

    [TestCase(26, null, TestName = "Update_raising_min_age_past_the_cast_actor")]
    [TestCase(null, 24, TestName = "Update_lowering_max_age_below_the_cast_actor")]
    public void NarrowingTheRangePastTheCastActorBreaksTheCastingRule(int? minAge, int? maxAge)
    {
        var command = new UpdateRoleCommand
        {
            Id = 5,
            MinAge = minAge is null ? default(Optional<int?>) : minAge,
            MaxAge = maxAge is null ? default(Optional<int?>) : maxAge,
        };

        var before = RoleTestData.Snapshot(_role);

        var ex = Assert.ThrowsAsync<CastingRuleViolationException>(() => Handler().Handle(command, CancellationToken.None));

        Assert.That(ex!.Message, Does.Contain("role 5 'Lead'").And.Contain("actor 7 'Jane Doe'"));
        Assert.That(RoleTestData.Snapshot(_role), Is.EqualTo(before));
        SaveNeverCalled();
    }

    [Test]
    public void ChangingTheGenderAwayFromTheCastActorBreaksTheCastingRule()
    {
        var before = RoleTestData.Snapshot(_role);

        Assert.ThrowsAsync<CastingRuleViolationException>(() => Handler().Handle(new UpdateRoleCommand { Id = 5, Gender = RoleGender.Male }, CancellationToken.None));

        Assert.That(RoleTestData.Snapshot(_role), Is.EqualTo(before));
        SaveNeverCalled();
    }

    [Test]
    public async Task NarrowingToExactlyTheCastActorAgeIsAllowed()
    {
        var dto = await Handler().Handle(new UpdateRoleCommand { Id = 5, MinAge = 25, MaxAge = 25, Gender = RoleGender.Any }, CancellationToken.None);

        Assert.That((dto.MinAge, dto.MaxAge, dto.Gender, dto.ActorId), Is.EqualTo((25, 25, RoleGender.Any, (int?)7)));
        SavedOnce();
    }

    [Test]
    public async Task MovingToAnExistingMovie()
    {
        ExistingMovies.Add(2);

        var dto = await Handler().Handle(new UpdateRoleCommand { Id = 5, MovieId = 2 }, CancellationToken.None);

        Assert.That(dto.MovieId, Is.EqualTo(2));
        SavedOnce();
    }

    [Test]
    public void MovingToAMissingMovieIsAValidationErrorOnMovieId()
    {
        var before = RoleTestData.Snapshot(_role);

        var ex = Assert.ThrowsAsync<ValidationException>(() => Handler().Handle(new UpdateRoleCommand { Id = 5, MovieId = 42, Name = "X" }, CancellationToken.None));

        Assert.That(ex!.Errors["movie_id"], Is.EqualTo(new[] { "movie 42 does not exist" }));
        Assert.That(RoleTestData.Snapshot(_role), Is.EqualTo(before));
        SaveNeverCalled();
    }

    [Test]
    public void ACastingViolationWhileMovingLeavesTheMovieUnchanged()
    {
        ExistingMovies.Add(2);

        Assert.ThrowsAsync<CastingRuleViolationException>(() => Handler().Handle(new UpdateRoleCommand { Id = 5, MovieId = 2, MaxAge = 21 }, CancellationToken.None));

        Assert.That(_role.MovieId, Is.EqualTo(1));
        SaveNeverCalled();
    }

    [Test]
    public async Task SameMovieIdSkipsTheExistenceCheck()
    {
        await Handler().Handle(new UpdateRoleCommand { Id = 5, MovieId = 1 }, CancellationToken.None);

        Movies.Verify(m => m.ExistsAsync(It.IsAny<int>(), It.IsAny<CancellationToken>()), Times.Never);
        SavedOnce();
    }
}

[TestFixture]
public sealed class DeleteRoleCommandHandlerTests : RoleCommandTestBase
{
    private Role _role = null!;

    [SetUp]
    public void SetUpRole()
    {
        _role = RoleTestData.Role(5).WithVersion(2);
        Roles.Setup(r => r.FindAsync(It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync((Role?)null);
        Roles.Setup(r => r.FindAsync(5, It.IsAny<CancellationToken>())).ReturnsAsync(_role);
        Roles.Setup(r => r.Remove(It.IsAny<Role>()));
    }

    private DeleteRoleCommandHandler Handler() => new(Roles.Object, UnitOfWork.Object);

    [TestCase(null)]
    [TestCase(2)]
    public async Task DeletesAndReturnsTheId(int? expectedVersion)
    {
        var id = await Handler().Handle(new DeleteRoleCommand(5, expectedVersion), CancellationToken.None);

        Assert.That(id, Is.EqualTo(5));
        Roles.Verify(r => r.Remove(_role), Times.Once);
        SavedOnce();
    }

    [Test]
    public void UnknownRoleIsNotFound()
    {
        var ex = Assert.ThrowsAsync<NotFoundException>(() => Handler().Handle(new DeleteRoleCommand(6), CancellationToken.None));

        Assert.That(ex!.Message, Is.EqualTo("role 6 does not exist"));
        SaveNeverCalled();
    }

    [Test]
    public void StaleVersionIsAFailedPrecondition()
    {
        Assert.ThrowsAsync<PreconditionFailedException>(() => Handler().Handle(new DeleteRoleCommand(5, 1), CancellationToken.None));

        Roles.Verify(r => r.Remove(It.IsAny<Role>()), Times.Never);
        SaveNeverCalled();
    }
}
