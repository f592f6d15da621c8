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

    /// <summary>The candidates endpoint needs both of these.</summary>
    public const string GetRolesAndActors = "get:roles+get:actors";

    public static readonly IReadOnlyList<string> All =
    [
        GetMovies, PostMovies, PatchMovies, DeleteMovies,
        GetActors, PostActors, PatchActors, DeleteActors,
        GetRoles, PostRoles, PatchRoles, DeleteRoles,
        GetAuditions, PostAuditions, PatchAuditions, DeleteAuditions,
        ManageTeams, ReadConfidential, GetContacts, ReadAudit,
    ];
}
