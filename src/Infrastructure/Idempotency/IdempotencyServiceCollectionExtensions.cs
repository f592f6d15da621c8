using System.Reflection;
using CastingAgency.Application.Common.Interfaces;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CastingAgency.Infrastructure.Idempotency;

public static class IdempotencyServiceCollectionExtensions
{
    /// <summary>The <c>Idempotency-Key</c> store (scoped, on the request's context) and its clean-up service.</summary>
    public static IServiceCollection AddIdempotencyStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<IdempotencyOptions>(configuration.GetSection(IdempotencyOptions.SectionName));
        services.AddScoped<IIdempotencyStore, IdempotencyStore>();
        services.AddSingleton<IdempotencyCleanupService>();
        // The build-time OpenAPI generator (GetDocument.Insider) starts the host only to read its endpoints: no clean-up there.
        if (Assembly.GetEntryAssembly()?.GetName().Name != "GetDocument.Insider")
        {
            services.AddHostedService(provider => provider.GetRequiredService<IdempotencyCleanupService>());
        }

        return services;
    }
}
