using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Teams.Commands.PutTeamMember;
using CastingAgency.Application.Teams.Commands.RemoveTeamMember;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.UnitTests.TestSupport;
using Moq;

namespace CastingAgency.UnitTests.Teams.Commands;

public class TeamCommandHandlerTests
{
    private Mock<IMovieRepository> _movies = null!;
    private Mock<ITeamRepository> _team = null!;
    private Mock<IUnitOfWork> _unitOfWork = null!;
    private Mock<ICurrentUser> _user = null!;

    [SetUp]
    public void SetUp()
    {
        _movies = new Mock<IMovieRepository>();
        _team = new Mock<ITeamRepository>();
        _unitOfWork = new Mock<IUnitOfWork>();
        _user = new Mock<ICurrentUser>();
        _user.SetupGet(u => u.Subject).Returns("auth0|boss");
        _movies.Setup(m => m.ExistsAsync(4, It.IsAny<CancellationToken>())).ReturnsAsync(true);
    }

    private PutTeamMemberCommandHandler Put() => new(_movies.Object, _team.Object, _unitOfWork.Object, _user.Object, TestMapper.Create());

    private RemoveTeamMemberCommandHandler Remove() => new(_movies.Object, _team.Object, _unitOfWork.Object);

    [Test]
    public async Task ShouldAddASubjectNotOnTheTeam()
    {
        TeamMember? added = null;
        _team.Setup(t => t.Add(It.IsAny<TeamMember>())).Callback<TeamMember>(m => added = m);

        var result = await Put().Handle(
            new PutTeamMemberCommand { MovieId = 4, Sub = "auth0|ana", Position = TeamPosition.CastingDirector, Name = " Ana " }, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Added, Is.True);
            Assert.That(added, Is.Not.Null);
            Assert.That(added!.MovieId, Is.EqualTo(4));
            Assert.That(result.Member.Sub, Is.EqualTo("auth0|ana"));
            Assert.That(result.Member.Position, Is.EqualTo(TeamPosition.CastingDirector));
            Assert.That(result.Member.Name, Is.EqualTo("Ana"));
            Assert.That(result.Member.AddedBy, Is.EqualTo("auth0|boss"), "added_by is the caller");
        }

        _unitOfWork.Verify(u => u.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task ShouldReplaceThePositionAndNameOfAMember()
    {
        var member = new TeamMember(4, "auth0|ana", TeamPosition.Reader, "Ana", "auth0|first");
        _team.Setup(t => t.FindAsync(4, "auth0|ana", It.IsAny<CancellationToken>())).ReturnsAsync(member);

        var result = await Put().Handle(
            new PutTeamMemberCommand { MovieId = 4, Sub = "auth0|ana", Position = TeamPosition.Director }, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Added, Is.False);
            Assert.That(member.Position, Is.EqualTo(TeamPosition.Director));
            Assert.That(member.Name, Is.Null, "PUT replaces: an absent name is none");
            Assert.That(member.AddedBy, Is.EqualTo("auth0|first"), "added_by stays who added them");
        }

        _team.Verify(t => t.Add(It.IsAny<TeamMember>()), Times.Never);
        _unitOfWork.Verify(u => u.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public void ShouldAnswerNotFoundForAMovieTheCallerDoesNotSeeAndSaveNothing()
    {
        var put = Assert.ThrowsAsync<NotFoundException>(() => Put().Handle(
            new PutTeamMemberCommand { MovieId = 9, Sub = "auth0|ana", Position = TeamPosition.Reader }, CancellationToken.None));
        var remove = Assert.ThrowsAsync<NotFoundException>(() => Remove().Handle(new RemoveTeamMemberCommand(9, "auth0|ana"), CancellationToken.None));

        Assert.That(put!.Message, Is.EqualTo("movie 9 does not exist"));
        Assert.That(remove!.Message, Is.EqualTo("movie 9 does not exist"));
        _unitOfWork.Verify(u => u.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task ShouldRemoveAMember()
    {
        var member = new TeamMember(4, "auth0|ana", TeamPosition.Reader, null, "auth0|boss");
        _team.Setup(t => t.FindAsync(4, "auth0|ana", It.IsAny<CancellationToken>())).ReturnsAsync(member);

        var deleted = await Remove().Handle(new RemoveTeamMemberCommand(4, "auth0|ana"), CancellationToken.None);

        Assert.That(deleted, Is.EqualTo("auth0|ana"));
        _team.Verify(t => t.Remove(member), Times.Once);
        _unitOfWork.Verify(u => u.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public void ShouldAnswerNotFoundForASubNotOnTheTeam()
    {
        var ex = Assert.ThrowsAsync<NotFoundException>(() => Remove().Handle(new RemoveTeamMemberCommand(4, "auth0|ana"), CancellationToken.None));

        Assert.That(ex!.Message, Is.EqualTo("sub 'auth0|ana' is not on the team of movie 4"));
        _team.Verify(t => t.Remove(It.IsAny<TeamMember>()), Times.Never);
        _unitOfWork.Verify(u => u.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Never);
    }
}
