using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CastingAgency.Infrastructure.Persistence.DesignTime;

/// <summary>
/// Lets <c>dotnet ef</c> build <see cref="PostgresCastingAgencyDbContext"/> without the web host.
/// The connection string is a placeholder: <c>migrations add</c> never opens it, and
/// <c>database update</c> takes the real one from <c>--connection</c>.
/// </summary>
public sealed class PostgresDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgresCastingAgencyDbContext>
{
    public const string PlaceholderConnectionString = "Host=localhost;Database=casting_agency;Username=postgres";

    public PostgresCastingAgencyDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresCastingAgencyDbContext>()
            .UseNpgsql(
                PlaceholderConnectionString,
                sql => sql.MigrationsAssembly(typeof(DependencyInjection).Assembly.FullName))
            .Options;
        return new PostgresCastingAgencyDbContext(options);
    }
}
