using System.Globalization;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;
using CastingAgency.Domain.Rules;

namespace CastingAgency.Tools.DataGenerator;

/// <summary>
/// A seeded, realistic dataset streamed as rows of store values (enums as wire names, UTC timestamps),
/// with every normalized column computed exactly as the entities compute it (<see cref="Guard.Normalize"/>
/// of the trimmed text). Ids are assigned 1..N so that roles can reference movies and actors.
/// </summary>
public sealed class Dataset(GeneratorOptions options)
{
    /// <summary>Entity property names, in the order of the values of each movie row.</summary>
    public static readonly string[] MovieProperties =
        ["Id", "Title", "TitleNormalized", "ReleaseDate", "Company", "CompanyNormalized", "Description", "CreatedAt", "UpdatedAt", "Version"];

    public static readonly string[] ActorProperties =
    [
        "Id", "Name", "NameNormalized", "Age", "Gender", "Location", "LocationNormalized", "Passport", "DriverLicense",
        "Ethnicity", "HairColor", "EyeColor", "BodyType", "Height", "Description", "ImageLink", "Phone", "Email",
        "EmailNormalized", "CreatedAt", "UpdatedAt", "Version", "UnionMember", "AgencyId",
    ];

    public static readonly string[] RoleProperties =
        ["Id", "MovieId", "ActorId", "Name", "NameNormalized", "Gender", "MinAge", "MaxAge", "Description", "CreatedAt", "UpdatedAt", "Version", "PublishedAt"];

    /// <summary>The cities actors live in; the benchmark's filtered search picks from this list less São Paulo.</summary>
    public static readonly string[] Cities =
    [
        "Los Angeles", "New York", "Atlanta", "Chicago", "Austin", "Vancouver", "Toronto", "London", "Manchester",
        "Dublin", "Berlin", "Paris", "Madrid", "Rome", "Stockholm", "Copenhagen", "Prague", "Budapest", "Mumbai",
        "Seoul", "Tokyo", "Sydney", "Melbourne", "Auckland", "Cape Town", "Lagos", "Mexico City", "Buenos Aires",
        "São Paulo", "Montreal", "New Orleans", "Albuquerque", "Miami", "Seattle", "Boston", "Glasgow", "Lisbon",
        "Vienna", "Warsaw", "Istanbul",
    ];

    private static readonly string[] FemaleNames =
    [
        "Olivia", "Emma", "Ava", "Sophia", "Isabella", "Mia", "Amelia", "Harper", "Evelyn", "Abigail", "Emily", "Ella",
        "Chloe", "Grace", "Zoe", "Nora", "Lily", "Hannah", "Aaliyah", "Priya", "Mei", "Yuki", "Fatima", "Ingrid",
        "Lucia", "Chiara", "Amara", "Leila", "Sofia", "Maya",
    ];

    private static readonly string[] MaleNames =
    [
        "Liam", "Noah", "Oliver", "Elijah", "James", "William", "Benjamin", "Lucas", "Henry", "Theodore", "Jack",
        "Levi", "Alexander", "Mateo", "Daniel", "Michael", "Samuel", "Omar", "Raj", "Kenji", "Hiroshi", "Tariq",
        "Lars", "Marco", "Diego", "Kwame", "Ivan", "Andre", "Felix", "Hugo",
    ];

    private static readonly string[] UnisexNames =
    [
        "Alex", "Jordan", "Taylor", "Morgan", "Casey", "Riley", "Jamie", "Avery", "Quinn", "Rowan", "Sage", "River",
        "Skyler", "Emerson", "Finley", "Charlie", "Robin", "Kai", "Ash", "Remy",
    ];

    private static readonly string[] LastNames =
    [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
        "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker",
        "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson",
        "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Kim", "Park", "Chen", "Wang",
        "Singh", "Patel", "Okafor", "Mensah", "Kowalski", "Novak", "Rossi", "Bianchi", "Schmidt", "Fischer",
        "Dubois", "Moreau", "Larsen", "Nielsen", "Tanaka", "Sato", "O'Brien", "Murphy", "Kelly", "Byrne",
    ];

    private static readonly string[] TitleAdjectives =
    [
        "Silent", "Broken", "Golden", "Hidden", "Last", "Crimson", "Distant", "Endless", "Frozen", "Burning", "Lost",
        "Midnight", "Hollow", "Wild", "Quiet", "Savage", "Electric", "Forgotten", "Iron", "Velvet", "Scarlet",
        "Eternal", "Shattered", "Falling", "Rising", "Secret", "Little", "Dark", "Bright", "Final",
    ];

    private static readonly string[] TitleNouns =
    [
        "Harbor", "Kingdom", "River", "Summer", "Horizon", "Empire", "Garden", "Witness", "Frontier", "Promise",
        "Station", "Shadow", "Mountain", "Letter", "Storm", "Orchard", "Detective", "Carnival", "Signal", "Voyage",
        "Legacy", "Island", "Highway", "Symphony", "Protocol", "Heist", "Dynasty", "Echo", "Covenant", "Lighthouse",
        "Reckoning", "Paradise", "Winter", "Circus", "Sanctuary", "Machine", "Tide", "Crown", "Desert", "Mirror",
    ];

    private static readonly string[] Companies =
    [
        "Paramount Pictures", "Warner Bros.", "Universal Pictures", "Columbia Pictures", "Lionsgate", "A24",
        "Focus Features", "Searchlight Pictures", "Blumhouse", "Legendary", "Neon", "Annapurna", "Working Title",
        "StudioCanal", "Pathé", "Gaumont", "Toho", "CJ Entertainment", "Yash Raj Films", "Miramax", "Amblin",
        "Plan B", "Bad Robot", "Skydance", "Village Roadshow",
    ];

    private static readonly string[] Genres =
        ["drama", "thriller", "comedy", "romance", "science-fiction adventure", "mystery", "horror", "period piece", "crime saga", "musical"];

    private static readonly string[] RoleNames =
    [
        "Lead Detective", "Bartender", "Young Queen", "Old King", "Ship Captain", "Rookie Cop", "Nurse", "Surgeon",
        "Mob Boss", "Getaway Driver", "Journalist", "Senator", "Teacher", "Street Musician", "Scientist", "Pilot",
        "Farmer", "Hacker", "Lawyer", "Judge", "Mother", "Father", "Grandmother", "Grandfather", "Best Friend",
        "Villain", "Henchman", "Waiter", "Soldier", "General", "Astronaut", "Chef", "Ghost", "Witch", "Prince",
        "Princess", "Coach", "Student", "Thief", "Narrator",
    ];

    private static readonly string[] Qualities =
        ["Versatile", "Expressive", "Charismatic", "Intense", "Warm", "Comic", "Physical", "Classically trained", "Understated", "Magnetic"];

    private static readonly Ethnicity[] EthnicityValues = Enum.GetValues<Ethnicity>();
    private static readonly HairColor[] HairColorValues = Enum.GetValues<HairColor>();
    private static readonly EyeColor[] EyeColorValues = Enum.GetValues<EyeColor>();
    private static readonly BodyType[] BodyTypeValues = Enum.GetValues<BodyType>();
    private static readonly RoleGender[] RoleGenderValues = Enum.GetValues<RoleGender>();

    private readonly Random _random = new(options.Seed);
    private readonly DateTime _now = TruncateToSeconds(DateTime.UtcNow);
    private byte[] _actorAges = [];
    private Gender[] _actorGenders = [];
    private RoleFacts[] _roles = [];
    private int[] _actorAgencies = [];
    private DateTime?[] _publishedAt = [];

    public int CastRoles { get; private set; }

    /// <summary>The generation time (UTC, whole seconds) the timestamps are drawn back from.</summary>
    public DateTime Now => _now;

    /// <summary>The generated actors' ages and genders by id, for the pipeline. Call after <see cref="Actors"/>.</summary>
    public ActorFacts[] ActorFacts() =>
        _actorAges.Select((age, id) => new ActorFacts(age, _actorGenders[id])).ToArray();

    /// <summary>The generated roles' casting terms by id, for the pipeline. Call after <see cref="Roles"/>.</summary>
    public RoleFacts[] RoleFacts() => _roles;

    /// <summary>Each actor's agency number (1..<c>--agencies</c>; 0 = none), by id. Call after <see cref="Actors"/>.</summary>
    public int[] ActorAgencies() => _actorAgencies;

    /// <summary>Each role's <c>published_at</c> (null = not a breakdown), by id. Call after <see cref="Roles"/>.</summary>
    public DateTime?[] PublishedAt() => _publishedAt;

    public IEnumerable<object?[]> Movies()
    {
        var row = new object?[MovieProperties.Length];
        var seen = new HashSet<(string, DateOnly)>();
        for (var id = 1; id <= options.Movies; id++)
        {
            var title = $"The {Pick(TitleAdjectives)} {Pick(TitleNouns)}";
            if (_random.NextDouble() < 0.3)
            {
                title += _random.Next(3) switch { 0 => $" {_random.Next(2, 5)}", 1 => $": {Pick(TitleNouns)}", _ => $" of the {Pick(TitleNouns)}" };
            }

            var releaseDate = new DateOnly(1950, 1, 1).AddDays(_random.Next(0, 365 * 80));
            var normalized = Guard.Normalize(title)!;
            for (var n = 2; !seen.Add((normalized, releaseDate)); n++)
            {
                title = $"{title.TrimEnd()} ({n})";
                normalized = Guard.Normalize(title)!;
            }

            var company = _random.NextDouble() < 0.9 ? Pick(Companies) : null;
            var description = _random.NextDouble() < 0.7
                ? $"A {Pick(Genres)} about a {Pick(TitleNouns).ToLowerInvariant()} and the people caught in it."
                : null;
            var (created, updated) = Timestamps();

            row[0] = id;
            row[1] = title;
            row[2] = normalized;
            row[3] = releaseDate;
            row[4] = company;
            row[5] = Guard.Normalize(company);
            row[6] = description;
            row[7] = created;
            row[8] = updated;
            row[9] = 1;
            yield return row;
        }
    }

    public IEnumerable<object?[]> Actors()
    {
        var row = new object?[ActorProperties.Length];
        _actorAges = new byte[options.Actors + 1];
        _actorGenders = new Gender[options.Actors + 1];
        _actorAgencies = new int[options.Actors + 1];
        for (var id = 1; id <= options.Actors; id++)
        {
            var roll = _random.NextDouble();
            var gender = roll < 0.47 ? Gender.Female : roll < 0.94 ? Gender.Male : Gender.NonBinary;
            var first = gender switch
            {
                Gender.Female => _random.NextDouble() < 0.9 ? Pick(FemaleNames) : Pick(UnisexNames),
                Gender.Male => _random.NextDouble() < 0.9 ? Pick(MaleNames) : Pick(UnisexNames),
                _ => _random.NextDouble() < 0.7 ? Pick(UnisexNames) : Pick(_random.NextDouble() < 0.5 ? FemaleNames : MaleNames),
            };
            var last = Pick(LastNames);
            var name = $"{first} {last}";

            // Most working actors are 18-50; the long tail reaches 16 and 90.
            var age = _random.NextDouble() < 0.7 ? _random.Next(18, 51) : _random.Next(16, 91);
            var location = _random.NextDouble() < 0.92 ? Pick(Cities) : null;
            int? height = _random.NextDouble() < 0.85
                ? Math.Clamp((int)Math.Round(Normal(gender switch { Gender.Female => 165, Gender.Male => 178, _ => 171 }, 7)), 140, 210)
                : null;
            var email = _random.NextDouble() < 0.9
                ? $"{Slug(first)}.{Slug(last)}.{id.ToString(CultureInfo.InvariantCulture)}@{Pick(["example.com", "mail.example.org", "agency.example.net"])}"
                : null;
            var (created, updated) = Timestamps();

            _actorAges[id] = (byte)age;
            _actorGenders[id] = gender;

            row[0] = id;
            row[1] = name;
            row[2] = Guard.Normalize(name);
            row[3] = age;
            row[4] = WireNames<Gender>.ToWire(gender);
            row[5] = location;
            row[6] = Guard.Normalize(location);
            row[7] = _random.NextDouble() < 0.6;
            row[8] = _random.NextDouble() < 0.75;
            row[9] = Maybe(0.85, EthnicityValues);
            row[10] = Maybe(0.9, HairColorValues);
            row[11] = Maybe(0.9, EyeColorValues);
            row[12] = Maybe(0.8, BodyTypeValues);
            row[13] = height;
            row[14] = _random.NextDouble() < 0.5
                ? $"{Pick(Qualities)} performer with {_random.Next(1, Math.Max(2, age - 14))} years of stage and screen work."
                : null;
            row[15] = _random.NextDouble() < 0.6 ? $"https://images.example.com/actors/{id}.jpg" : null;
            row[16] = _random.NextDouble() < 0.7 ? $"+1 ({_random.Next(200, 1000)}) 555-{_random.Next(0, 10000):D4}" : null;
            row[17] = email;
            row[18] = Guard.Normalize(email);
            row[19] = created;
            row[20] = updated;
            row[21] = 1;
            // About 30% union members, from the id (no draw from the random stream, so the other columns stay as they were).
            row[22] = (uint)id * 2654435761u % 10 < 3;
            // About 60% have an agency (--agencies), from the id too: without agencies the dataset is as it was.
            var agencyHash = (uint)id * 2246822519u;
            _actorAgencies[id] = options.Agencies > 0 && agencyHash % 10 < 6 ? 1 + (int)(agencyHash / 10 % (uint)options.Agencies) : 0;
            row[23] = _actorAgencies[id] == 0 ? null : AgencyDataset.AgencyId(_actorAgencies[id]);
            yield return row;
        }
    }

    /// <summary>Roles; every third one is cast with an actor who fits it by <see cref="CastingRule"/>. Call after <see cref="Actors"/>.</summary>
    public IEnumerable<object?[]> Roles()
    {
        if (_actorAges.Length == 0)
        {
            throw new InvalidOperationException("Generate the actors before the roles.");
        }

        var row = new object?[RoleProperties.Length];
        CastRoles = 0;
        _roles = new RoleFacts[options.Roles + 1];
        _publishedAt = new DateTime?[options.Roles + 1];
        for (var id = 1; id <= options.Roles; id++)
        {
            RoleGender gender;
            int minAge, maxAge;
            int? actorId = null;
            if (id % 3 == 1)
            {
                var actor = _random.Next(1, options.Actors + 1);
                var actorAge = _actorAges[actor];
                var actorGender = _actorGenders[actor];
                gender = _random.NextDouble() < 0.2 ? RoleGender.Any : WireNames<RoleGender>.Parse(WireNames<Gender>.ToWire(actorGender));
                minAge = Math.Max(Limits.MinAge, actorAge - _random.Next(0, 11));
                maxAge = Math.Min(Limits.MaxAge, actorAge + _random.Next(0, 11));
                if (!CastingRule.Fits(gender, minAge, maxAge, actorGender, actorAge))
                {
                    throw new InvalidOperationException($"Generated role {id} does not fit actor {actor}.");
                }

                actorId = actor;
                CastRoles++;
            }
            else
            {
                gender = RoleGenderValues[_random.Next(RoleGenderValues.Length)];
                minAge = _random.Next(16, 71);
                maxAge = Math.Min(90, minAge + _random.Next(4, 21));
            }

            _roles[id] = new RoleFacts(gender, (byte)minAge, (byte)maxAge, actorId is not null);
            var name = Pick(RoleNames);
            var (created, updated) = Timestamps();

            row[0] = id;
            row[1] = _random.Next(1, options.Movies + 1);
            row[2] = actorId;
            row[3] = name;
            row[4] = Guard.Normalize(name);
            row[5] = WireNames<RoleGender>.ToWire(gender);
            row[6] = minAge;
            row[7] = maxAge;
            row[8] = _random.NextDouble() < 0.5 ? $"A {Pick(Qualities).ToLowerInvariant()} part with {_random.Next(1, 60)} scenes." : null;
            row[9] = created;
            row[10] = updated;
            row[11] = 1;
            // With agencies, about 20% of the open roles are breakdowns, published in the last two weeks (from the id:
            // no draw from the random stream, so the other columns stay as they were).
            var publishHash = (uint)id * 3266489917u;
            if (options.Agencies > 0 && actorId is null && publishHash % 10 < 2)
            {
                var published = _now.AddSeconds(-(int)(publishHash / 10 % (14 * 24 * 3600)));
                _publishedAt[id] = published < created ? created : published;
            }

            row[12] = _publishedAt[id];
            yield return row;
        }
    }

    private static DateTime TruncateToSeconds(DateTime value) =>
        new(value.Ticks - (value.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);

    private static string Slug(string text) =>
        new(text.ToLowerInvariant().Where(char.IsAsciiLetterLower).ToArray());

    private (DateTime Created, DateTime Updated) Timestamps()
    {
        var created = _now.AddSeconds(-_random.Next(60, 3 * 365 * 24 * 3600));
        var updated = _random.NextDouble() < 0.3 ? created.AddSeconds(_random.Next(1, (int)(_now - created).TotalSeconds)) : created;
        return (created, updated);
    }

    private T Pick<T>(T[] values) => values[_random.Next(values.Length)];

    private string? Maybe<T>(double probability, T[] values)
        where T : struct, Enum =>
        _random.NextDouble() < probability ? WireNames<T>.ToWire(Pick(values)) : null;

    private double Normal(double mean, double deviation)
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return mean + (deviation * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }
}
