namespace RouteGraph.Api.Metrics;

/// <summary>What the response cache did for one request; also the <c>X-Cache</c> header and the request log's <c>cache=</c>.</summary>
public enum CacheOutcome
{
    /// <summary>Served from the cache (in-process or Redis), or from a concurrent identical request's execution.</summary>
    Hit,

    /// <summary>Looked up, not found, executed (and stored when cacheable).</summary>
    Miss,

    /// <summary>The cache was not consulted: opted out, not a query, refused before execution.</summary>
    Bypass,

    /// <summary>Caching is switched off (<c>RouteGraph:Cache:Enabled=false</c>).</summary>
    Off,
}
