using Microsoft.AspNetCore.Connections;

namespace CastingAgency.WebApi.Infrastructure;

/// <summary>
/// Tells a client that went away from a server fault. Decided by what failed (the client's own connection: a reset
/// or aborted connection, or any read or cancellation once the request was aborted), never by the message text, so a
/// client resetting its upload is never reported as an outage of the database or as a bug.
/// </summary>
public static class ClientAborts
{
    public static bool IsClientAbort(HttpContext context, Exception exception)
    {
        if (exception is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
        {
            return true;
        }

        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is ConnectionResetException or ConnectionAbortedException)
            {
                return true;
            }
        }

        return false;
    }
}
