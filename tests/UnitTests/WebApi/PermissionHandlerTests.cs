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

    [Test]
    public void TalentAgentShouldHoldExactlyTheAgencyPermissionsAndTheProducerNoneOfThem()
    {
        Assert.That(PeopleRoles.PermissionsByRole[PeopleRoles.TalentAgent], Is.EquivalentTo(new[]
        {
            "get:breakdowns", "post:submissions", "manage:roster",
        }));
        Assert.That(PeopleRoles.PermissionsByRole[PeopleRoles.ExecutiveProducer], Is.EquivalentTo(Permissions.Staff));
        Assert.That(PeopleRoles.PermissionsByRole[PeopleRoles.ExecutiveProducer], Has.None.AnyOf("get:breakdowns", "post:submissions", "manage:roster"));
        Assert.That(Permissions.All, Has.Count.EqualTo(23).And.Unique);
    }

    [TestCase(null, false)]
    [TestCase("", false)]
    [TestCase("   ", false)]
    [TestCase("org_a\u0001", false)]
    [TestCase("org_abc123", true)]
    public async Task AgencyPermissionShouldNeedAnOrgId(string? orgId, bool allowed)
    {
        var claims = new List<Claim> { new("permissions", "manage:roster") };
        if (orgId is not null)
        {
            claims.Add(new Claim(AgencyRequirement.Claim, System.Text.RegularExpressions.Regex.Unescape(orgId)));
        }

        var user = new ClaimsPrincipal(new ClaimsIdentity(claims, "Bearer"));
        var context = new AuthorizationHandlerContext([new PermissionRequirement("manage:roster"), new AgencyRequirement()], user, null);
        await new PermissionHandler().HandleAsync(context);
        await new AgencyHandler().HandleAsync(context);

        Assert.That(context.HasSucceeded, Is.EqualTo(allowed));
    }

    [Test]
    public void AgencyIdShouldBeAtMost64Characters()
    {
        Assert.Multiple(() =>
        {
            Assert.That(AgencyRequirement.IsAgencyId(new string('a', 64)), Is.True);
            Assert.That(AgencyRequirement.IsAgencyId(new string('a', 65)), Is.False);
        });
    }
}
