// CONTRACT STUB — replaced by the helper that owns this command.
using System.CommandLine;

namespace RouteGraph.Cli;

static class ValidateCommand
{
    public static Command Create() => new("validate", "Not implemented yet.");
}
