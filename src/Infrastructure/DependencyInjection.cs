using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Infrastructure.Idempotency;
using CastingAgency.Infrastructure.Persistence;
using CastingAgency.Infrastructure.Persistence.Interceptors;
using CastingAgency.Infrastructure.Persistence.Repositories;
using CastingAgency.Infrastructure.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

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
        services.AddSingleton<IInterceptor, AuditInterceptor>();
        var migrationsAssembly = typeof(DependencyInjection).Assembly.FullName;

        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                AddContext<SqliteCastingAgencyDbContext>(services, o => o.UseSqlite(
                    string.IsNullOrWhiteSpace(connectionString) ? DefaultSqliteConnectionString : connectionString,
                    sql => sql.MigrationsAssembly(migrationsAssembly)));
                break;
            case DatabaseProvider.Postgres:
                AddContext<PostgresCastingAgencyDbContext>(services, o => o.UseNpgsql(
                    PostgresConnectionString.WithDefaults(Required(connectionString, options.Provider)),
                    sql => sql.MigrationsAssembly(migrationsAssembly)));
                break;
            case DatabaseProvider.SqlServer:
                AddContext<SqlServerCastingAgencyDbContext>(services, o => o.UseSqlServer(
                    Required(connectionString, options.Provider),
                    sql => sql.MigrationsAssembly(migrationsAssembly).EnableRetryOnFailure()));
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{options.Provider}' is not one of Sqlite, Postgres, SqlServer.");
        }

        services.AddScoped<IMovieRepository, MovieRepository>();
        services.AddScoped<IActorRepository, ActorRepository>();
        services.AddScoped<IRoleRepository, RoleRepository>();
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddSingleton<IQueryRunner, QueryRunner>();
        services.AddSingleton<ProjectionQueries>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoDataSeeder>();
        services.AddIdempotencyStore(configuration);
        services.AddHealthChecks().AddDbContextCheck<CastingAgencyDbContext>("database", tags: ["ready"]);
        return services;
    }

    private static void AddContext<TContext>(IServiceCollection services, Action<DbContextOptionsBuilder> configure)
        where TContext : CastingAgencyDbContext
    {
        services.AddDbContextPool<TContext>((provider, builder) =>
        {
            configure(builder);
            // The audit interceptor and any other registered in DI (e.g. a test's SQL command counter).
            builder.AddInterceptors(provider.GetServices<IInterceptor>());
        });
        services.AddScoped<CastingAgencyDbContext>(provider => provider.GetRequiredService<TContext>());
    }

    private static string Required(string? connectionString, DatabaseProvider provider) =>
        string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException(
                $"Database:Provider is {provider} but ConnectionStrings:{ConnectionStringName} is empty. Set it (or the environment variable ConnectionStrings__{ConnectionStringName}).")
            : connectionString;
}
