using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Movies.Commands.CreateMovie;
using CastingAgency.Application.Movies.Commands.DeleteMovie;
using CastingAgency.Application.Movies.Commands.UpdateMovie;
using CastingAgency.Domain.Entities;
using CastingAgency.UnitTests.TestSupport;
using Moq;

namespace CastingAgency.UnitTests.Movies.Commands;

public class MovieCommandHandlerTests
{
    private Mock<IMovieRepository> _movies = null!;
    private Mock<IUnitOfWork> _unitOfWork = null!;

    [SetUp]
    public void SetUp()
    {
        _movies = new Mock<IMovieRepository>();
        _unitOfWork = new Mock<IUnitOfWork>();
    }

    [Test]
    public async Task ShouldCreateMovieWhenTitleIsFree()
    {
        Movie? added = null;
        _movies.Setup(m => m.Add(It.IsAny<Movie>())).Callback<Movie>(m => added = m);
        var handler = new CreateMovieCommandHandler(_movies.Object, _unitOfWork.Object, TestMapper.Create());

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
        var handler = new CreateMovieCommandHandler(_movies.Object, _unitOfWork.Object, TestMapper.Create());

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
        var handler = new UpdateMovieCommandHandler(_movies.Object, _unitOfWork.Object, TestMapper.Create());

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
        var handler = new UpdateMovieCommandHandler(_movies.Object, _unitOfWork.Object, TestMapper.Create());

        Assert.ThrowsAsync<ConflictException>(() => handler.Handle(new UpdateMovieCommand { Id = 4, Title = "Wild Pages" }, CancellationToken.None));

        Assert.That(movie.Title, Is.EqualTo("Paper Crowns"));
        _unitOfWork.Verify(u => u.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void ShouldThrowNotFoundForUnknownMovie()
    {
        var update = new UpdateMovieCommandHandler(_movies.Object, _unitOfWork.Object, TestMapper.Create());
        var delete = new DeleteMovieCommandHandler(_movies.Object, _unitOfWork.Object);

        Assert.ThrowsAsync<NotFoundException>(() => update.Handle(new UpdateMovieCommand { Id = 9, Company = "x" }, CancellationToken.None));
        Assert.ThrowsAsync<NotFoundException>(() => delete.Handle(new DeleteMovieCommand(9), CancellationToken.None));
    }

    [Test]
    public void ShouldRefuseStaleVersionAndSaveNothing()
    {
        var movie = new Movie("Paper Crowns", new DateOnly(2018, 11, 2)).WithIdentity(4, 3);
        _movies.Setup(m => m.FindAsync(4, It.IsAny<CancellationToken>())).ReturnsAsync(movie);
        var update = new UpdateMovieCommandHandler(_movies.Object, _unitOfWork.Object, TestMapper.Create());
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
