using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace RouteGraph.Neo4j.QueryApi;

/// <summary>
/// The resilience pipeline of the Query API HttpClient (Microsoft.Extensions.Http.Resilience):
/// exponential retries with jitter for transient failures, then a per-attempt timeout. Requests
/// marked <see cref="Neo4jQueryApiClient.NoRetry"/> (statements inside explicit transactions, commit,
/// rollback) are never retried: a lost answer does not say whether the server applied them.
/// </summary>
static class QueryApiResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, Neo4jOptions options, ILogger logger)
    {
        if (options.MaxRetries > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ShouldRetry(args.Context, args.Outcome),
                OnRetry = args =>
                {
                    var why = args.Outcome.Exception?.Message ?? $"HTTP {(int?)args.Outcome.Result?.StatusCode}";
                    logger.LogDebug("Neo4j {Endpoint}: transient failure ({Reason}); retry {Attempt} of {Max} in {Delay:0} ms",
                        options.Endpoint, why, args.AttemptNumber + 1, options.MaxRetries, args.RetryDelay.TotalMilliseconds);
                    return ValueTask.CompletedTask;
                },
            });
        }

        pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = options.RequestTimeout });
    }

    static async ValueTask<bool> ShouldRetry(ResilienceContext context, Outcome<HttpResponseMessage> outcome)
    {
        var request = context.GetRequestMessage();
        if (request is not null && request.Options.TryGetValue(Neo4jQueryApiClient.NoRetry, out var noRetry) && noRetry)
            return false;

        if (outcome.Exception is HttpRequestException or TimeoutRejectedException)
            return true;

        if (outcome.Result is not { } response || response.IsSuccessStatusCode)
            return false;

        if ((int)response.StatusCode >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests)
            return true;

        // Neo4j reports deadlocks, leader switches and the like as Neo.TransientError.* in the body.
        await response.Content.LoadIntoBufferAsync();
        var body = await response.Content.ReadAsStringAsync();
        return body.Contains("\"Neo.TransientError.", StringComparison.Ordinal);
    }
}
