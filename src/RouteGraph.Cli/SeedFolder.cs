using System.CommandLine;
using RouteGraph.Core.Graph;
using RouteGraph.Core.Seed;

namespace RouteGraph.Cli;

/// <summary>The optional <c>[dir]</c> argument every command takes, and the checked reading of that folder.</summary>
static class SeedFolder
{
    public static Argument<string?> Argument() => new("dir")
    {
        Description = $"The seed folder (default: the bundled {SeedLoader.DefaultFolderName}, found from the current directory upwards).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    /// <summary>The full path of the given folder, else the bundled one; null (with the reason on <paramref name="error"/>) when there is none.</summary>
    public static string? Resolve(string? given, string verb, TextWriter error)
    {
        var directory = given ?? SeedLoader.FindDefaultDirectory();
        if (directory is null)
        {
            error.WriteLine(
                $"No {SeedLoader.DefaultFolderName} folder found from '{Directory.GetCurrentDirectory()}' or '{AppContext.BaseDirectory}' upwards; "
                + $"pass the folder to {verb}.");
            return null;
        }

        // An empty name is no folder (Path.GetFullPath would throw on it).
        if (string.IsNullOrWhiteSpace(directory))
        {
            error.WriteLine("The seed folder name is empty; pass a folder, or leave it out for the bundled one.");
            return null;
        }

        return Path.GetFullPath(directory);
    }

    /// <summary>
    /// Reads and checks the folder as <c>validate</c> does. On any problem, writes every one and
    /// "N problem(s) in dir: <paramref name="outcome"/>" to <paramref name="error"/> and returns null.
    /// </summary>
    public static (SeedRecords Records, PolicyGraph Graph)? ReadChecked(string directory, string outcome, TextWriter error)
    {
        var (records, result) = SeedLoader.ReadAndLoad(directory);
        if (result.Succeeded)
            return (records, result.Graph!);

        foreach (var problem in result.Problems)
            error.WriteLine(problem);
        error.WriteLine($"{result.Problems.Count} problem(s) in {directory}: {outcome}.");
        return null;
    }
}
