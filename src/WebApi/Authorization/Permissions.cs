namespace CastingAgency.WebApi.Authorization;

/// <summary>The exact permission claim values (docs/api.md §2); each is also the name of its policy.</summary>
public static class Permissions
{
    public const string GetMovies = "get:movies";
    public const string PostMovies = "post:movies";
    public const string PatchMovies = "patch:movies";
    public const string DeleteMovies = "delete:movies";
    public const string GetActors = "get:actors";
    public const string PostActors = "post:actors";
    public const string PatchActors = "patch:actors";
    public const string DeleteActors = "delete:actors";
    public const string GetRoles = "get:roles";
    public const string PostRoles = "post:roles";
    public const string PatchRoles = "patch:roles";
    public const string DeleteRoles = "delete:roles";
    public const string GetAuditions = "get:auditions";
    public const string PostAuditions = "post:auditions";
    public const string PatchAuditions = "patch:auditions";
    public const string DeleteAuditions = "delete:auditions";
    public const string ManageTeams = "manage:teams";
    public const string ReadConfidential = "read:confidential";
    public const string GetContacts = "get:contacts";
    public const string ReadAudit = "read:audit";
    public const string GetBreakdowns = "get:breakdowns";
    public const string PostSubmissions = "post:submissions";
    public const string ManageRoster = "manage:roster";

    /// <summary>The candidates endpoint needs both of these.</summary>
    public const string GetRolesAndActors = "get:roles+get:actors";

    /// <summary>
    /// <c>GET /submissions/{id}</c> takes either: the casting team's <c>get:auditions</c>, or an agency's
    /// <c>post:submissions</c> (with its <c>org_id</c>, and then only its own submissions).
    /// </summary>
    public const string GetAuditionsOrPostSubmissions = "get:auditions|post:submissions";

    /// <summary>The casting office's permissions: the executive producer holds every one of them.</summary>
    public static readonly IReadOnlyList<string> Staff =
    [
        GetMovies, PostMovies, PatchMovies, DeleteMovies,
        GetActors, PostActors, PatchActors, DeleteActors,
        GetRoles, PostRoles, PatchRoles, DeleteRoles,
        GetAuditions, PostAuditions, PatchAuditions, DeleteAuditions,
        ManageTeams, ReadConfidential, GetContacts, ReadAudit,
    ];

    /// <summary>
    /// The talent agency's permissions (contract §13). Each also needs the token's <c>org_id</c> claim
    /// (<see cref="Agency"/>): a token without one is refused with 403 whatever it holds.
    /// </summary>
    public static readonly IReadOnlyList<string> Agency = [GetBreakdowns, PostSubmissions, ManageRoster];

    /// <summary>Every permission the API knows, each the name of its policy.</summary>
    public static readonly IReadOnlyList<string> All = [.. Staff, .. Agency];
}
