namespace CastingAgency.Infrastructure.Cursors;

/// <summary>
/// Makes list cursors opaque and tamper-evident (ADR-011): the payload is signed with a key every instance
/// shares, so a cursor made by one instance is accepted by all and an altered one by none.
/// </summary>
public interface ICursorProtector
{
    string Protect(ReadOnlySpan<byte> payload);

    /// <summary>The payload, or null when the cursor is malformed or its signature does not match.</summary>
    byte[]? Unprotect(string cursor);
}
