using System.CommandLine;
using System.Text;
using RouteGraph.Neo4j.Export;

namespace RouteGraph.Cli;

/// <summary>
/// <c>routegraph export-cypher [dir] [-o file]</c>: the seed as one cypher-shell script (constraints
/// and indexes, then the data as :param + UNWIND ... MERGE batches). Exit codes: 0 written, 1 bad seed data.
/// </summary>
static class ExportCypherCommand
{
    public static Command Create()
    {
        var dir = SeedFolder.Argument();
        var file = new Option<string?>("--output", "-o") { Description = "The script to write (default: standard output)." };
        var command = new Command("export-cypher", "Write graph-seed as one Cypher script for cypher-shell: constraints, then the data.")
        {
            dir, file,
        };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (SeedFolder.Resolve(parseResult.GetValue(dir), "export", error) is not { } directory
                || SeedFolder.ReadChecked(directory, "nothing exported", error) is not { Records: var seed })
                return 1;

            var script = CypherScriptWriter.Write(seed.Version, seed.Nodes, seed.Relationships);
            if (parseResult.GetValue(file) is { } path)
            {
                File.WriteAllText(path, script, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                error.WriteLine($"Wrote {Path.GetFullPath(path)}: {seed.Nodes.Count} nodes, {seed.Relationships.Count} relationships, version {seed.Version}.");
            }
            else
            {
                output.Write(script);
            }

            return 0;
        });
        return command;
    }
}
