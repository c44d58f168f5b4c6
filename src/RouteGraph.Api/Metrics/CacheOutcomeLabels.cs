namespace RouteGraph.Api.Metrics;

public static class CacheOutcomeLabels
{
    public static string Header(this CacheOutcome outcome) => outcome switch
    {
        CacheOutcome.Hit => "HIT",
        CacheOutcome.Miss => "MISS",
        CacheOutcome.Bypass => "BYPASS",
        _ => "OFF",
    };

    public static string Label(this CacheOutcome outcome) => outcome.Header().ToLowerInvariant();
}
