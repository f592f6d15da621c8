namespace CastingAgency.Application.Common.Exceptions;

/// <summary>The caller's token lacks a permission this particular write needs (403).</summary>
public sealed class ForbiddenException(string message) : Exception(message);
