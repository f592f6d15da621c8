namespace CastingAgency.Application.Common.Exceptions;

/// <summary>The addressed resource does not exist (404).</summary>
public sealed class NotFoundException : Exception
{
    public NotFoundException(string resource, int id)
        : base($"{resource} {id} does not exist")
    {
    }

    /// <summary>A resource addressed by something other than its id (a team member by <c>sub</c>).</summary>
    public NotFoundException(string message)
        : base(message)
    {
    }
}
