namespace CastingAgency.UnitTests.WebApi;

/// <summary>A clock that moves only when the test says so: time-based rules are tested without waiting.</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public void Advance(TimeSpan by) => _now += by;

    public override DateTimeOffset GetUtcNow() => _now;
}
