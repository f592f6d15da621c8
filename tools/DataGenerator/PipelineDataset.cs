using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;
using CastingAgency.Domain.Pipeline;
using CastingAgency.Domain.Rules;

namespace CastingAgency.Tools.DataGenerator;

/// <summary>What the pipeline needs to know of an actor: its age and gender (0 = no actor with that id).</summary>
public readonly record struct ActorFacts(byte Age, Gender Gender);

/// <summary>What the pipeline needs to know of a role: the casting rule's terms and whether it is cast already.</summary>
public readonly record struct RoleFacts(RoleGender Gender, byte MinAge, byte MaxAge, bool Cast);

/// <summary>
/// A seeded casting pipeline over an existing cast of actors and roles: shortlist entries on open (uncast) roles, their
/// status history, and auditions and callbacks. The data keeps every rule of docs/api.md §9 that the API enforces:
/// each entry's actor fits its role by <see cref="CastingRule"/>; a role lists an actor once; a role has at most one entry
/// in <c>offered</c>; an entry's history is a path along <see cref="PipelineEdges.Shortlist"/> ending in its status; an
/// actor's appointments never overlap (each takes its own one-hour slot of the actor's working hours, 09:00-18:00 UTC on
/// weekdays, and lasts 30-60 minutes); past appointments are mostly completed, future ones scheduled or confirmed, and a
/// fraction of both canceled or declined. Appointments fall in the weeks around the generation time
/// (<see cref="WeeksBefore"/> before, <see cref="WeeksAfter"/> after), so a benchmark can ask for a week that has some.
/// </summary>
public sealed class PipelineDataset
{
    public const int WeeksBefore = 6;
    public const int WeeksAfter = 6;
    private const int SlotsPerDay = 9;
    private const int SlotsPerWeek = SlotsPerDay * 5;
    private const int FirstHour = 9;

    public static readonly string[] EntryProperties =
        ["Id", "RoleId", "ActorId", "Status", "Note", "CreatedBy", "CreatedAt", "UpdatedAt", "Version"];

    public static readonly string[] HistoryProperties =
        ["Id", "ShortlistEntryId", "Status", "By", "CreatedAt", "UpdatedAt", "Version"];

    public static readonly string[] AppointmentProperties =
    [
        "Id", "ShortlistEntryId", "RoleId", "ActorId", "Kind", "StartsAt", "EndsAt", "Location", "Status", "CreatedAt",
        "UpdatedAt", "Version",
    ];

    private static readonly string[] CastingTeam =
        ["auth0|casting-director-1", "auth0|casting-director-2", "auth0|casting-assistant-1", "auth0|casting-assistant-2", "auth0|producer-1"];

    private static readonly string[] Rooms = ["Studio A", "Studio B", "Studio C", "Room 12", "Stage 4", "Rehearsal Hall"];

    private static readonly string[] Notes =
        ["Strong self-tape.", "Recommended by the director.", "Available from spring.", "Needs a dialect coach.", "Great chemistry read."];

    private readonly Random _random;
    private readonly DateTime _now;
    private readonly DateTime _firstWeek;
    private readonly int _totalSlots;
    private readonly List<Entry> _entries = [];
    private readonly List<HistoryItem> _history = [];
    private readonly List<Booking> _appointments = [];

    /// <param name="actors">Indexed by actor id; index 0 and missing ids have age 0.</param>
    /// <param name="roles">Indexed by role id; index 0 and missing ids have <see cref="RoleFacts.MaxAge"/> 0.</param>
    /// <param name="appointments">How many appointments to make; entries (≈0.8 per appointment) follow from it.</param>
    public PipelineDataset(IReadOnlyList<ActorFacts> actors, IReadOnlyList<RoleFacts> roles, int appointments, int seed, DateTime now)
    {
        _random = new Random(seed);
        _now = now;
        var monday = now.Date.AddDays(-(((int)now.DayOfWeek + 6) % 7));
        _firstWeek = DateTime.SpecifyKind(monday.AddDays(-7 * WeeksBefore), DateTimeKind.Utc);
        _totalSlots = (WeeksBefore + WeeksAfter) * SlotsPerWeek;
        Generate(actors, roles, appointments);
    }

    /// <summary>Where the generated appointments begin and end (the Monday of the first week, the end of the last).</summary>
    public (DateTime From, DateTime To) Window => (_firstWeek, _firstWeek.AddDays(7 * (WeeksBefore + WeeksAfter)));

    public int EntryCount => _entries.Count;

    public int HistoryCount => _history.Count;

    public int AppointmentCount => _appointments.Count;

    /// <summary>The number of entries in each status, for the generator's summary.</summary>
    public IReadOnlyDictionary<ShortlistStatus, int> EntriesByStatus =>
        _entries.GroupBy(e => e.Status).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The number of appointments in each status, for the generator's summary.</summary>
    public IReadOnlyDictionary<AppointmentStatus, int> AppointmentsByStatus =>
        _appointments.GroupBy(a => a.Status).ToDictionary(g => g.Key, g => g.Count());

    public IEnumerable<object?[]> Entries()
    {
        var row = new object?[EntryProperties.Length];
        for (var i = 0; i < _entries.Count; i++)
        {
            var e = _entries[i];
            row[0] = i + 1;
            row[1] = e.RoleId;
            row[2] = e.ActorId;
            row[3] = WireNames<ShortlistStatus>.ToWire(e.Status);
            row[4] = e.Note;
            row[5] = e.CreatedBy;
            row[6] = e.CreatedAt;
            row[7] = e.UpdatedAt;
            row[8] = e.Version;
            yield return row;
        }
    }

    public IEnumerable<object?[]> History()
    {
        var row = new object?[HistoryProperties.Length];
        for (var i = 0; i < _history.Count; i++)
        {
            var h = _history[i];
            row[0] = i + 1;
            row[1] = h.EntryId;
            row[2] = WireNames<ShortlistStatus>.ToWire(h.Status);
            row[3] = h.By;
            row[4] = h.At;
            row[5] = h.At;
            row[6] = 1;
            yield return row;
        }
    }

    public IEnumerable<object?[]> Appointments()
    {
        var row = new object?[AppointmentProperties.Length];
        for (var i = 0; i < _appointments.Count; i++)
        {
            var a = _appointments[i];
            row[0] = i + 1;
            row[1] = a.EntryId;
            row[2] = a.RoleId;
            row[3] = a.ActorId;
            row[4] = WireNames<AppointmentKind>.ToWire(a.Kind);
            row[5] = a.StartsAt;
            row[6] = a.EndsAt;
            row[7] = a.Location;
            row[8] = WireNames<AppointmentStatus>.ToWire(a.Status);
            row[9] = a.CreatedAt;
            row[10] = a.UpdatedAt;
            row[11] = a.Status == AppointmentStatus.Scheduled ? 1 : 2;
            yield return row;
        }
    }

    private static bool IsPast(ShortlistStatus status) => status is ShortlistStatus.Callback or ShortlistStatus.Offered or ShortlistStatus.Declined;

    private void Generate(IReadOnlyList<ActorFacts> actors, IReadOnlyList<RoleFacts> roles, int target)
    {
        if (target <= 0)
        {
            return;
        }

        // Actors by (gender, age), so that a fitting actor is one draw away.
        var byGenderAge = new List<int>[4, Limits.MaxAge + 1];
        for (var id = 1; id < actors.Count; id++)
        {
            var actor = actors[id];
            if (actor.Age == 0)
            {
                continue;
            }

            (byGenderAge[(int)actor.Gender, actor.Age] ??= []).Add(id);
        }

        // Open roles in a seeded random order.
        var open = Enumerable.Range(1, Math.Max(0, roles.Count - 1)).Where(id => roles[id].MaxAge > 0 && !roles[id].Cast).ToArray();
        _random.Shuffle(open);

        // Each actor's used slots (few per actor: a short list is enough).
        var used = new Dictionary<int, List<short>>();
        var shortlisted = new HashSet<int>();
        foreach (var roleId in open)
        {
            if (_appointments.Count >= target)
            {
                break;
            }

            var role = roles[roleId];
            shortlisted.Clear();
            var size = _random.Next(1, 9);
            var offered = false;
            for (var k = 0; k < size && _appointments.Count < target; k++)
            {
                var actorId = PickFitting(role, byGenderAge);
                if (actorId == 0 || !shortlisted.Add(actorId))
                {
                    continue;
                }

                var status = PickStatus(ref offered);
                AddEntry(roleId, actorId, status, used, target);
            }
        }
    }

    private int PickFitting(RoleFacts role, List<int>[,] byGenderAge)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var age = _random.Next(role.MinAge, role.MaxAge + 1);
            var gender = role.Gender == RoleGender.Any
                ? (_random.NextDouble() is var roll && roll < 0.47 ? Gender.Female : roll < 0.94 ? Gender.Male : Gender.NonBinary)
                : CastingRule.ToGender(role.Gender);
            var bucket = byGenderAge[(int)gender, age];
            if (bucket is { Count: > 0 })
            {
                return bucket[_random.Next(bucket.Count)];
            }
        }

        return 0;
    }

    /// <summary>Most entries are still shortlisted or in callback; some roles have their one open offer.</summary>
    private ShortlistStatus PickStatus(ref bool offered)
    {
        var roll = _random.NextDouble();
        if (!offered && roll < 0.06)
        {
            offered = true;
            return ShortlistStatus.Offered;
        }

        return roll < 0.50 ? ShortlistStatus.Shortlisted
            : roll < 0.75 ? ShortlistStatus.Callback
            : roll < 0.92 ? ShortlistStatus.Released
            : ShortlistStatus.Declined;
    }

    private void AddEntry(int roleId, int actorId, ShortlistStatus status, Dictionary<int, List<short>> used, int target)
    {
        var entryId = _entries.Count + 1;
        var by = CastingTeam[_random.Next(CastingTeam.Length)];
        var created = _firstWeek.AddDays(-_random.Next(1, 30)).AddMinutes(_random.Next(8 * 60, 18 * 60));

        // The history: a path along the shortlist's edges that ends in the status.
        var path = status switch
        {
            ShortlistStatus.Shortlisted => [ShortlistStatus.Shortlisted],
            ShortlistStatus.Callback => [ShortlistStatus.Shortlisted, ShortlistStatus.Callback],
            ShortlistStatus.Offered => _random.NextDouble() < 0.6
                ? [ShortlistStatus.Shortlisted, ShortlistStatus.Callback, ShortlistStatus.Offered]
                : [ShortlistStatus.Shortlisted, ShortlistStatus.Offered],
            ShortlistStatus.Declined => [ShortlistStatus.Shortlisted, ShortlistStatus.Callback, ShortlistStatus.Offered, ShortlistStatus.Declined],
            ShortlistStatus.Released => _random.NextDouble() < 0.4
                ? [ShortlistStatus.Shortlisted, ShortlistStatus.Callback, ShortlistStatus.Released]
                : new[] { ShortlistStatus.Shortlisted, ShortlistStatus.Released },
            _ => throw new InvalidOperationException($"The generator makes no {status} entries."),
        };
        var at = created;
        foreach (var step in path)
        {
            _history.Add(new HistoryItem(entryId, step, at == created ? by : CastingTeam[_random.Next(CastingTeam.Length)], at));
            at = at.AddHours(_random.Next(2, 24 * 4));
        }

        var updated = _history[^1].At;
        _entries.Add(new Entry(roleId, actorId, status, _random.NextDouble() < 0.3 ? Notes[_random.Next(Notes.Length)] : null, by, created, updated, path.Length));

        // Its appointments: an audition for most entries, a callback for those that got that far.
        var reachedCallback = Array.IndexOf(path, ShortlistStatus.Callback) >= 0;
        if (status == ShortlistStatus.Shortlisted && _random.NextDouble() < 0.3)
        {
            return;
        }

        // An entry past its audition had it in the past; a shortlisted one mostly has it still ahead.
        var audition = IsPast(status) || reachedCallback ? When.Past : _random.NextDouble() < 0.7 ? When.Ahead : When.Any;
        Book(entryId, roleId, actorId, AppointmentKind.Audition, audition, used, target);
        if (reachedCallback && _random.NextDouble() < 0.9)
        {
            Book(entryId, roleId, actorId, AppointmentKind.Callback, status == ShortlistStatus.Callback ? When.Ahead : When.Past, used, target);
        }
    }

    private void Book(int entryId, int roleId, int actorId, AppointmentKind kind, When when, Dictionary<int, List<short>> used, int target)
    {
        if (_appointments.Count >= target)
        {
            return;
        }

        var slots = used.TryGetValue(actorId, out var list) ? list : used[actorId] = [];
        var pastSlots = WeeksBefore * SlotsPerWeek;
        for (var attempt = 0; attempt < 30; attempt++)
        {
            // Past appointments before this week, those ahead from this week on, the others anywhere in the window.
            var slot = (short)(when switch
            {
                When.Past => _random.Next(pastSlots),
                When.Ahead => _random.Next(pastSlots, _totalSlots),
                _ => _random.Next(_totalSlots),
            });
            if (slots.Contains(slot))
            {
                continue;
            }

            slots.Add(slot);
            var startsAt = SlotStart(slot);
            var endsAt = startsAt.AddMinutes(_random.Next(2, 5) * 15);
            var status = when == When.Past ? AppointmentStatus.Completed : PickAppointmentStatus(startsAt);
            var created = startsAt.AddDays(-_random.Next(2, 21));
            var updated = status == AppointmentStatus.Scheduled ? created
                : (startsAt < _now ? endsAt.AddMinutes(_random.Next(5, 600)) : created.AddHours(_random.Next(1, 48)));
            var location = _random.NextDouble() < 0.25
                ? $"https://meet.example.com/audition-{entryId}-{(int)kind}"
                : $"{Rooms[_random.Next(Rooms.Length)]}, {Dataset.Cities[_random.Next(Dataset.Cities.Length)]}";
            _appointments.Add(new Booking(entryId, roleId, actorId, kind, startsAt, endsAt, location, status, created, updated < created ? created : updated));
            return;
        }
    }

    private AppointmentStatus PickAppointmentStatus(DateTime startsAt)
    {
        var roll = _random.NextDouble();
        if (startsAt < _now)
        {
            return roll < 0.75 ? AppointmentStatus.Completed
                : roll < 0.83 ? AppointmentStatus.NoShow
                : roll < 0.93 ? AppointmentStatus.Canceled
                : AppointmentStatus.Declined;
        }

        return roll < 0.55 ? AppointmentStatus.Scheduled
            : roll < 0.85 ? AppointmentStatus.Confirmed
            : roll < 0.95 ? AppointmentStatus.Canceled
            : AppointmentStatus.Declined;
    }

    private DateTime SlotStart(short slot)
    {
        var week = slot / SlotsPerWeek;
        var day = slot % SlotsPerWeek / SlotsPerDay;
        var hour = FirstHour + (slot % SlotsPerDay);
        return _firstWeek.AddDays((7 * week) + day).AddHours(hour);
    }

    private enum When
    {
        Any,
        Past,
        Ahead,
    }

    private readonly record struct Entry(
        int RoleId, int ActorId, ShortlistStatus Status, string? Note, string CreatedBy, DateTime CreatedAt, DateTime UpdatedAt, int Version);

    private readonly record struct HistoryItem(int EntryId, ShortlistStatus Status, string By, DateTime At);

    private readonly record struct Booking(
        int EntryId, int RoleId, int ActorId, AppointmentKind Kind, DateTime StartsAt, DateTime EndsAt, string? Location,
        AppointmentStatus Status, DateTime CreatedAt, DateTime UpdatedAt);
}
