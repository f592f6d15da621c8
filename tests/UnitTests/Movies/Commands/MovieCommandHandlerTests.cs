using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Movies.Commands.CreateMovie;
using CastingAgency.Application.Movies.Commands.DeleteMovie;
using CastingAgency.Application.Movies.Commands.UpdateMovie;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.UnitTests.TestSupport;
using Moq;

namespace CastingAgency.UnitTests.Movies.Commands;

public class MovieCommandHandlerTests
{
    private Mock<IMovieRepository> _movies = null!;
    private Mock<IUnitOfWork> _unitOfWork = null!;
    private Mock<ITeamRepository> _team = null!;
    private Mock<ICurrentUser> _user = null!;

    [SetUp]
    public void SetUp()
    {
        _movies = new Mock<IMovieRepository>();
        _unitOfWork = new Mock<IUnitOfWork>();
        _team = new Mock<ITeamRepository>();
        _user = new Mock<ICurrentUser>();
        _user.SetupGet(u => u.Subject).Returns("auth0|maker");
    }

    private CreateMovieCommandHandler CreateHandler() => new(_movies.Object, _team.Object, _unitOfWork.Object, _user.Object, TestMapper.Create());

    private UpdateMovieCommandHandler UpdateHandler() => new(_movies.Object, _team.Object, _unitOfWork.Object, _user.Object, TestMapper.Create());

    /// <summary>The caller's token: with <c>manage:teams</c> or not, seeing every production or not.</summary>
    private void Caller(bool managesTeams, bool seesEveryProduction = false)
    {
        _user.Setup(u => u.HasPermission("manage:teams")).Returns(managesTeams);
        _user.SetupGet(u => u.SeesEveryProduction).Returns(seesEveryProduction);
    }

    [Test]
    public async Task ShouldMakeTheCreatorOfAConfidentialMovieItsProducerWhenTheyDoNotSeeEveryProduction()
    {
        Caller(managesTeams: true);
        TeamMember? joined = null;
        _team.Setup(t => t.Add(It.IsAny<TeamMember>())).Callback<TeamMember>(m => joined = m);

        var dto = await CreateHandler().Handle(
            new CreateMovieCommand { Title = "Working Title", ReleaseDate = "2027-05-01", Confidential = true }, CancellationToken.None);

        Assert.That(joined, Is.Not.Null, "the creator joins the team in the same write");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(dto.Confidential, Is.True);
            Assert.That(joined!.Subject, Is.EqualTo("auth0|maker"));
            Assert.That(joined.AddedBy, Is.EqualTo("auth0|maker"));
            Assert.That(joined.Position, Is.EqualTo(TeamPosition.Producer));
            Assert.That(joined.Movie, Is.Not.Null.And.Property(nameof(Movie.Title)).EqualTo("Working Title"));
        }

        _unitOfWork.Verify(u => u.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task ShouldNotAddACreatorWhoSeesEveryProductionToTheTeam()
    {
        Caller(managesTeams: true, seesEveryProduction: true);

        var dto = await CreateHandler().Handle(
            new CreateMovieCommand { Title = "Working Title", ReleaseDate = "2027-05-01", Confidential = true }, CancellationToken.None);

        Assert.That(dto.Confidential, Is.True);
        _team.Verify(t => t.Add(It.IsAny<TeamMember>()), Times.Never);
    }

    [Test]
    public void ShouldRefuseConfidentialOnCreateWithoutManageTeamsAndSaveNothing()
    {
        Caller(managesTeams: false);

        var ex = Assert.ThrowsAsync<ForbiddenException>(() => CreateHandler().Handle(
            new CreateMovieCommand { Title = "Working Title", ReleaseDate = "2027-05-01", Confidential = true }, CancellationToken.None));

        Assert.That(ex!.Message, Does.Contain("manage:teams"));
        _movies.Verify(m => m.Add(It.IsAny<Movie>()), Times.Never);
        _team.Verify(t => t.Add(It.IsAny<TeamMember>()), Times.Never);
        _unitOfWork.Verify(u => u.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task ShouldAcceptTheCurrentConfidentialValueWithoutManageTeams()
    {
        Caller(managesTeams: false);
        var movie = new Movie("Paper Crowns", new DateOnly(2018, 11, 2)).WithIdentity(4, 1);
        _movies.Setup(m => m.FindAsync(4, It.IsAny<CancellationToken>())).ReturnsAsync(movie);

        var created = await CreateHandler().Handle(
            new CreateMovieCommand { Title = "Wild Pages", ReleaseDate = "2016-10-21", Confidential = false }, CancellationToken.None);
        var updated = await UpdateHandler().Handle(new UpdateMovieCommand { Id = 4, Confidential = false, Company = "Northlight" }, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.Confidential, Is.False);
            Assert.That(updated.Confidential, Is.False);
            Assert.That(movie.Company, Is.EqualTo("Northlight"));
        }
    }

    [TestCase(false, true)]
    [TestCase(true, false)]
    public void ShouldRefuseChangingConfidentialWithoutManageTeamsAndChangeNothing(bool current, bool requested)
    {
        Caller(managesTeams: false);
        var movie = new Movie("Paper Crowns", new DateOnly(2018, 11, 2)).WithIdentity(4, 1);
        movie.SetConfidential(current);
        _movies.Setup(m => m.FindAsync(4, It.IsAny<CancellationToken>())).ReturnsAsync(movie);

        Assert.ThrowsAsync<ForbiddenException>(() =>
            UpdateHandler().Handle(new UpdateMovieCommand { Id = 4, Confidential = requested, Company = "x" }, CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(movie.Confidential, Is.EqualTo(current));
            Assert.That(movie.Company, Is.Null);
        }

        _unitOfWork.Verify(u => u.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task ShouldJoinTheTeamWhenMakingAMovieConfidentialUnlessAlreadyOnIt()
    {
        Caller(managesTeams: true);
        var movie = new Movie("Paper Crowns", new DateOnly(2018, 11, 2)).WithIdentity(4, 1);
        var other = new Movie("Wild Pages", new DateOnly(2016, 10, 21)).WithIdentity(5, 1);
        _movies.Setup(m => m.FindAsync(4, It.IsAny<CancellationToken>())).ReturnsAsync(movie);
        _movies.Setup(m => m.FindAsync(5, It.IsAny<CancellationToken>())).ReturnsAsync(other);
        _team.Setup(t => t.FindAsync(5, "auth0|maker", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new TeamMember(5, "auth0|maker", TeamPosition.Reader, null, "auth0|boss"));

        await UpdateHandler().Handle(new UpdateMovieCommand { Id = 4, Confidential = true }, CancellationToken.None);
        await UpdateHandler().Handle(new UpdateMovieCommand { Id = 5, Confidential = true }, CancellationToken.None);

        Assert.That(movie.Confidential && other.Confidential, Is.True);
        _team.Verify(t => t.Add(It.Is<TeamMember>(m => m.MovieId == 4 && m.Subject == "auth0|maker" && m.Position == TeamPosition.Producer)), Times.Once);
        _team.Verify(t => t.Add(It.IsAny<TeamMember>()), Times.Once, "already on the team of movie 5: kept as they were");
    }

    [Test]
    public async Task ShouldNotTouchTheTeamWhenMakingAMovieOpen()
    {
        Caller(managesTeams: true);
        var movie = new Movie("Paper Crowns", new DateOnly(2018, 11, 2)).WithIdentity(4, 1);
        movie.SetConfidential(true);
        _movies.Setup(m => m.FindAsync(4, It.IsAny<CancellationToken>())).ReturnsAsync(movie);

        var dto = await UpdateHandler().Handle(new UpdateMovieCommand { Id = 4, Confidential = false }, CancellationToken.None);

        Assert.That(dto.Confidential, Is.False);
        _team.Verify(t => t.Add(It.IsAny<TeamMember>()), Times.Never);
    }

    [Test]
    public async Task ShouldCreateMovieWhenTitleIsFree()
    {
        Movie? added = null;
        _movies.Setup(m => m.Add(It.IsAny<Movie>())).Callback<Movie>(m => added = m);
        var handler = CreateHandler();

        var dto = await handler.Handle(
            new CreateMovieCommand { Title = " Wild Pages ", ReleaseDate = "2016-10-21T08:00:00Z", Company = "Atlantic" }, CancellationToken.None);

        Assert.That(added, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(added!.Title, Is.EqualTo("Wild Pages"));
            Assert.That(added.TitleNormalized, Is.EqualTo("WILD PAGES"));
            Assert.That(added.ReleaseDate, Is.EqualTo(new DateOnly(2016, 10, 21)));
            Assert.That(dto.Title, Is.EqualTo("Wild Pages"));
            Assert.That(dto.Company, Is.EqualTo("Atlantic"));
        }

        _unitOfWork.Verify(u => u.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public void ShouldRefuseDuplicateTitleAndSaveNothing()
    {
        _movies.Setup(m => m.TitleTakenAsync("Wild Pages", new DateOnly(2016, 10, 21), null, It.IsAny<CancellationToken>())).ReturnsAsync(true);
        var handler = CreateHandler();

        var ex = Assert.ThrowsAsync<ConflictException>(() =>
            handler.Handle(new CreateMovieCommand { Title = "Wild Pages", ReleaseDate = "2016-10-21" }, CancellationToken.None));

        Assert.That(ex!.Message, Does.Contain("Wild Pages"));
        _movies.Verify(m => m.Add(It.IsAny<Movie>()), Times.Never);
        _unitOfWork.Verify(u => u.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task ShouldUpdateOnlyPresentProperties()
    {
        var movie = new Movie("Paper Crowns", new DateOnly(2018, 11, 2), "Northlight", "Print shop.").WithIdentity(4, 2);
        _movies.Setup(m => m.FindAsync(4, It.IsAny<CancellationToken>())).ReturnsAsync(movie);
        var handler = UpdateHandler();

        var dto = await handler.Handle(new UpdateMovieCommand { Id = 4, Company = null, ExpectedVersion = 2 }, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(movie.Company, Is.Null, "null clears an optional property");
            Assert.That(movie.Title, Is.EqualTo("Paper Crowns"));
            Assert.That(movie.Description, Is.EqualTo("Print shop."));
            Assert.That(dto.Id, Is.EqualTo(4));
        }

        _movies.Verify(m => m.TitleTakenAsync(It.IsAny<string>(), It.IsAny<DateOnly>(), It.IsAny<int?>(), It.IsAny<CancellationToken>()), Times.Never);
        _unitOfWork.Verify(u => u.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public void ShouldRefuseRenameOntoAnotherMovie()
    {
        var movie = new Movie("Paper Crowns", new DateOnly(2018, 11, 2)).WithIdentity(4);
        _movies.Setup(m => m.FindAsync(4, It.IsAny<CancellationToken>())).ReturnsAsync(movie);
        _movies.Setup(m => m.TitleTakenAsync("Wild Pages", new DateOnly(2018, 11, 2), 4, It.IsAny<CancellationToken>())).ReturnsAsync(true);
        var handler = UpdateHandler();

        Assert.ThrowsAsync<ConflictException>(() => handler.Handle(new UpdateMovieCommand { Id = 4, Title = "Wild Pages" }, CancellationToken.None));

        Assert.That(movie.Title, Is.EqualTo("Paper Crowns"));
        _unitOfWork.Verify(u => u.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void ShouldThrowNotFoundForUnknownMovie()
    {
        var update = UpdateHandler();
        var delete = new DeleteMovieCommandHandler(_movies.Object, _unitOfWork.Object);

        Assert.ThrowsAsync<NotFoundException>(() => update.Handle(new UpdateMovieCommand { Id = 9, Company = "x" }, CancellationToken.None));
        Assert.ThrowsAsync<NotFoundException>(() => delete.Handle(new DeleteMovieCommand(9), CancellationToken.None));
    }

    [Test]
    public void ShouldRefuseStaleVersionAndSaveNothing()
    {
        var movie = new Movie("Paper Crowns", new DateOnly(2018, 11, 2)).WithIdentity(4, 3);
        _movies.Setup(m => m.FindAsync(4, It.IsAny<CancellationToken>())).ReturnsAsync(movie);
        var update = UpdateHandler();
        var delete = new DeleteMovieCommandHandler(_movies.Object, _unitOfWork.Object);

        Assert.ThrowsAsync<PreconditionFailedException>(() =>
            update.Handle(new UpdateMovieCommand { Id = 4, Company = "x", ExpectedVersion = 2 }, CancellationToken.None));
        Assert.ThrowsAsync<PreconditionFailedException>(() => delete.Handle(new DeleteMovieCommand(4, 2), CancellationToken.None));

        Assert.That(movie.Company, Is.Null);
        _movies.Verify(m => m.Remove(It.IsAny<Movie>()), Times.Never);
        _unitOfWork.Verify(u => u.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task ShouldDeleteMovie()
    {
        var movie = new Movie("Paper Crowns", new DateOnly(2018, 11, 2)).WithIdentity(4, 3);
        _movies.Setup(m => m.FindAsync(4, It.IsAny<CancellationToken>())).ReturnsAsync(movie);

        var deleted = await new DeleteMovieCommandHandler(_movies.Object, _unitOfWork.Object).Handle(new DeleteMovieCommand(4, 3), CancellationToken.None);

        Assert.That(deleted, Is.EqualTo(4));
        _movies.Verify(m => m.Remove(movie), Times.Once);
        _unitOfWork.Verify(u => u.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Once);
    }
}
