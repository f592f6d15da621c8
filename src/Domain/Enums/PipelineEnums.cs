using CastingAgency.Domain.Common;

namespace CastingAgency.Domain.Enums;

/// <summary>Where an actor stands in the casting of one role (docs/api.md §9).</summary>
public enum ShortlistStatus
{
    [WireName("shortlisted")] Shortlisted = 1,
    [WireName("callback")] Callback = 2,
    [WireName("offered")] Offered = 3,
    [WireName("cast")] Cast = 4,
    [WireName("declined")] Declined = 5,
    [WireName("released")] Released = 6,
}

/// <summary>What an appointment is for.</summary>
public enum AppointmentKind
{
    [WireName("audition")] Audition = 1,
    [WireName("callback")] Callback = 2,
}

/// <summary>The state of an appointment (docs/api.md §9).</summary>
public enum AppointmentStatus
{
    [WireName("scheduled")] Scheduled = 1,
    [WireName("confirmed")] Confirmed = 2,
    [WireName("declined")] Declined = 3,
    [WireName("completed")] Completed = 4,
    [WireName("no_show")] NoShow = 5,
    [WireName("canceled")] Canceled = 6,
}

/// <summary>Where an agency's submission stands (contract §13): <c>selected</c> and <c>rejected</c> are final.</summary>
public enum SubmissionStatus
{
    [WireName("submitted")] Submitted = 1,
    [WireName("selected")] Selected = 2,
    [WireName("rejected")] Rejected = 3,
}
