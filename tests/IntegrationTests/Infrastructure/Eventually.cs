using System.Diagnostics;

namespace CastingAgency.IntegrationTests.Infrastructure;

/// <summary>Waits for a condition by polling it, with a generous bound: no fixed sleeps, so a busy machine only waits longer.</summary>
public static class Eventually
{
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<string> describe)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > timeout)
            {
                Assert.Fail($"not within {timeout.TotalSeconds:0} s: {describe()}");
            }

            await Task.Delay(100);
        }
    }

    public static Task UntilAsync(Func<bool> condition, TimeSpan timeout, Func<string> describe) =>
        UntilAsync(() => Task.FromResult(condition()), timeout, describe);
}
