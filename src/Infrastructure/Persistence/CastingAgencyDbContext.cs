using CastingAgency.Domain.Entities;
using CastingAgency.Infrastructure.Persistence.Counting;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.Infrastructure.Persistence;

/// <summary>
/// The one model of the API. Each provider has a derived context (<see cref="SqliteCastingAgencyDbContext"/>,
/// <see cref="PostgresCastingAgencyDbContext"/>, <see cref="SqlServerCastingAgencyDbContext"/>) that owns its
/// own migrations, as EF Core's "Migrations with Multiple Providers" describes.
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

    /// <summary>
    /// Every write goes through here. When it adds or deletes counted rows, the row counts change in the same
    /// transaction (ADR-011): the caller's, or one opened here around SaveChanges, and the whole unit is retried
    /// by the execution strategy on a transient fault.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        if (!ChangesCounts())
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        if (Database.CurrentTransaction is not null)
        {
            await RowCounts.ApplyAsync(this, RowCounts.TrackedDeltas(this), cancellationToken);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var written = await Database.CreateExecutionStrategy().ExecuteAsync(
            async ct =>
            {
                await using var transaction = await Database.BeginTransactionAsync(ct);
                await RowCounts.ApplyAsync(this, RowCounts.TrackedDeltas(this), ct);
                var rows = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, ct);
                await transaction.CommitAsync(ct);
                return rows;
            },
            cancellationToken);
        if (acceptAllChangesOnSuccess)
        {
            ChangeTracker.AcceptAllChanges();
        }

        return written;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CastingAgencyDbContext).Assembly);
    }

    private bool ChangesCounts() => RowCounts.Changes(this);

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
