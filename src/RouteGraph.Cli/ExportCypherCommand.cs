using System.CommandLine;
using System.Text;
using RouteGraph.Core.Graph;
using RouteGraph.Core.Seed;
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
        var dir = new Argument<string?>("dir")
        {
            Description = $"The seed folder (default: the bundled {SeedLoader.DefaultFolderName}, found from the current directory upwards).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var file = new Option<string?>("--output", "-o") { Description = "The script to write (default: standard output)." };
        var command = new Command("export-cypher", "Write graph-seed as one Cypher script for cypher-shell: constraints, then the data.")
        {
            dir, file,
        };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var directory = parseResult.GetValue(dir) ?? SeedLoader.FindDefaultDirectory();
            if (directory is null)
            {
                error.WriteLine($"No {SeedLoader.DefaultFolderName} folder found from '{Directory.GetCurrentDirectory()}' upwards; pass the folder to export.");
                return 1;
            }

            // An empty name is no folder (Path.GetFullPath would throw on it).
            if (string.IsNullOrWhiteSpace(directory))
            {
                error.WriteLine("The seed folder name is empty; pass a folder, or leave it out for the bundled one.");
                return 1;
            }

            directory = Path.GetFullPath(directory);
            var seed = SeedLoader.Read(directory);
            var check = seed.Problems.Count == 0 ? PolicyGraphAssembler.Assemble(seed.Version, seed.Nodes, seed.Relationships) : null;
            if (check is not { Succeeded: true })
            {
                var problems = seed.Problems.Count > 0 ? seed.Problems : check!.Problems;
                foreach (var problem in problems)
                    error.WriteLine(problem);
                error.WriteLine($"{problems.Count} problem(s) in {directory}: nothing exported.");
                return 1;
            }

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
