using System.Diagnostics.Metrics;

namespace CastingAgency.WebApi.Telemetry;

/// <summary>
/// The API's own counters (meter <see cref="MeterName"/>), beside the framework's <c>http.server.request.duration</c>:
/// what an operator alerts on that status codes alone do not say. Labels are bounded: a resource is a route's first
/// segment, a cause one of a few words; never an id, a path or a caller. Casts are counted by
/// <c>CastMetricsInterceptor</c> in Infrastructure, where a role's actor is saved.
/// </summary>
public sealed class ApiMetrics : IDisposable
{
    public const string MeterName = "CastingAgency.Api";

    private readonly Meter _meter;
    private readonly Counter<long> _conflicts;
    private readonly Counter<long> _unavailable;
    private readonly Counter<long> _replays;
    private readonly Counter<long> _bookings;

    public ApiMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _conflicts = _meter.CreateCounter<long>("casting_agency.conflicts", "{response}", "409 and 412 answers: lost races and stale versions, by resource");
        _unavailable = _meter.CreateCounter<long>("casting_agency.unavailable", "{response}", "503 answers, by cause");
        _replays = _meter.CreateCounter<long>("casting_agency.idempotent_replays", "{response}", "POSTs answered from a stored Idempotency-Key response");
        _bookings = _meter.CreateCounter<long>("casting_agency.bookings", "{appointment}", "Appointments booked");
    }

    public void Conflict(string resource, int status) =>
        _conflicts.Add(1, new KeyValuePair<string, object?>("resource", resource), new KeyValuePair<string, object?>("http.response.status_code", status));

    public void Unavailable(string cause) => _unavailable.Add(1, new KeyValuePair<string, object?>("cause", cause));

    public void Replayed() => _replays.Add(1);

    public void Booked() => _bookings.Add(1);

    public void Dispose() => _meter.Dispose();
}
