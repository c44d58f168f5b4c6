// CONTRACT STUB — replaced by the helper that owns this command.
using System.CommandLine;

namespace RouteGraph.Cli;

static class ExportCypherCommand
{
    public static Command Create() => new("export-cypher", "Not implemented yet.");
}
