using RouteGraph.Api.Tests.Infrastructure;
using RouteGraph.Core.Graph;
using RouteGraph.Core.Seed;

namespace RouteGraph.Api.Tests.Infrastructure;

/// <summary>The bundled graph-seed, loaded once for the tests that compare the API with Core on the real data.</summary>
public static class BundledSeed
{
    static readonly Lazy<(PolicyGraph? Graph, string? Why)> Loaded = new(Load);

    public static PolicyGraph? Graph => Loaded.Value.Graph;

    /// <summary>Why the real-data tests skip, or null when they can run.</summary>
    public static string? Unavailable => Loaded.Value.Why;

    static (PolicyGraph?, string?) Load()
    {
        try
        {
            if (SeedLoader.FindDefaultDirectory() is not { } directory)
                return (null, "No graph-seed folder found; merge main once the graph-seed data lands.");
            var result = SeedLoader.Load(directory);
            return result.Succeeded
                ? (result.Graph, null)
                : throw new InvalidOperationException("The bundled graph-seed does not load: " + string.Join("; ", result.Problems.Take(5)));
        }
        catch (NotImplementedException)
        {
            return (null, "The seed loader is still a contract stub; merge main once it lands.");
        }
    }
}
