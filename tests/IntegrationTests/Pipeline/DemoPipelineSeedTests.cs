using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.Infrastructure.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CastingAgency.IntegrationTests.Pipeline;

/// <summary>The demo seeder's pipeline: believable, and breaking none of the pipeline's rules.</summary>
public sealed class DemoPipelineSeedTests : PipelineTestBase
{
    [Test]
    public async Task TheDemoDataHoldsAPipelineWithAuditionsNextWeekAndOneOffer()
    {
        await ExecuteDbContextAsync(context => new DemoDataSeeder(context, TimeProvider.System, NullLogger<DemoDataSeeder>.Instance).SeedAsync(CancellationToken.None));

        var entries = await ExecuteDbContextAsync(c => c.ShortlistEntries.AsNoTracking().ToListAsync());
        var appointments = await ExecuteDbContextAsync(c => c.Appointments.AsNoTracking().ToListAsync());
        var today = DateTime.UtcNow.Date;
        Assert.Multiple(async () =>
        {
            Assert.That(entries.Select(e => e.RoleId).Distinct().Count(), Is.EqualTo(4));
            Assert.That(entries, Has.Count.EqualTo(12));
            Assert.That(entries.Count(e => e.Status == ShortlistStatus.Offered), Is.EqualTo(1));
            Assert.That(entries.Count(e => e.Status == ShortlistStatus.Callback), Is.EqualTo(1));
            Assert.That(appointments.Count(a => a.Kind == AppointmentKind.Audition), Is.EqualTo(12));
            Assert.That(appointments.Count(a => a.Kind == AppointmentKind.Callback), Is.EqualTo(1));
            Assert.That(appointments.All(a => a.StartsAt > today && a.StartsAt < today.AddDays(14)), Is.True);
            Assert.That(await CountViolationsAsync(), Is.EqualTo((0, 0, 0)));
        });
        var first = entries.OrderBy(e => e.Id).First();
        var list = await GetOkJsonAsync(AsAssistant(), $"/roles/{first.RoleId}/shortlist");
        Assert.That(list["total_shortlist"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(await CountAsync<ShortlistStatusChange>(), Is.EqualTo(12 + 2));
    }

    [Test]
    public async Task DemoActorsHaveNamesOfTheirGenderAndDescriptionsThatReadRight()
    {
        await ExecuteDbContextAsync(context => new DemoDataSeeder(context, TimeProvider.System, NullLogger<DemoDataSeeder>.Instance).SeedAsync(CancellationToken.None));

        var actors = await ExecuteDbContextAsync(c => c.Set<Actor>().AsNoTracking().ToListAsync());
        string[] female = ["Amara", "Chloe", "Elena", "Grace", "Isla", "Kira", "Maya", "Olivia", "Priya", "Sofia", "Uma", "Ximena", "Zoe", "Aiko", "Carmen"];
        string[] male = ["Ben", "Dev", "Farid", "Hiro", "Jamal", "Leo", "Nico", "Rafael", "Tariq", "Victor", "Yusuf", "Bruno", "Dmitri"];
        Assert.Multiple(() =>
        {
            Assert.That(actors, Is.Not.Empty);
            Assert.That(actors.Where(a => a.Gender == Gender.Female).Select(a => a.Name.Split(' ')[0]), Is.All.AnyOf(female));
            Assert.That(actors.Where(a => a.Gender == Gender.Male).Select(a => a.Name.Split(' ')[0]), Is.All.AnyOf(male));
            Assert.That(actors.Select(a => a.Description), Has.None.Contains(" 1 years"));
        });
    }
}
