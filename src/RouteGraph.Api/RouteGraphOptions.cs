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
}

/// <summary>Browser origins allowed to call the API (visualisation front ends); none by default.</summary>
public sealed class CorsSettings
{
    public string[] Origins { get; set; } = [];
}

/// <summary>Cheap limits that stop hostile or runaway requests before they execute.</summary>
public sealed class GraphQLLimits
{
    /// <summary>Largest POST body accepted, in bytes (413 beyond).</summary>
    public int MaxBodyBytes { get; set; } = 100 * 1024;

    /// <summary>Longest GraphQL document accepted, in characters (DOCUMENT_TOO_LARGE beyond).</summary>
    public int MaxDocumentLength { get; set; } = 32 * 1024;

    /// <summary>Deepest field nesting accepted (MAX_DEPTH_EXCEEDED beyond). GraphiQL's introspection query needs 13.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Highest estimated cost accepted (MAX_COMPLEXITY_EXCEEDED beyond); lists count <c>first</c> or 5 items each.</summary>
    public int MaxComplexity { get; set; } = 20_000;

    /// <summary>Most field aliases accepted in one document (MAX_ALIASES_EXCEEDED beyond).</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>Page size of a connection when <c>first</c> is not given.</summary>
    public int DefaultPageSize { get; set; } = 50;

    /// <summary>Largest <c>first</c> a connection accepts (BAD_ARGUMENT beyond).</summary>
    public int MaxPageSize { get; set; } = 200;
}
