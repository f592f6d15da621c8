using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;

namespace CastingAgency.Application.Common.Behaviours;

/// <summary>Logs each use case's name and duration at debug level, and slow ones as warnings. No payloads.</summary>
public sealed class LoggingBehaviour<TRequest, TResponse>(ILogger<LoggingBehaviour<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    private const long SlowMilliseconds = 500;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var start = Stopwatch.GetTimestamp();
        var response = await next();
        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        if (elapsed > SlowMilliseconds)
        {
            logger.LogWarning("Slow use case {UseCase} took {ElapsedMs:0} ms", typeof(TRequest).Name, elapsed);
        }
        else if (logger.IsEnabled(LogLevel.Debug))
        {
            logger.LogDebug("Use case {UseCase} took {ElapsedMs:0.0} ms", typeof(TRequest).Name, elapsed);
        }

        return response;
    }
}
