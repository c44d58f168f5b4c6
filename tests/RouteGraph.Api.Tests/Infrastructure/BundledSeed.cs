using RouteGraph.Core.Graph;
using RouteGraph.Core.Seed;

namespace RouteGraph.Api.Tests.Infrastructure;

/// <summary>The bundled graph-seed, loaded once for the tests that compare the API with Core on the real data.</summary>
public static class BundledSeed
{
    static readonly Lazy<PolicyGraph> Loaded = new(Load);

    public static PolicyGraph Graph => Loaded.Value;

    static PolicyGraph Load()
    {
        var result = SeedLoader.Load(SeedLoader.DefaultDirectory());
        return result.Succeeded
            ? result.Graph!
            : throw new InvalidOperationException("The bundled graph-seed does not load: " + string.Join("; ", result.Problems.Take(5)));
    }
}
