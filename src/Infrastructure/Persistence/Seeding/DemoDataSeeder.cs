using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.Domain.Rules;
using CastingAgency.Infrastructure.Persistence.Visibility;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CastingAgency.Infrastructure.Persistence.Seeding;

/// <summary>
/// Fills an empty database with realistic demo data: 24 movies, 60 actors with varied profiles, and
/// roles across the movies, some cast (always by the casting rule) and some open, and a casting pipeline on four of
/// the open roles: three actors shortlisted on each, auditions next week, one callback and one open offer. Runs once:
/// it does nothing when any movie or actor exists. Deterministic (the appointments are relative to the week it runs).
/// </summary>
public sealed class DemoDataSeeder(CastingAgencyDbContext context, TimeProvider clock, ILogger<DemoDataSeeder> logger)
{
    private static readonly (string Title, string Date, string Company, string Description)[] Movies =
    [
        ("The Last Lighthouse", "2019-03-22", "Harbor Pictures", "A keeper fights to save the last manned lighthouse on a storm-beaten coast."),
        ("Midnight in Marrakesh", "2021-07-09", "Sirocco Films", "A translator stumbles into a smuggling ring during a festival night."),
        ("Paper Crowns", "2018-11-02", "Northlight Studios", "Three siblings compete for a failing family print shop."),
        ("Orbit of Ash", "2023-05-19", "Zenith Entertainment", "The crew of a mining station loses contact with Earth."),
        ("Saltwater Saints", "2017-08-25", "Harbor Pictures", "A fishing village stages its first film festival."),
        ("The Glass Orchard", "2020-02-14", "Verdant Pictures", "A botanist inherits a greenhouse that blooms only at night."),
        ("Run the Red Line", "2022-09-30", "Metro Motion", "A subway driver has one night to find her missing brother."),
        ("Kingdom of Small Things", "2016-04-15", "Northlight Studios", "A miniature-model maker rebuilds his lost hometown."),
        ("Echoes Over Tallinn", "2024-01-26", "Baltic Screen", "A jazz pianist follows a melody from a wartime recording."),
        ("Desert Bloom", "2015-06-12", "Sirocco Films", "An engineer brings water to a village on the edge of the Sahara."),
        ("The Understudy", "2019-10-18", "Limelight Co.", "An understudy gets her chance the night the star disappears."),
        ("Cold Harbor Blues", "2020-12-04", "Harbor Pictures", "A retired detective reopens the case that ended his career."),
        ("Neon Monsoon", "2023-08-11", "Monsoon Media", "Delivery riders race across a flooded megacity."),
        ("Letters to Lisbon", "2018-05-04", "Atlantic Arts", "Two pen pals meet after forty years of letters."),
        ("Gravity of Us", "2021-03-12", "Zenith Entertainment", "Astronaut twins train for the same single seat."),
        ("The Baker's Dozen", "2017-12-15", "Limelight Co.", "Thirteen strangers snowed in at a mountain bakery."),
        ("Iron Meadow", "2022-04-22", "Verdant Pictures", "Farmers fight a corporation over the last free seed bank."),
        ("Silent Frequency", "2024-06-07", "Metro Motion", "A radio operator hears a voice from a station closed for decades."),
        ("Wild Pages", "2016-10-21", "Atlantic Arts", "A children's author is pulled into her own unfinished book."),
        ("The Cartographer's Daughter", "2019-07-26", "Baltic Screen", "A map hides the way to a town that was erased."),
        ("Tides of Tomorrow", "2025-02-28", "Monsoon Media", "Climate scientists race to save a sinking island nation."),
        ("Quiet Thunder", "2015-09-18", "Northlight Studios", "A deaf drummer auditions for a world-famous orchestra."),
        ("Ghosts of the Velvet Hotel", "2020-10-30", "Limelight Co.", "A night clerk uncovers the hotel's century of secrets."),
        ("Summer of Static", "2023-07-14", "Metro Motion", "Teenagers run a pirate radio station through one hot summer."),
    ];

    // First names by the gender the actor is seeded with, so that a demo list reads like a real one.
    private static readonly string[] FemaleNames =
    [
        "Amara", "Chloe", "Elena", "Grace", "Isla", "Kira", "Maya", "Olivia", "Priya", "Sofia", "Uma", "Ximena", "Zoe", "Aiko", "Carmen",
    ];

    private static readonly string[] MaleNames =
    [
        "Ben", "Dev", "Farid", "Hiro", "Jamal", "Leo", "Nico", "Rafael", "Tariq", "Victor", "Yusuf", "Bruno", "Dmitri",
    ];

    private static readonly string[] NonBinaryNames = ["Quinn", "Wren", "River", "Sasha", "Rowan", "Ash", "Kai"];

    private static readonly string[] LastNames =
    [
        "Okafor", "Hartley", "Nguyen", "Patel", "Rossi", "Haddad", "Kim", "Tanaka", "MacLeod", "Washington", "Ivanova", "Moreau",
        "Silva", "Andersen", "Brooks", "Sharma", "Reyes", "Costa", "Lindqvist", "Mansour", "Fischer", "Santos", "Byrne", "Ortega",
    ];

    private static readonly string[] Cities =
    [
        "Los Angeles", "New York", "London", "Toronto", "Atlanta", "Vancouver", "Chicago", "Austin", "Mumbai", "Lagos",
    ];

    private static readonly (string Name, RoleGender Gender, int Min, int Max, string Description)[] RoleTemplates =
    [
        ("Lead", RoleGender.Any, 25, 45, "The story's driving character."),
        ("Best Friend", RoleGender.Any, 20, 40, "Loyal, funny, and hiding a secret."),
        ("Mother", RoleGender.Female, 40, 65, "Holds the family together."),
        ("Father", RoleGender.Male, 40, 70, "A quiet man with a loud past."),
        ("Young Rival", RoleGender.Any, 16, 25, "Ambitious and quick to anger."),
        ("Detective", RoleGender.Any, 30, 60, "Sharp, tired, and close to retirement."),
        ("Grandmother", RoleGender.Female, 65, 95, "Remembers everything, says little."),
        ("Villain", RoleGender.Male, 35, 60, "Charming until he is not."),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await context.Movies.IgnoreQueryFilters(ProductionVisibility.Filters).AnyAsync(cancellationToken) || await context.Actors.AnyAsync(cancellationToken))
        {
            return;
        }

        var random = new Random(20260101);
        var movies = Movies.Select(m => new Movie(m.Title, DateOnly.Parse(m.Date, System.Globalization.CultureInfo.InvariantCulture), m.Company, m.Description)).ToList();
        var actors = Enumerable.Range(0, 60).Select(i => NewActor(i, random)).ToList();
        context.Movies.AddRange(movies);
        context.Actors.AddRange(actors);
        await context.SaveChangesAsync(cancellationToken);

        var roles = new List<Role>();
        foreach (var (movie, index) in movies.Select((m, i) => (m, i)))
        {
            for (var r = 0; r < 3; r++)
            {
                var template = RoleTemplates[(index + (r * 3)) % RoleTemplates.Length];
                // Roughly two in three roles are cast, always with an actor who fits.
                var candidate = (index + r) % 3 == 2
                    ? null
                    : actors
                        .Where(a => CastingRule.Fits(template.Gender, template.Min, template.Max, a.Gender, a.Age))
                        .OrderBy(_ => random.Next())
                        .FirstOrDefault();
                roles.Add(new Role(movie.Id, template.Name, template.Gender, template.Min, template.Max, template.Description, candidate));
            }
        }

        context.Roles.AddRange(roles);
        await context.SaveChangesAsync(cancellationToken);
        var (entries, appointments) = await SeedPipelineAsync(roles, actors, cancellationToken);
        logger.LogInformation(
            "Seeded demo data: {Movies} movies, {Actors} actors, {Roles} roles, {Entries} shortlist entries, {Appointments} appointments",
            movies.Count, actors.Count, roles.Count, entries, appointments);
    }

    /// <summary>
    /// Four open roles, three fitting actors shortlisted on each, an audition for each next week (each role on its own
    /// day, one hour per actor, so nobody is double-booked); on the first role one actor is called back (with a callback
    /// booked) and another has the offer.
    /// </summary>
    private async Task<(int Entries, int Appointments)> SeedPipelineAsync(List<Role> roles, List<Actor> actors, CancellationToken cancellationToken)
    {
        const string By = "demo|casting_director";
        var today = clock.GetUtcNow().UtcDateTime.Date;
        var untilMonday = ((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7;
        var nextMonday = today.AddDays(untilMonday == 0 ? 7 : untilMonday);
        var open = roles.Where(r => r.ActorId is null).Take(4).ToList();
        var entries = new List<ShortlistEntry>();
        var appointments = 0;
        foreach (var (role, day) in open.Select((r, i) => (r, i)))
        {
            var listed = actors.Where(a => CastingRule.Fits(role.Gender, role.MinAge, role.MaxAge, a.Gender, a.Age)).Take(3)
                .Select(a => role.AddToShortlist(a, By, $"Seen in the {a.Location} showcase."))
                .ToList();
            entries.AddRange(listed);
            await context.SaveChangesAsync(cancellationToken);

            foreach (var (entry, slot) in listed.Select((e, i) => (e, i)))
            {
                var start = nextMonday.AddDays(day).AddHours(10 + slot);
                var actor = actors.Single(a => a.Id == entry.ActorId);
                entry.Book(AppointmentKind.Audition, start, start.AddMinutes(45), $"Studio {day + 1}", actor, []);
                appointments++;
            }

            await context.SaveChangesAsync(cancellationToken);
            if (day == 0 && listed.Count >= 2)
            {
                role.Move(listed[0], ShortlistStatus.Callback, By);
                var callback = nextMonday.AddDays(4).AddHours(15);
                listed[0].Book(AppointmentKind.Callback, callback, callback.AddHours(1), "Studio 1", actors.Single(a => a.Id == listed[0].ActorId), []);
                appointments++;
                role.Move(listed[1], ShortlistStatus.Offered, By);
                await context.SaveChangesAsync(cancellationToken);
            }
        }

        return (entries.Count, appointments);
    }

    private static Actor NewActor(int i, Random random)
    {
        var gender = (i % 7) switch { 0 or 2 or 4 => Gender.Female, 6 => Gender.NonBinary, _ => Gender.Male };
        var names = gender switch { Gender.Female => FemaleNames, Gender.Male => MaleNames, _ => NonBinaryNames };
        var first = names[i % names.Length];
        var last = LastNames[(i * 7) % LastNames.Length];
        var age = 16 + ((i * 13) % 70);
        return new Actor(
            name: $"{first} {last}",
            age: age,
            gender: gender,
            location: Cities[i % Cities.Length],
            ethnicity: Pick<Ethnicity>(random),
            hairColor: age > 60 ? HairColor.Gray : Pick<HairColor>(random),
            eyeColor: Pick<EyeColor>(random),
            bodyType: Pick<BodyType>(random),
            height: 150 + random.Next(45),
            description: age <= 19
                ? $"{first} has acted in school and youth theatre productions."
                : $"{first} has worked in film and theatre for {age - 18} years.",
            imageLink: $"https://images.example.com/actors/{i + 1}.jpg",
            phone: $"+1 555 {100 + i:000} {1000 + (i * 37 % 9000):0000}",
            email: $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}{i + 1}@example.com",
            passport: i % 3 != 0,
            driverLicense: i % 4 != 1);
    }

    private static T Pick<T>(Random random)
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        return values[random.Next(values.Length)];
    }
}
