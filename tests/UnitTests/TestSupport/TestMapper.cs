using AutoMapper;
using Microsoft.Extensions.Logging.Abstractions;

namespace CastingAgency.UnitTests.TestSupport;

/// <summary>The real AutoMapper configuration of the Application assembly.</summary>
public static class TestMapper
{
    public static readonly MapperConfiguration Configuration = new(
        cfg => cfg.AddMaps(typeof(CastingAgency.Application.DependencyInjection).Assembly),
        NullLoggerFactory.Instance);

    public static IMapper Create() => Configuration.CreateMapper();
}
