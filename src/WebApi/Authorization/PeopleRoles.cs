namespace CastingAgency.WebApi.Authorization;

/// <summary>The roles of people that an identity provider assigns, and their permissions (docs/api.md §2).</summary>
public static class PeopleRoles
{
    public const string CastingAssistant = "casting_assistant";
    public const string CastingDirector = "casting_director";
    public const string ExecutiveProducer = "executive_producer";
    public const string TalentAgent = "talent_agent";

    private static readonly string[] AssistantPermissions =
    [
        Permissions.GetMovies, Permissions.GetActors, Permissions.GetRoles,
        Permissions.GetAuditions, Permissions.PostAuditions, Permissions.PatchAuditions,
    ];

    private static readonly string[] DirectorPermissions =
    [
        .. AssistantPermissions,
        Permissions.PostActors, Permissions.PatchActors, Permissions.DeleteActors, Permissions.PatchMovies,
        Permissions.PostRoles, Permissions.PatchRoles, Permissions.DeleteRoles, Permissions.DeleteAuditions,
        Permissions.GetContacts,
    ];

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> PermissionsByRole =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            [CastingAssistant] = AssistantPermissions,
            [CastingDirector] = DirectorPermissions,
            [ExecutiveProducer] = Permissions.Staff,
            [TalentAgent] = Permissions.Agency,
        };
}
