using System.CommandLine;
using RouteGraph.Core.Model;

namespace RouteGraph.Cli;

/// <summary><c>routegraph validate [dir]</c>: loads a graph-seed folder and reports what it holds, or every problem in it.</summary>
static class ValidateCommand
{
    const int ColumnWidth = 16;

    public static Command Create()
    {
        var dir = SeedFolder.Argument();
        var command = new Command(
            "validate",
            "Check a graph-seed folder: print node and relationship counts and the graph version, "
            + "or every problem as file:line:column: reason (exit code 1).")
        {
            dir,
        };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            return SeedFolder.Resolve(parseResult.GetValue(dir), "validate", error) is { } directory
                ? Run(directory, output, error)
                : 1;
        });
        return command;
    }

    static int Run(string directory, TextWriter output, TextWriter error)
    {
        if (SeedFolder.ReadChecked(directory, "no graph loaded", error) is not { Graph: var graph })
            return 1;

        output.WriteLine($"{"seed",-ColumnWidth} {directory}");
        output.WriteLine($"{"version",-ColumnWidth} {graph.Version}");
        WriteCounts(output, "nodes", Enum.GetValues<NodeLabel>(), graph.Nodes.CountBy(n => n.Label));
        WriteCounts(output, "relationships", Enum.GetValues<RelationType>(), graph.Relations.CountBy(r => r.Type));
        output.WriteLine("OK: no problems.");
        return 0;
    }

    /// <summary>A total, then one line per label or type in schema order, zeros included.</summary>
    static void WriteCounts<T>(TextWriter output, string title, IEnumerable<T> keys, IEnumerable<KeyValuePair<T, int>> counts)
        where T : struct, Enum
    {
        var byKey = counts.ToDictionary();
        output.WriteLine($"{title,-ColumnWidth} {byKey.Values.Sum()}");
        foreach (var key in keys)
            output.WriteLine($"  {key,-(ColumnWidth - 2)} {byKey.GetValueOrDefault(key)}");
    }
}
