using System.CommandLine;
using RouteGraph.Cli;

// The routegraph command: one file per subcommand, each exposing Create().
var root = new RootCommand("routegraph — validate graph-seed, import it into Neo4j, export it as Cypher.")
{
    ValidateCommand.Create(),
    ImportCommand.Create(),
    ExportCypherCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
