using CastingAgency.Domain.Entities;
using CastingAgency.Infrastructure.Persistence.Visibility;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.Infrastructure.Persistence;

/// <summary>
/// The one model of the API. Each provider has a derived context (<see cref="SqliteCastingAgencyDbContext"/>,
/// <see cref="PostgresCastingAgencyDbContext"/>, <see cref="SqlServerCastingAgencyDbContext"/>) that owns its
/// own migrations, as EF Core's "Migrations with Multiple Providers" describes. The row counts are kept by the
/// database's triggers (ADR-011), not here.
/// </summary>
public abstract class CastingAgencyDbContext : DbContext
{
    protected CastingAgencyDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Movie> Movies => Set<Movie>();

    public DbSet<Actor> Actors => Set<Actor>();

    public DbSet<Role> Roles => Set<Role>();

    public DbSet<ShortlistEntry> ShortlistEntries => Set<ShortlistEntry>();

    public DbSet<Appointment> Appointments => Set<Appointment>();

    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();

    /// <summary>
    /// The caller whose view of the productions every query applies (<see cref="ProductionVisibility"/>). Set for
    /// each request when the context is resolved; a pooled context starts every lease with <see cref="ProductionVisibility.Caller.Nobody"/>.
    /// </summary>
    public ProductionVisibility.Caller Caller { get; set; } = ProductionVisibility.Caller.Nobody;

    internal string? CallerSubject => Caller.Subject;

    internal bool CallerSeesEveryProduction => Caller.SeesEveryProduction;
    public DbSet<Submission> Submissions => Set<Submission>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CastingAgencyDbContext).Assembly);
        ProductionVisibility.Apply(modelBuilder, this);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}

/// <summary>SQLite: the embedded default for development and the default test database.</summary>
public sealed class SqliteCastingAgencyDbContext(DbContextOptions<SqliteCastingAgencyDbContext> options)
    : CastingAgencyDbContext(options);

/// <summary>PostgreSQL.</summary>
public sealed class PostgresCastingAgencyDbContext(DbContextOptions<PostgresCastingAgencyDbContext> options)
    : CastingAgencyDbContext(options);

/// <summary>SQL Server: production.</summary>
public sealed class SqlServerCastingAgencyDbContext(DbContextOptions<SqlServerCastingAgencyDbContext> options)
    : CastingAgencyDbContext(options);
