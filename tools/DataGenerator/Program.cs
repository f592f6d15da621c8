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
var entries = TableMap.From(model, typeof(ShortlistEntry), PipelineDataset.EntryProperties);
var history = TableMap.From(model, typeof(ShortlistStatusChange), PipelineDataset.HistoryProperties);
var appointments = TableMap.From(model, typeof(Appointment), PipelineDataset.AppointmentProperties);
var submissions = TableMap.From(model, typeof(Submission), AgencyDataset.SubmissionProperties);
IReadOnlyList<TableMap> pipelineChildrenFirst = [appointments, history, entries];
IReadOnlyList<TableMap> childrenFirst = [submissions, .. pipelineChildrenFirst, roles, actors, movies];

var connection = context.Database.GetDbConnection();
await connection.OpenAsync();
var loader = BulkLoader.For(options.Provider, connection);
var load = Stopwatch.StartNew();
PipelineDataset pipeline;
if (options.PipelineOnly)
{
    // The movies, actors and roles stay; the pipeline is rebuilt over them (the facts it needs are read back).
    if (await loader.IsEmptyAsync([actors]) || await loader.IsEmptyAsync([roles]))
    {
        Console.Error.WriteLine("--pipeline-only needs actors and roles in the database.");
        return 1;
    }

    var actorFacts = await loader.ReadActorFactsAsync(actors);
    var roleFacts = await loader.ReadRoleFactsAsync(roles);
    var appointmentCount = options.Appointments ?? GeneratorOptions.DefaultAppointments(actorFacts.Count(a => a.Age > 0));
    pipeline = new PipelineDataset(actorFacts, roleFacts, appointmentCount, options.Seed, TruncatedNow());
    await loader.ResetAsync(pipelineChildrenFirst);
    await loader.BeginAsync();
    await LoadPipeline();
    var loadedPipeline = load.Elapsed;
    var finishPipeline = Stopwatch.StartNew();
    await loader.FinishAsync(pipelineChildrenFirst);
    Console.WriteLine($"  sequences + (vacuum) analyze: {finishPipeline.Elapsed.TotalSeconds:F1} s");
    Summary(loadedPipeline);
    return 0;
}

if (options.Reset)
{
    await loader.ResetAsync(childrenFirst);
}
else if (!await loader.IsEmptyAsync(childrenFirst))
{
    Console.Error.WriteLine("The database already holds movies, actors, roles, pipeline rows or submissions; pass --reset to replace them.");
    return 1;
}

var dataset = new Dataset(options);
await loader.BeginAsync();
var movieCount = await Timed("movies", () => loader.LoadAsync(movies, movies.Complete(dataset.Movies())));
var actorCount = await Timed("actors", () => loader.LoadAsync(actors, actors.Complete(dataset.Actors())));
var roleCount = await Timed("roles", () => loader.LoadAsync(roles, roles.Complete(dataset.Roles())));
pipeline = new PipelineDataset(
    dataset.ActorFacts(), dataset.RoleFacts(), options.Appointments ?? GeneratorOptions.DefaultAppointments(options.Actors), options.Seed, dataset.Now);
await LoadPipeline();
AgencyDataset? agencies = null;
if (options.Agencies > 0)
{
    agencies = new AgencyDataset(
        dataset.ActorFacts(), dataset.ActorAgencies(), dataset.RoleFacts(), dataset.PublishedAt(), options.Submissions, options.Seed, dataset.Now);
    await Timed("submissions", () => loader.LoadAsync(submissions, submissions.Complete(agencies.Submissions())));
}

var loaded = load.Elapsed;
var finish = Stopwatch.StartNew();
await loader.FinishAsync(childrenFirst);
Console.WriteLine($"  sequences + (vacuum) analyze: {finish.Elapsed.TotalSeconds:F1} s");
Console.WriteLine(
    $"Loaded {movieCount:N0} movies, {actorCount:N0} actors, {roleCount:N0} roles ({dataset.CastRoles:N0} cast) into {options.Provider} " +
    $"(seed {options.Seed}) in {loaded.TotalSeconds:F1} s of inserts; {total.Elapsed.TotalSeconds:F1} s in all.");
Summary(null);
if (agencies is not null)
{
    Console.WriteLine(
        $"Agencies: {options.Agencies:N0} (org_0001..), {agencies.RosterActors:N0} actors on their rosters, {agencies.PublishedRoles:N0} open " +
        $"breakdowns, {agencies.Count:N0} submissions ({agencies.Count - agencies.Rejected:N0} submitted, {agencies.Rejected:N0} rejected)" +
        (agencies.Count < options.Submissions ? $"; asked for {options.Submissions:N0}: the breakdowns and rosters hold fewer fitting pairs." : "."));
}

return 0;

async Task LoadPipeline()
{
    await Timed("shortlist entries", () => loader.LoadAsync(entries, entries.Complete(pipeline.Entries())));
    await Timed("shortlist history", () => loader.LoadAsync(history, history.Complete(pipeline.History())));
    await Timed("appointments", () => loader.LoadAsync(appointments, appointments.Complete(pipeline.Appointments())));
}

void Summary(TimeSpan? loadedIn)
{
    static string Counts<T>(IReadOnlyDictionary<T, int> counts)
        where T : struct, Enum =>
        string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{CastingAgency.Domain.Common.WireNames<T>.ToWire(c.Key)} {c.Value:N0}"));

    var (from, to) = pipeline.Window;
    Console.WriteLine(
        $"Pipeline: {pipeline.EntryCount:N0} shortlist entries ({Counts(pipeline.EntriesByStatus)}), {pipeline.HistoryCount:N0} history rows, " +
        $"{pipeline.AppointmentCount:N0} appointments ({Counts(pipeline.AppointmentsByStatus)}) from {from:yyyy-MM-dd} to {to:yyyy-MM-dd}" +
        (loadedIn is { } t ? $"; {t.TotalSeconds:F1} s of inserts, {total.Elapsed.TotalSeconds:F1} s in all." : "."));
}

static DateTime TruncatedNow()
{
    var now = DateTime.UtcNow;
    return new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
}

static async Task<int> Timed(string name, Func<Task<int>> load)
{
    var watch = Stopwatch.StartNew();
    var count = await load();
    Console.WriteLine($"  {name}: {count:N0} rows in {watch.Elapsed.TotalSeconds:F1} s ({count / Math.Max(watch.Elapsed.TotalSeconds, 0.001):N0} rows/s)");
    return count;
}
