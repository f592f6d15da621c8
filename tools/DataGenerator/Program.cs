using System.Diagnostics;
using CastingAgency.Domain.Entities;
using CastingAgency.Infrastructure;
using CastingAgency.Infrastructure.Persistence;
using CastingAgency.Tools.DataGenerator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

GeneratorOptions options;
try
{
    options = GeneratorOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(GeneratorOptions.Usage);
    return 2;
}

// The API's own composition: the provider's derived context and its migrations.
var configuration = new ConfigurationBuilder()
    .AddInMemoryCollection(new Dictionary<string, string?>
    {
        [$"{DatabaseOptions.SectionName}:Provider"] = options.Provider.ToString(),
        // COPY and the loader's own commands take the connection string's Command Timeout: 0 waits as long as it takes.
        [$"ConnectionStrings:{DependencyInjection.ConnectionStringName}"] = options.Provider == DatabaseProvider.Postgres
            ? new NpgsqlConnectionStringBuilder(options.Connection) { CommandTimeout = 0 }.ConnectionString
            : options.Connection,
        // A bulk load is bounded by its size, not a clock: a day's command timeout (the API's 4 s would end a 1M-row COPY,
        // and Npgsql's own 30 s default did: NpgsqlBinaryImporter.Complete timed out at 1,000,000 actors).
        [$"{DatabaseOptions.SectionName}:CommandTimeoutSeconds"] = "86400",
        [$"{DatabaseOptions.SectionName}:MigrationCommandTimeoutSeconds"] = "3600",
    })
    .Build();
var services = new ServiceCollection()
    .AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning)
        // The first migration probes a history table that does not exist yet: expected, not an error.
        .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None));
services.AddInfrastructure(configuration);
await using var provider = services.BuildServiceProvider();
await using var scope = provider.CreateAsyncScope();

var total = Stopwatch.StartNew();
await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
var context = scope.ServiceProvider.GetRequiredService<CastingAgencyDbContext>();
var model = context.Model;
var movies = TableMap.From(model, typeof(Movie), Dataset.MovieProperties);
var actors = TableMap.From(model, typeof(Actor), Dataset.ActorProperties);
var roles = TableMap.From(model, typeof(Role), Dataset.RoleProperties);
IReadOnlyList<TableMap> childrenFirst = [roles, actors, movies];

var connection = context.Database.GetDbConnection();
await connection.OpenAsync();
var loader = BulkLoader.For(options.Provider, connection);
if (options.Reset)
{
    await loader.ResetAsync(childrenFirst);
}
else if (!await loader.IsEmptyAsync(childrenFirst))
{
    Console.Error.WriteLine("The database already holds movies, actors or roles; pass --reset to replace them.");
    return 1;
}

var dataset = new Dataset(options);
var load = Stopwatch.StartNew();
await loader.BeginAsync();
var movieCount = await Timed("movies", () => loader.LoadAsync(movies, movies.Complete(dataset.Movies())));
var actorCount = await Timed("actors", () => loader.LoadAsync(actors, actors.Complete(dataset.Actors())));
var roleCount = await Timed("roles", () => loader.LoadAsync(roles, roles.Complete(dataset.Roles())));
var loaded = load.Elapsed;
var finish = Stopwatch.StartNew();
await loader.RecountAsync(childrenFirst);
await loader.FinishAsync(childrenFirst);
Console.WriteLine($"  sequences + (vacuum) analyze: {finish.Elapsed.TotalSeconds:F1} s");
Console.WriteLine(
    $"Loaded {movieCount:N0} movies, {actorCount:N0} actors, {roleCount:N0} roles ({dataset.CastRoles:N0} cast) into {options.Provider} " +
    $"(seed {options.Seed}) in {loaded.TotalSeconds:F1} s of inserts; {total.Elapsed.TotalSeconds:F1} s in all.");
return 0;

static async Task<int> Timed(string name, Func<Task<int>> load)
{
    var watch = Stopwatch.StartNew();
    var count = await load();
    Console.WriteLine($"  {name}: {count:N0} rows in {watch.Elapsed.TotalSeconds:F1} s ({count / Math.Max(watch.Elapsed.TotalSeconds, 0.001):N0} rows/s)");
    return count;
}
