namespace RouteGraph.Api;

/// <summary>The <c>RouteGraph</c> configuration section (environment variables: <c>RouteGraph__SeedPath</c>, ...).</summary>
public sealed class RouteGraphOptions
{
    public const string Section = "RouteGraph";

    /// <summary>The graph-seed folder to serve; the bundled one when empty.</summary>
    public string? SeedPath { get; set; }

    /// <summary>Where the graph comes from: <c>Seed</c> (default). See <see cref="Graph.GraphSourceRegistration"/>.</summary>
    public string Store { get; set; } = "Seed";

    /// <summary>How often to ask the source for a new version; off when null (the seed folder does not change under a running API).</summary>
    public TimeSpan? PollInterval { get; set; }

    /// <summary>The longest wait between two attempts at the first load.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    public CorsSettings Cors { get; set; } = new();

    public GraphQLLimits Limits { get; set; } = new();

    public WarmUpSettings WarmUp { get; set; } = new();
}
