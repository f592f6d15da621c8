namespace CastingAgency.Application.Common.Exceptions;

/// <summary>The addressed resource does not exist (404).</summary>
public sealed class NotFoundException(string resource, int id) : Exception($"{resource} {id} does not exist");
