using CastingAgency.Infrastructure.Persistence;

namespace CastingAgency.Tools.DataGenerator;

/// <summary>The command line of the dataset generator.</summary>
public sealed record GeneratorOptions(
    DatabaseProvider Provider, string Connection, int Actors, int Movies, int Roles, int Seed, bool Reset,
    int? Appointments, bool PipelineOnly, int Agencies = 0, int Submissions = 0)
{
    public const string Usage =
        "usage: DataGenerator --provider Postgres|Sqlite --connection \"<connection string>\" " +
        "[--actors 100000] [--movies 10000] [--roles 50000] [--appointments <actors / 5>] [--seed 42] [--reset] " +
        "[--pipeline-only] [--agencies 0] [--submissions 0]\n" +
        "  --appointments N   auditions and callbacks to generate (with ≈0.8 N shortlist entries and their history); 0 = none\n" +
        "  --pipeline-only    keep the movies, actors and roles in the database; replace only the pipeline's tables\n" +
        "  --agencies N       talent agencies org_0001..org_N: about 60% of the actors get one (agency_id), and about 20%\n" +
        "                     of the open roles are published as breakdowns; 0 = none (the dataset is then as before)\n" +
        "  --submissions N    submissions of roster actors to published roles, each fitting its role, one per (role, actor)";

    /// <summary>The default pipeline size (no --appointments): 200,000 appointments for 1,000,000 actors, scaled.</summary>
    public static int DefaultAppointments(int actors) => actors / 5;

    public static GeneratorOptions Parse(IReadOnlyList<string> args)
    {
        DatabaseProvider? provider = null;
        string? connection = null;
        int actors = 100_000, movies = 10_000, roles = 50_000, seed = 42;
        int? appointments = null;
        var reset = false;
        var pipelineOnly = false;
        int agencies = 0, submissions = 0;

        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            int Count(int min)
            {
                var text = Value();
                return int.TryParse(text, out var n) && n >= min
                    ? n
                    : throw new ArgumentException($"{name} must be an integer >= {min}, not '{text}'.");
            }

            switch (name)
            {
                case "--provider":
                    var text = Value();
                    provider = Enum.TryParse<DatabaseProvider>(text, ignoreCase: true, out var p) && p != DatabaseProvider.SqlServer
                        ? p
                        : throw new ArgumentException($"--provider must be Postgres or Sqlite, not '{text}'.");
                    break;
                case "--connection":
                    connection = Value();
                    break;
                case "--actors":
                    actors = Count(1);
                    break;
                case "--movies":
                    movies = Count(1);
                    break;
                case "--roles":
                    roles = Count(0);
                    break;
                case "--seed":
                    seed = Count(0);
                    break;
                case "--appointments":
                    appointments = Count(0);
                    break;
                case "--reset":
                    reset = true;
                    break;
                case "--pipeline-only":
                    pipelineOnly = true;
                    break;
                case "--agencies":
                    agencies = Count(0);
                    break;
                case "--submissions":
                    submissions = Count(0);
                    break;
                default:
                    throw new ArgumentException($"unknown argument '{name}'.");
            }
        }

        if (provider is null || string.IsNullOrWhiteSpace(connection))
        {
            throw new ArgumentException("--provider and --connection are required.");
        }

        if (submissions > 0 && agencies == 0)
        {
            throw new ArgumentException("--submissions needs --agencies (submissions come from agencies' rosters).");
        }

        if (pipelineOnly && agencies > 0)
        {
            throw new ArgumentException("--agencies cannot be combined with --pipeline-only (it changes actors and roles).");
        }

        return new GeneratorOptions(
            provider.Value, connection, actors, movies, roles, seed, reset, appointments, pipelineOnly, agencies, submissions);
    }
}
