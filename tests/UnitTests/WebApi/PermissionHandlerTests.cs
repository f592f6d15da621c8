using System.Security.Claims;
using CastingAgency.WebApi.Authorization;
using Microsoft.AspNetCore.Authorization;

namespace CastingAgency.UnitTests.WebApi;

public class PermissionHandlerTests
{
    private static ClaimsPrincipal User(params Claim[] claims) => new(new ClaimsIdentity(claims, "Bearer"));

    private static async Task<bool> Allowed(ClaimsPrincipal user, params string[] permissions)
    {
        var requirement = new PermissionRequirement(permissions);
        var context = new AuthorizationHandlerContext([requirement], user, null);
        await new PermissionHandler().HandleAsync(context);
        return context.HasSucceeded;
    }

    [Test]
    public async Task ShouldReadThePermissionsClaim()
    {
        var user = User(new Claim("permissions", "get:movies"), new Claim("permissions", "post:movies"));
        Assert.That(await Allowed(user, "post:movies"), Is.True);
        Assert.That(await Allowed(user, "delete:movies"), Is.False);
    }

    [TestCase("scope")]
    [TestCase("scp")]
    public async Task ShouldReadSpaceSeparatedScopes(string claimType)
    {
        var user = User(new Claim(claimType, "openid get:roles  get:actors"));
        Assert.That(await Allowed(user, "get:roles", "get:actors"), Is.True);
        Assert.That(await Allowed(user, "get:movies"), Is.False);
    }

    [Test]
    public async Task ShouldRequireEveryPermissionOfTheRequirement()
    {
        var user = User(new Claim("permissions", "get:roles"));
        Assert.That(await Allowed(user, "get:roles", "get:actors"), Is.False);
    }

    [Test]
    public async Task ShouldNotMatchPrefixesOrCase()
    {
        var user = User(new Claim("permissions", "get:movies-extra"), new Claim("permissions", "GET:MOVIES"));
        Assert.That(await Allowed(user, "get:movies"), Is.False);
    }

    [Test]
    public async Task ShouldRefuseAnonymousUsers()
    {
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity([new Claim("permissions", "get:movies")]));
        Assert.That(await Allowed(anonymous, "get:movies"), Is.False);
    }

    [Test]
    public void PeopleRolesShouldMatchTheContract()
    {
        Assert.That(PeopleRoles.PermissionsByRole[PeopleRoles.CastingAssistant], Is.EquivalentTo(new[]
        {
            "get:movies", "get:actors", "get:roles", "get:auditions", "post:auditions", "patch:auditions",
        }));
        Assert.That(PeopleRoles.PermissionsByRole[PeopleRoles.CastingDirector], Is.EquivalentTo(new[]
        {
            "get:movies", "get:actors", "get:roles", "post:actors", "patch:actors", "delete:actors", "patch:movies",
            "post:roles", "patch:roles", "delete:roles",
            "get:auditions", "post:auditions", "patch:auditions", "delete:auditions", "get:contacts",
        }));
        Assert.That(PeopleRoles.PermissionsByRole[PeopleRoles.ExecutiveProducer], Has.Count.EqualTo(20));
        Assert.That(Permissions.All, Is.Unique);
    }
}
