using RouteGraph.Core.Seed;

namespace RouteGraph.Core.Tests.Seed;

/// <summary>The real graph-seed bundled with the product.</summary>
public sealed class BundledSeedTests
{
    [SkippableFact]
    public void Bundled_graph_seed_loads_without_problems()
    {
        var found = SeedLoader.FindDefaultDirectory();
        Skip.IfNot(
            found is not null && Directory.EnumerateFiles(found, "*.csv", SearchOption.AllDirectories).Any(),
            "graph-seed/ has no CSV files yet (the data is written on another branch)");

        var directory = SeedLoader.DefaultDirectory();
        var result = SeedLoader.Load(directory);

        Assert.True(result.Succeeded, $"{directory}:\n{string.Join("\n", result.Problems)}");
        Assert.NotEmpty(result.Graph!.Countries);
        Assert.NotEmpty(result.Graph.Routes);
        Assert.Equal(5, result.Graph.Sectors.Length);
    }
}
