// CONTRACT STUB — replaced by the helper that owns this command.
using System.CommandLine;

namespace RouteGraph.Cli;

static class ImportCommand
{
    public static Command Create() => new("import", "Not implemented yet.");
}
