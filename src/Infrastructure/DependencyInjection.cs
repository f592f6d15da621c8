using CastingAgency.Application.Actors.Queries;
using CastingAgency.Application.Appointments.Queries;
using CastingAgency.Application.Breakdowns.Queries;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Movies.Queries;
using CastingAgency.Application.Roles.Queries;
using CastingAgency.Application.Shortlist.Queries;
using CastingAgency.Application.Teams.Queries;
using CastingAgency.Application.Submissions.Queries;
using CastingAgency.Infrastructure.Auditing;
using CastingAgency.Infrastructure.Cursors;
using CastingAgency.Infrastructure.Idempotency;
using CastingAgency.Infrastructure.Persistence;
using CastingAgency.Infrastructure.Persistence.Counting;
using CastingAgency.Infrastructure.Persistence.Interceptors;
using CastingAgency.Infrastructure.Persistence.Repositories;
using CastingAgency.Infrastructure.Persistence.Seeding;
using CastingAgency.Infrastructure.Persistence.Visibility;
using CastingAgency.Infrastructure.Queries;
using CastingAgency.Infrastructure.Queries.Lists;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CastingAgency.Infrastructure;

public static class DependencyInjection
{
    public const string ConnectionStringName = "CastingAgency";
    public const string DefaultSqliteConnectionString = "Data Source=casting-agency.db";

    /// <summary>
    /// Registers the provider chosen by <c>Database:Provider</c> (its own derived DbContext and migrations),
    /// exposed to the rest of the app as <see cref="CastingAgencyDbContext"/>, plus repositories,
    /// the unit of work and the database initialiser.
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.SectionName));
        var connectionString = configuration.GetConnectionString(ConnectionStringName);

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IInterceptor, TimestampInterceptor>();
        services.AddSingleton<IInterceptor, WriteCommandInterceptor>();
        services.AddMetrics();
        services.AddSingleton<IInterceptor, CastMetricsInterceptor>();
        var migrationsAssembly = typeof(DependencyInjection).Assembly.FullName;
        var commandTimeout = Math.Max(1, options.CommandTimeoutSeconds);
        // Last, so that it runs each command after the others have seen it.
        services.AddSingleton<IInterceptor, CommandDeadlineInterceptor>();
        var connectTimeout = Math.Max(1, options.ConnectTimeoutSeconds);
        string effectiveConnectionString;

        // Every provider: the same command timeout (on SQLite it is also how long a write waits for another
        // writer's lock) and the same execution strategy, so a fault is answered the same way on all three.
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                effectiveConnectionString = SqliteWithDefaults(
                    string.IsNullOrWhiteSpace(connectionString) ? DefaultSqliteConnectionString : connectionString, commandTimeout);
                AddContext<SqliteCastingAgencyDbContext>(services, o => o.UseSqlite(effectiveConnectionString, sql => sql
                    .MigrationsAssembly(migrationsAssembly)
                    .CommandTimeout(commandTimeout)
                    .ExecutionStrategy(d => new TransientFaultExecutionStrategy(d))));
                break;
            case DatabaseProvider.Postgres:
                effectiveConnectionString = PostgresConnectionString.WithDefaults(Required(connectionString, options.Provider), connectTimeout);
                AddContext<PostgresCastingAgencyDbContext>(services, o => o.UseNpgsql(effectiveConnectionString, sql => sql
                    // The pool's name in metrics (db.client.connection.pool.name): not the connection string.
                    .ConfigureDataSource(dataSource => dataSource.Name = "casting-agency")
                    .MigrationsAssembly(migrationsAssembly)
                    .CommandTimeout(commandTimeout)
                    .ExecutionStrategy(d => new TransientFaultExecutionStrategy(d))));
                break;
            case DatabaseProvider.SqlServer:
                effectiveConnectionString = SqlServerWithDefaults(Required(connectionString, options.Provider), connectTimeout);
                AddContext<SqlServerCastingAgencyDbContext>(services, o => o.UseSqlServer(effectiveConnectionString, sql => sql
                    .MigrationsAssembly(migrationsAssembly)
                    .CommandTimeout(commandTimeout)
                    .ExecutionStrategy(d => new TransientFaultExecutionStrategy(d))));
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{options.Provider}' is not one of Sqlite, Postgres, SqlServer.");
        }

        services.AddSingleton(new DatabaseProbe(options.Provider, effectiveConnectionString));
        services.AddScoped<IMovieRepository, MovieRepository>();
        services.AddScoped<IActorRepository, ActorRepository>();
        services.AddScoped<IRoleRepository, RoleRepository>();
        services.AddScoped<IShortlistRepository, ShortlistRepository>();
        services.AddScoped<IAppointmentRepository, AppointmentRepository>();
        services.AddScoped<ITeamRepository, TeamRepository>();
        services.AddScoped<ISubmissionRepository, SubmissionRepository>();
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<IRowCounts, RowCounts>();
        services.AddSingleton<CursorProtector>();
        services.AddSingleton<IQueryRunner, QueryRunner>();
        services.AddScoped<ListReader>();
        services.AddScoped<IActorQueries, ActorQueries>();
        services.AddScoped<IMovieQueries, MovieQueries>();
        services.AddScoped<IRoleQueries, RoleQueries>();
        services.AddScoped<IShortlistQueries, ShortlistQueries>();
        services.AddScoped<IAppointmentQueries, AppointmentQueries>();
        services.AddScoped<ITeamQueries, TeamQueries>();
        services.AddScoped<IBreakdownQueries, BreakdownQueries>();
        services.AddScoped<ISubmissionQueries, SubmissionQueries>();
        services.AddSingleton<ProjectionQueries>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoDataSeeder>();
        services.AddIdempotencyStore(configuration);
        services.AddAuditTrail(configuration);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return services;
    }

    private static void AddContext<TContext>(IServiceCollection services, Action<DbContextOptionsBuilder> configure)
        where TContext : CastingAgencyDbContext
    {
        services.AddDbContextPool<TContext>((provider, builder) =>
        {
            configure(builder);
            // A failed command is logged once, by whoever handles it: a lost race as one line without SQL, an outage
            // as a 503 warning, a bug as a 500 error (the exception handler). EF's own error events would log the
            // SQL text of every refused command, a handled unique-key race included.
            builder.ConfigureWarnings(w => w.Log(
                (RelationalEventId.CommandError, LogLevel.Debug),
                (RelationalEventId.ConnectionError, LogLevel.Debug),
                (RelationalEventId.TransactionError, LogLevel.Debug),
                (CoreEventId.SaveChangesFailed, LogLevel.Debug),
                (CoreEventId.QueryIterationFailed, LogLevel.Debug),
                (CoreEventId.OptimisticConcurrencyException, LogLevel.Debug),
                // One line per retried operation instead (TransientFaultExecutionStrategy); this event carries the
                // whole exception, once per retry of every request during an outage.
                (CoreEventId.ExecutionStrategyRetrying, LogLevel.Debug)));
            // The timestamp interceptor and any other registered in DI (e.g. a test's SQL command counter).
            builder.AddInterceptors(provider.GetServices<IInterceptor>());
        });
        // Every resolution sets the caller (a pooled context keeps its properties between leases): the request's
        // user, or nobody outside a request (ProductionVisibility).
        services.AddScoped<CastingAgencyDbContext>(provider =>
        {
            var context = provider.GetRequiredService<TContext>();
            context.Caller = provider.GetService<ICurrentUser>() is { } user
                ? ProductionVisibility.Caller.Of(user)
                : ProductionVisibility.Caller.Nobody;
            return context;
        });
    }

    // The transaction's BEGIN waits for another writer's lock for the connection's Default Timeout (30 s unless set),
    // not the command timeout: both get the same bound.
    private static string SqliteWithDefaults(string connectionString, int commandTimeoutSeconds)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        var raw = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!raw.Keys.Cast<string>().Any(key => key.Trim().ToUpperInvariant() is "DEFAULT TIMEOUT" or "DEFAULTTIMEOUT" or "COMMAND TIMEOUT" or "COMMANDTIMEOUT"))
        {
            builder.DefaultTimeout = commandTimeoutSeconds;
        }

        return builder.ConnectionString;
    }

    private static string SqlServerWithDefaults(string connectionString, int connectTimeoutSeconds)
    {
        var builder = new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(connectionString);
        var raw = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!raw.Keys.Cast<string>().Any(key => key.Trim().ToUpperInvariant() is "CONNECT TIMEOUT" or "CONNECTION TIMEOUT" or "TIMEOUT"))
        {
            builder.ConnectTimeout = connectTimeoutSeconds;
        }

        return builder.ConnectionString;
    }

    private static string Required(string? connectionString, DatabaseProvider provider) =>
        string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException(
                $"Database:Provider is {provider} but ConnectionStrings:{ConnectionStringName} is empty. Set it (or the environment variable ConnectionStrings__{ConnectionStringName}).")
            : connectionString;
}
