namespace RouteGraph.Api.Replicas;

/// <summary>The <c>RouteGraph:Replicas</c> section: how replicas keep serving the same graph version through Redis.</summary>
public sealed class ReplicaOptions
{
    public const string Section = "RouteGraph:Replicas";

    /// <summary>How often a replica compares its version with the one stored in Redis, in case it missed an announcement.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(30);
}
