using System.Diagnostics;
using RouteGraph.Core.Seed;
using RouteGraph.Neo4j.Tests.Fakes;

namespace RouteGraph.Neo4j.Tests;

/// <summary>The routegraph CLI run as a process: import against the fake Query API, export-cypher to a file.</summary>
public sealed class CliTests : IAsyncLifetime
{
    FakeNeo4j _fake = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeNeo4j.StartAsync();
        _fake.Credentials = (TestSupport.User, TestSupport.Password);
    }

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    static async Task<(int Code, string Out, string Err)> Routegraph(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var dll = CliAssembly();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(dll);
        foreach (var a in args)
            start.ArgumentList.Add(a);
        start.Environment.Remove("NEO4J_USER");
        start.Environment.Remove("NEO4J_PASSWORD");
        foreach (var (k, v) in environment ?? new Dictionary<string, string>())
            start.Environment[k] = v;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task Import_prints_the_counters_then_a_second_run_says_nothing_changed_and_never_the_password()
    {
        var seed = SeedLoader.DefaultDirectory();

        var first = await Routegraph(new Dictionary<string, string> { ["NEO4J_PASSWORD"] = TestSupport.Password },
            "import", "--neo4j", _fake.Uri.ToString(), "--database", "neo4j", "--user", TestSupport.User, seed);
        var second = await Routegraph(null,
            "import", "--neo4j", _fake.Uri.ToString(), "--user", TestSupport.User, "--password", TestSupport.Password, "--prune", seed);

        Assert.True(first.Code == 0, first.Err);
        Assert.Contains("nodes created", first.Out);
        Assert.Contains("Neo4j now holds the seed's graph.", first.Out);
        Assert.Contains("(user neo4j, password set)", first.Out);
        Assert.True(second.Code == 0, second.Err);
        Assert.Contains("No data changed: Neo4j already held this graph.", second.Out);
        Assert.Contains("prune", second.Out);
        TestSupport.AssertNoSecret(first.Out + first.Err + second.Out + second.Err);
        Assert.Equal(TestSupport.Seed.Version, _fake.Store.Version);
    }

    [Fact]
    public async Task Import_with_wrong_credentials_exits_2_and_says_unauthorized()
    {
        _fake.Credentials = (TestSupport.User, "the-right-password");

        var run = await Routegraph(new Dictionary<string, string> { ["NEO4J_USER"] = TestSupport.User, ["NEO4J_PASSWORD"] = TestSupport.Password },
            "import", "--neo4j", _fake.Uri.ToString(), SeedLoader.DefaultDirectory());

        Assert.Equal(2, run.Code);
        Assert.Contains("Import failed, nothing committed", run.Err);
        Assert.Contains("unauthorized", run.Err);
        TestSupport.AssertNoSecret(run.Out + run.Err);
    }

    [Fact]
    public async Task Import_of_bad_seed_data_exits_1_and_sends_nothing()
    {
        var dir = Directory.CreateTempSubdirectory("routegraph-bad-seed-");
        try
        {
            CopyDirectory(SeedLoader.DefaultDirectory(), dir.FullName);
            var countries = Path.Combine(dir.FullName, "nodes", "Country.csv");
            File.WriteAllText(countries, File.ReadAllText(countries).Replace(",ITA,Italy,", ",ITA,,", StringComparison.Ordinal));

            var run = await Routegraph(null, "import", "--neo4j", _fake.Uri.ToString(), "--password", TestSupport.Password, dir.FullName);

            Assert.Equal(1, run.Code);
            Assert.Contains("Country.csv:", run.Err);
            Assert.Contains("nothing imported", run.Err);
            Assert.Empty(_fake.Requests);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Export_cypher_writes_a_script_of_constraints_then_data()
    {
        var file = Path.Combine(Path.GetTempPath(), $"routegraph-{Guid.NewGuid():N}.cypher");
        try
        {
            var run = await Routegraph(null, "export-cypher", SeedLoader.DefaultDirectory(), "-o", file);

            Assert.True(run.Code == 0, run.Err);
            var script = File.ReadAllText(file);
            var constraint = script.IndexOf("CREATE CONSTRAINT country_id IF NOT EXISTS", StringComparison.Ordinal);
            var data = script.IndexOf(":param {rows: [", StringComparison.Ordinal);
            Assert.True(constraint >= 0 && data > constraint);
            Assert.Contains($":param {{id: 'routegraph', version: '{TestSupport.Seed.Version}'}};", script);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// The CLI from its own build output (built first through the project reference): its deps and
    /// runtimeconfig hold its dependencies, which the test's output (ASP.NET Core shared framework) does not copy.
    /// </summary>
    static string CliAssembly()
    {
        var tfm = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = tfm.Parent!.Name;
        var root = Path.GetDirectoryName(CypherLintTests.FindUp("RouteGraph.sln"))!;
        var dll = Path.Combine(root, "src", "RouteGraph.Cli", "bin", configuration, tfm.Name, "routegraph.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"the routegraph CLI is not built at {dll}");
    }

    static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
