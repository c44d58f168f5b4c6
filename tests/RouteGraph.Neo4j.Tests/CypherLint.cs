using System.Diagnostics;
using System.Text.Json;
using RouteGraph.Neo4j.Cypher;

namespace RouteGraph.Neo4j.Tests;

public sealed record LintItem(string Name, string Text, IReadOnlyList<string> Parameters, bool ConsoleCommands = false);

public sealed record LintDiagnostic(string Severity, string Message, int Line, int Column);

public sealed record LintResult(string Name, IReadOnlyList<LintDiagnostic> Diagnostics);

/// <summary>
/// Runs cypher-lint/lint.mjs (Neo4j's Cypher parser, @neo4j-cypher/language-support) under node with a
/// DbSchema built from the model: its labels, relationship types and property keys. Installs the pinned
/// package with <c>npm ci</c> when node_modules is missing. When node is not installed the lint tests
/// are skipped with that reason.
/// </summary>
public sealed class CypherLint
{
    static readonly Lazy<CypherLint> Shared = new(() => new CypherLint());

    CypherLint()
    {
        Folder = FindFolder();
        Node = FindOnPath("node");
        if (Node is null)
        {
            SkipReason = "node is not on PATH: the Cypher lint needs Node.js (and npm) to run Neo4j's Cypher parser";
            return;
        }

        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "@neo4j-cypher", "language-support")))
        {
            var npm = FindOnPath("npm") ?? throw new InvalidOperationException("node is installed but npm is not: cannot install the Cypher lint's package");
            var (code, output) = Run(npm, "ci --no-audit --no-fund", null, TimeSpan.FromMinutes(5));
            if (code != 0)
                throw new InvalidOperationException($"npm ci in {Folder} failed ({code}):\n{output}");
        }
    }

    public static CypherLint Instance => Shared.Value;

    public string Folder { get; }

    public string? Node { get; }

    public string? SkipReason { get; }

    public IReadOnlyList<LintResult> Lint(IEnumerable<LintItem> items)
    {
        var input = JsonSerializer.Serialize(new
        {
            schema = new
            {
                labels = Neo4jModel.AllLabels,
                relationshipTypes = Neo4jModel.AllRelationshipTypes,
                propertyKeys = Neo4jModel.AllPropertyKeys,
            },
            items = items.Select(i => new { name = i.Name, text = i.Text, parameters = i.Parameters, consoleCommands = i.ConsoleCommands }),
        });
        var (code, output) = Run(Node!, "lint.mjs", input, TimeSpan.FromMinutes(3));
        if (code != 0)
            throw new InvalidOperationException($"lint.mjs failed ({code}):\n{output}");
        return JsonSerializer.Deserialize<List<LintResult>>(output, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    (int Code, string Output) Run(string file, string arguments, string? stdin, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
            process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {arguments} did not finish within {timeout}");
        }

        return (process.ExitCode, process.ExitCode == 0 ? stdout.Result : stdout.Result + stderr.Result);
    }

    static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "cypher-lint");
            if (File.Exists(Path.Combine(candidate, "lint.mjs")))
                return candidate;
            candidate = Path.Combine(dir.FullName, "tests", "RouteGraph.Neo4j.Tests", "cypher-lint");
            if (File.Exists(Path.Combine(candidate, "lint.mjs")))
                return candidate;
        }

        throw new DirectoryNotFoundException($"cypher-lint/lint.mjs not found above {AppContext.BaseDirectory}");
    }

    static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
