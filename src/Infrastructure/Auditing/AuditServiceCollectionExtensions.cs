using System.Reflection;
using CastingAgency.Application.Audit.Queries;
using CastingAgency.Infrastructure.Queries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CastingAgency.Infrastructure.Auditing;

public static class AuditServiceCollectionExtensions
{
    /// <summary>The audit trail (written by the unit of work), its reads and its retention service.</summary>
    public static IServiceCollection AddAuditTrail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AuditOptions>(configuration.GetSection(AuditOptions.SectionName));
        services.AddScoped<AuditTrail>();
        services.AddScoped<IAuditQueries, AuditQueries>();
        services.AddSingleton<AuditRetentionService>();
        // The build-time OpenAPI generator (GetDocument.Insider) starts the host only to read its endpoints: no clean-up there.
        if (Assembly.GetEntryAssembly()?.GetName().Name != "GetDocument.Insider")
        {
            services.AddHostedService(provider => provider.GetRequiredService<AuditRetentionService>());
        }

        return services;
    }
}
