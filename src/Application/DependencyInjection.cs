using CastingAgency.Application.Actors;
using CastingAgency.Application.Common.Behaviours;
using CastingAgency.Application.Common.Validation;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace CastingAgency.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Registers MediatR 5.1 by hand (it has no AddMediatR of its own here): the mediator, its service
    /// factory, every handler by assembly scanning, then the behaviours in a fixed order —
    /// logging outermost, then who sees contact details (ADR-017), validation next to the handler. Validators and AutoMapper profiles are scanned too;
    /// the global validation convention (snake_case field names) is installed here, once.
    /// </summary>
    /// <param name="services">The container.</param>
    /// <param name="autoMapperLicenseKey">AutoMapper's licence key from configuration; never committed.</param>
    public static IServiceCollection AddApplication(this IServiceCollection services, string? autoMapperLicenseKey)
    {
        var assembly = typeof(DependencyInjection).Assembly;

        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.Scan(scan => scan
            .FromAssemblies(assembly)
            .AddClasses(classes => classes.AssignableTo(typeof(IRequestHandler<,>)))
            .AsImplementedInterfaces()
            .WithScopedLifetime());

        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ContactDetailsBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));

        ValidationConventions.Install();
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddAutoMapper(cfg => cfg.LicenseKey = autoMapperLicenseKey, assembly);
        return services;
    }
}
