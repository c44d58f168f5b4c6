namespace RouteGraph.Api.Health;

/// <summary>The <c>RouteGraph:Health</c> section.</summary>
public sealed class HealthOptions
{
    public const string Section = "RouteGraph:Health";

    /// <summary>
    /// Whether /health/ready shows operators' details (where the graph and Redis are, what failed); when not set, only in the
    /// Development environment, because the endpoint answers anyone.
    /// </summary>
    public bool? ShowDetails { get; set; }
}
