using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CastingAgency.Infrastructure.Persistence.DesignTime;

/// <summary>
/// Lets <c>dotnet ef</c> build <see cref="SqliteCastingAgencyDbContext"/> without the web host.
/// The connection string is a placeholder: <c>migrations add</c> never opens it, and
/// <c>database update</c> takes the real one from <c>--connection</c>.
/// </summary>
public sealed class SqliteDesignTimeDbContextFactory : IDesignTimeDbContextFactory<SqliteCastingAgencyDbContext>
{
    public const string PlaceholderConnectionString = "Data Source=design-time.db";

    public SqliteCastingAgencyDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteCastingAgencyDbContext>()
            .UseSqlite(
                PlaceholderConnectionString,
                sql => sql.MigrationsAssembly(typeof(DependencyInjection).Assembly.FullName))
            .Options;
        return new SqliteCastingAgencyDbContext(options);
    }
}
