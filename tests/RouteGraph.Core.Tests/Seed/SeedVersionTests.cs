using RouteGraph.Core.Seed;

namespace RouteGraph.Core.Tests.Seed;

public sealed class SeedVersionTests : IDisposable
{
    readonly SeedFolder _seed = SeedFolder.Valid();

    public void Dispose() => _seed.Dispose();

    string Version() => SeedLoader.Load(_seed.Directory).Graph!.Version;

    [Fact]
    public void Version_is_16_lower_case_hex_digits_and_stable()
    {
        var version = Version();

        Assert.Matches("^[0-9a-f]{16}$", version);
        Assert.Equal(version, Version());
        Assert.Equal(version, SeedLoader.Read(_seed.Directory).Version);
        Assert.Equal(version, SeedLoader.ComputeVersion(_seed.Directory));
    }

    [Fact]
    public void Version_does_not_depend_on_where_the_folder_is()
    {
        using var copy = SeedFolder.Empty();
        foreach (var path in Directory.EnumerateFiles(_seed.Directory, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(_seed.Directory, path);
            copy.Write(relative, File.ReadAllText(path));
        }

        Assert.Equal(Version(), SeedLoader.Load(copy.Directory).Graph!.Version);
    }

    [Fact]
    public void Changing_one_byte_changes_the_version()
    {
        var before = Version();
        _seed.Replace("nodes/Country.csv", "42.5", "42.6");

        Assert.NotEqual(before, Version());
    }

    [Fact]
    public void Files_outside_the_schema_do_not_change_the_version()
    {
        var before = Version();
        _seed.Write("README.md", "Notes for people, not part of the graph.\n");

        Assert.Equal(before, Version());
    }

    [Fact]
    public void Moving_a_line_from_one_file_to_another_changes_the_version()
    {
        var before = SeedLoader.ComputeVersion(_seed.Directory);
        var commitments = _seed.Read("nodes/Commitment.csv");
        var lastLine = commitments[commitments.TrimEnd('\n').LastIndexOf('\n')..];
        _seed.Write("nodes/Commitment.csv", commitments[..^(lastLine.Length - 1)]);
        File.AppendAllText(_seed.PathOf("nodes/Country.csv"), lastLine[1..]);

        Assert.NotEqual(before, SeedLoader.ComputeVersion(_seed.Directory));
    }
}
