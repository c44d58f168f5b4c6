using Microsoft.Extensions.Options;

namespace RouteGraph.Api.Graph;

/// <summary>
/// Loads the graph at start, retrying with exponential backoff until it succeeds, then (when
/// <c>RouteGraph:PollInterval</c> is set) asks the source for a new version at that interval.
/// </summary>
public sealed partial class GraphRefreshService(
    GraphReloader reloader,
    IOptions<RouteGraphOptions> options,
    TimeProvider clock,
    ILogger<GraphRefreshService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // let the host finish starting; loading runs in the background
        var delay = TimeSpan.FromSeconds(1);
        while (!await reloader.ReloadAsync(stoppingToken))
        {
            LogRetry(delay.TotalSeconds);
            await Task.Delay(delay, clock, stoppingToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.Value.RetryMaxDelay.Ticks));
        }

        if (options.Value.PollInterval is not { } interval || interval <= TimeSpan.Zero)
            return;

        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
            await reloader.RefreshIfChangedAsync(stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "No graph to serve yet; trying again in {DelaySeconds} s")]
    partial void LogRetry(double delaySeconds);
}
