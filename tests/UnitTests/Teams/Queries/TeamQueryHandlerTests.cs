using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Teams.Queries.GetTeam;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.Infrastructure.Queries;
using CastingAgency.UnitTests.TestSupport;
using Moq;

namespace CastingAgency.UnitTests.Teams.Queries;

public class TeamQueryHandlerTests
{
    private static readonly DateTime Noon = new(2026, 12, 7, 12, 0, 0, DateTimeKind.Utc);

    private Mock<IMovieRepository> _movies = null!;
    private Mock<ITeamRepository> _team = null!;

    [SetUp]
    public void SetUp()
    {
        _movies = new Mock<IMovieRepository>();
        _team = new Mock<ITeamRepository>();
        _movies.Setup(m => m.ExistsAsync(4, It.IsAny<CancellationToken>())).ReturnsAsync(true);
        _team.Setup(t => t.Query()).Returns(new[]
        {
            Member(4, "b|late", Noon.AddMinutes(5)),
            Member(4, "b|tie", Noon),
            Member(4, "B|tie", Noon),
            Member(4, "a|tie", Noon),
            Member(5, "a|other-movie", Noon.AddMinutes(-5)),
        }.AsQueryable());
    }

    private static TeamMember Member(int movieId, string sub, DateTime addedAt)
    {
        var member = new TeamMember(movieId, sub, TeamPosition.Reader, null, "auth0|boss");
        member.StampCreated(addedAt);
        return member;
    }

    private GetTeamQueryHandler Handler() => new(_movies.Object, new TeamQueries(_team.Object, new InMemoryQueryRunner(), TestMapper.Create()));

    [Test]
    public async Task ShouldListTheMovieTeamByAddedAtThenSubOrdinally()
    {
        var team = await Handler().Handle(new GetTeamQuery(4), CancellationToken.None);

        Assert.That(team.Select(m => m.Sub), Is.EqualTo(new[] { "B|tie", "a|tie", "b|tie", "b|late" }));
        Assert.That(team[0].AddedAt, Is.EqualTo(Noon));
    }

    [Test]
    public void ShouldAnswerNotFoundForAMovieTheCallerDoesNotSee()
    {
        var ex = Assert.ThrowsAsync<NotFoundException>(() => Handler().Handle(new GetTeamQuery(5), CancellationToken.None));

        Assert.That(ex!.Message, Is.EqualTo("movie 5 does not exist"));
    }
}
