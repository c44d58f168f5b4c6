namespace RouteGraph.Api.Caching;

/// <summary>Automatic persisted queries (Apollo's protocol).</summary>
public sealed class PersistedQuerySettings
{
    public bool Enabled { get; set; } = true;

    /// <summary>How long a registered document lives in Redis; a client that meets PersistedQueryNotFound simply registers it again.</summary>
    public TimeSpan Expiration { get; set; } = TimeSpan.FromDays(7);
}
