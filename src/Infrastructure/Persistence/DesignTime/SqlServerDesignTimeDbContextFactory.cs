using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CastingAgency.Infrastructure.Persistence.DesignTime;

/// <summary>
/// Lets <c>dotnet ef</c> build <see cref="SqlServerCastingAgencyDbContext"/> without the web host.
/// The connection string is a placeholder: <c>migrations add</c> never opens it, and
/// <c>database update</c> takes the real one from <c>--connection</c>.
/// </summary>
public sealed class SqlServerDesignTimeDbContextFactory : IDesignTimeDbContextFactory<SqlServerCastingAgencyDbContext>
{
    public const string PlaceholderConnectionString =
        "Server=localhost;Database=CastingAgency;Trusted_Connection=True;TrustServerCertificate=True";

    public SqlServerCastingAgencyDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqlServerCastingAgencyDbContext>()
            .UseSqlServer(
                PlaceholderConnectionString,
                sql => sql.MigrationsAssembly(typeof(DependencyInjection).Assembly.FullName))
            .Options;
        return new SqlServerCastingAgencyDbContext(options);
    }
}
