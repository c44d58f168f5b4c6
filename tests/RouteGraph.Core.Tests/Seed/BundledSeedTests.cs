using RouteGraph.Core.Seed;

namespace RouteGraph.Core.Tests.Seed;

/// <summary>The real graph-seed bundled with the product, whole and in broken copies.</summary>
public sealed class BundledSeedTests
{
    [Fact]
    public void Bundled_graph_seed_loads_without_problems()
    {
        var directory = SeedLoader.DefaultDirectory();
        var result = SeedLoader.Load(directory);

        Assert.True(result.Succeeded, $"{directory}:\n{string.Join("\n", result.Problems)}");
        Assert.NotEmpty(result.Graph!.Countries);
        Assert.NotEmpty(result.Graph.Routes);
        Assert.Equal(5, result.Graph.Sectors.Length);
        Assert.Equal(SeedLoader.ComputeVersion(directory), result.Graph.Version);
    }

    /// <summary>
    /// One breakage of a copy of the real seed: in <paramref name="file"/>, the first line containing
    /// <paramref name="find"/> gets it replaced by <paramref name="replace"/> (null: the line is
    /// written twice). The problem must point at that file and line and give the reason.
    /// </summary>
    [Theory]
    [InlineData("nodes/LifecycleEvent.csv", ",2022-07-08,", ",2022-07-32,", "date")]
    [InlineData("nodes/Country.csv", ",false", ",maybe", "boolean")]
    [InlineData("nodes/Route.csv", ",SEA,", ",BOAT,", "BOAT")]
    [InlineData("relationships/ON_ROUTE.csv", "TN,central-mediterranean,ON_ROUTE,ORIGIN", "TN,atlantis,ON_ROUTE,ORIGIN", "atlantis")]
    [InlineData("relationships/ON_ROUTE.csv", "TN,central-mediterranean,ON_ROUTE,ORIGIN,,frontex-migratory-map", "TN,central-mediterranean,ON_ROUTE,ORIGIN,frontex-migratory-map", "fields")]
    [InlineData("relationships/TARGETS.csv", "eu-turkey-statement,eastern-mediterranean", "TR,eastern-mediterranean", "Country")]
    [InlineData("relationships/LEG.csv", ",central-mediterranean,LAND,", ",atlantic-crossing,LAND,", "atlantic-crossing")]
    public void A_broken_copy_of_the_real_seed_is_refused_with_file_and_line(
        string file, string find, string? replace, string reasonMentions) =>
        AssertRefused(file, find, replace, reasonMentions);

    [Theory]
    [InlineData("nodes/Country.csv", "TN,Country,")]
    [InlineData("nodes/Partnership.csv", "eu-niger-anti-smuggling-partnership,")]
    public void A_duplicated_node_row_is_refused_with_file_and_line(string file, string row) =>
        AssertRefused(file, row, null, "duplicate");

    static void AssertRefused(string file, string find, string? replace, string reasonMentions)
    {
        using var copy = new SeedCopy();
        var path = Path.Combine(copy.Directory, file);
        var lines = File.ReadAllLines(path).ToList();
        var index = lines.FindIndex(l => l.Contains(find, StringComparison.Ordinal));
        Assert.True(index > 0, $"no data line of {file} contains '{find}'");
        if (replace is null)
            lines.Insert(index + 1, lines[index]);
        else
            lines[index] = lines[index].Replace(find, replace, StringComparison.Ordinal);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        var brokenLine = replace is null ? index + 2 : index + 1;

        var result = SeedLoader.Load(copy.Directory);

        Assert.Null(result.Graph);
        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems, p => p.File == file && p.Line == brokenLine);
        Assert.Contains(reasonMentions, problem.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.True(problem.Column >= 1, problem.ToString());
    }

    /// <summary>A throwaway copy of the bundled graph-seed.</summary>
    sealed class SeedCopy : IDisposable
    {
        public string Directory { get; } = Path.Combine(Path.GetTempPath(), "routegraph-seed-" + Guid.NewGuid().ToString("N"));

        public SeedCopy()
        {
            var source = SeedLoader.DefaultDirectory();
            foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(Directory, Path.GetRelativePath(source, file));
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
    }
}
