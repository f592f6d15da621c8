using System.Globalization;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;
using CastingAgency.Domain.Rules;

namespace CastingAgency.Tools.DataGenerator;

/// <summary>
/// Seeded submissions (contract §13) over a generated cast: agencies submit actors of their own roster (the actor's
/// <c>agency_id</c> is the submission's) to published, uncast roles; each actor fits its role by <see cref="CastingRule"/>,
/// and a role takes an actor at most once. About 85% are still <c>submitted</c> and 15% <c>rejected</c>: none is
/// <c>selected</c>, which would need the role's shortlist entry of the actor. Each is created after its role was published.
/// </summary>
public sealed class AgencyDataset
{
    public static readonly string[] SubmissionProperties =
        ["Id", "RoleId", "ActorId", "AgencyId", "Note", "Status", "CreatedAt", "UpdatedAt", "Version"];

    private static readonly string[] Notes =
        ["Available immediately.", "Fluent in Spanish.", "Strong stage background.", "Self-tape on request.", "Recently wrapped a series lead."];

    private static readonly Gender[] GenderValues = Enum.GetValues<Gender>();

    private readonly List<(int Role, int Actor, int Agency, bool Rejected, DateTime Created, DateTime Updated, string? Note)> _rows = [];

    /// <param name="actors">Indexed by actor id (age 0: no actor).</param>
    /// <param name="agencies">Each actor's agency number (0: none), by id.</param>
    /// <param name="roles">Indexed by role id.</param>
    /// <param name="publishedAt">Each role's publication (null: not a breakdown), by id.</param>
    /// <param name="count">How many to make; fewer when the published roles and rosters do not hold that many pairs.</param>
    public AgencyDataset(
        IReadOnlyList<ActorFacts> actors, IReadOnlyList<int> agencies, IReadOnlyList<RoleFacts> roles,
        IReadOnlyList<DateTime?> publishedAt, int count, int seed, DateTime now)
    {
        var random = new Random(unchecked(seed + 7919));

        // Roster actors by gender and age: a role's fitting actors are the buckets of its gender(s) and age range.
        var buckets = new List<int>[GenderValues.Max(g => (int)g) + 1, Limits.MaxAge + 1]; // by the enum's value
        var rosterActors = 0;
        for (var id = 1; id < actors.Count; id++)
        {
            if (agencies[id] == 0 || actors[id].Age == 0)
            {
                continue;
            }

            (buckets[(int)actors[id].Gender, actors[id].Age] ??= []).Add(id);
            rosterActors++;
        }

        var breakdowns = Enumerable.Range(0, roles.Count).Where(id => publishedAt[id] is not null && !roles[id].Cast).ToArray();
        PublishedRoles = breakdowns.Length;
        RosterActors = rosterActors;
        if (breakdowns.Length == 0 || rosterActors == 0)
        {
            return;
        }

        var seen = new HashSet<long>();
        for (var attempts = 0; _rows.Count < count && attempts < count * 50; attempts++)
        {
            var role = breakdowns[random.Next(breakdowns.Length)];
            var terms = roles[role];
            var gender = terms.Gender == RoleGender.Any
                ? GenderValues[random.Next(GenderValues.Length)]
                : WireNames<Gender>.Parse(WireNames<RoleGender>.ToWire(terms.Gender));
            var bucket = buckets[(int)gender, random.Next(terms.MinAge, terms.MaxAge + 1)];
            if (bucket is null)
            {
                continue;
            }

            var actor = bucket[random.Next(bucket.Count)];
            if (!seen.Add(((long)role << 32) | (uint)actor))
            {
                continue;
            }

            if (!CastingRule.Fits(terms.Gender, terms.MinAge, terms.MaxAge, actors[actor].Gender, actors[actor].Age))
            {
                throw new InvalidOperationException($"Generated submission of actor {actor} does not fit role {role}.");
            }

            var published = publishedAt[role]!.Value;
            var created = published.AddSeconds(random.Next(0, Math.Max(1, (int)(now - published).TotalSeconds)));
            var rejected = random.NextDouble() < 0.15;
            var updated = rejected ? created.AddSeconds(random.Next(0, Math.Max(1, (int)(now - created).TotalSeconds))) : created;
            var note = random.NextDouble() < 0.4 ? Notes[random.Next(Notes.Length)] : null;
            _rows.Add((role, actor, agencies[actor], rejected, created, updated, note));
        }

        // Ids in creation order, as the API would have assigned them.
        _rows.Sort((a, b) => a.Created.CompareTo(b.Created));
    }

    /// <summary>The agency id of agency number <paramref name="n"/>: <c>org_0001</c>, ...</summary>
    public static string AgencyId(int n) => "org_" + n.ToString("D4", CultureInfo.InvariantCulture);

    public int PublishedRoles { get; }

    public int RosterActors { get; }

    public int Count => _rows.Count;

    public int Rejected => _rows.Count(r => r.Rejected);

    public IEnumerable<object?[]> Submissions()
    {
        var row = new object?[SubmissionProperties.Length];
        var submitted = WireNames<SubmissionStatus>.ToWire(SubmissionStatus.Submitted);
        var rejected = WireNames<SubmissionStatus>.ToWire(SubmissionStatus.Rejected);
        for (var i = 0; i < _rows.Count; i++)
        {
            var r = _rows[i];
            row[0] = i + 1;
            row[1] = r.Role;
            row[2] = r.Actor;
            row[3] = AgencyId(r.Agency);
            row[4] = r.Note;
            row[5] = r.Rejected ? rejected : submitted;
            row[6] = r.Created;
            row[7] = r.Updated;
            row[8] = 1;
            yield return row;
        }
    }
}
