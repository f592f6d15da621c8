using CastingAgency.Application.Common.Validation;

namespace CastingAgency.UnitTests;

/// <summary>The unit tests build validators without the container, so they install the convention AddApplication installs.</summary>
[SetUpFixture]
public sealed class ValidationConventionsSetUp
{
    [OneTimeSetUp]
    public void Install() => ValidationConventions.Install();
}
