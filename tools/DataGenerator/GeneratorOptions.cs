using CastingAgency.Infrastructure.Persistence;

namespace CastingAgency.Tools.DataGenerator;

/// <summary>The command line of the dataset generator.</summary>
public sealed record GeneratorOptions(
    DatabaseProvider Provider, string Connection, int Actors, int Movies, int Roles, int Seed, bool Reset)
{
    public const string Usage =
        "usage: DataGenerator --provider Postgres|Sqlite --connection \"<connection string>\" " +
        "[--actors 100000] [--movies 10000] [--roles 50000] [--seed 42] [--reset]";

    public static GeneratorOptions Parse(IReadOnlyList<string> args)
    {
        DatabaseProvider? provider = null;
        string? connection = null;
        int actors = 100_000, movies = 10_000, roles = 50_000, seed = 42;
        var reset = false;

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
                case "--reset":
                    reset = true;
                    break;
                default:
                    throw new ArgumentException($"unknown argument '{name}'.");
            }
        }

        if (provider is null || string.IsNullOrWhiteSpace(connection))
        {
            throw new ArgumentException("--provider and --connection are required.");
        }

        return new GeneratorOptions(provider.Value, connection, actors, movies, roles, seed, reset);
    }
}
