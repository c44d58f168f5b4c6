using System.Text.RegularExpressions;
using RouteGraph.Neo4j.Cypher;
using RouteGraph.Neo4j.Export;

namespace RouteGraph.Neo4j.Tests;

/// <summary>
/// Every Cypher statement the project sends, the exported script and the queries in docs/neo4j.md,
/// checked by Neo4j's own Cypher parser against the model: no syntax error, no undeclared parameter,
/// no label, relationship type or property key outside the model. And proof that the lint bites.
/// </summary>
public sealed partial class CypherLintTests
{
    static CypherLint Lint()
    {
        var lint = CypherLint.Instance;
        Skip.If(lint.SkipReason is not null, lint.SkipReason);
        return lint;
    }

    static string Report(IEnumerable<LintResult> results) =>
        string.Join("\n", results.SelectMany(r => r.Diagnostics.Select(d => $"{r.Name}:{d.Line}:{d.Column}: {d.Severity}: {d.Message}")));

    [SkippableFact]
    public void Every_statement_the_project_sends_is_accepted_by_neo4js_parser()
    {
        var lint = Lint();

        var results = lint.Lint(CypherStatements.All.Select(s => new LintItem(s.Name, s.Text, s.Parameters)));

        Assert.Equal(CypherStatements.All.Count, results.Count);
        Assert.True(results.All(r => r.Diagnostics.Count == 0), Report(results));
    }

    [SkippableFact]
    public void The_exported_script_is_accepted_by_neo4js_parser()
    {
        var lint = Lint();
        var seed = TestSupport.Seed;
        var script = CypherScriptWriter.Write(seed.Version, seed.Nodes, seed.Relationships);

        var result = Assert.Single(lint.Lint([new LintItem("routegraph.cypher", script, [], ConsoleCommands: true)]));

        Assert.True(result.Diagnostics.Count == 0, Report([result]));
    }

    [SkippableFact]
    public void The_queries_in_the_docs_are_accepted_by_neo4js_parser()
    {
        var lint = Lint();
        var blocks = DocsCypherBlocks();
        Assert.True(blocks.Count >= 7, $"docs/neo4j.md should hold a query per DATA.md question; found {blocks.Count} cypher blocks");

        var results = lint.Lint(blocks.Select((b, i) => new LintItem($"docs/neo4j.md block {i + 1}", b, [], ConsoleCommands: true)));

        Assert.True(results.All(r => r.Diagnostics.Count == 0), Report(results));
    }

    public static TheoryData<string, string, string> Mistakes => new()
    {
        { "unknown label", "MATCH (n:Contry) RETURN n", "Label Contry is not present" },
        { "unknown relationship type", "MATCH (:Country)-[r:ON_RUTE]->(:Route) RETURN r", "Relationship type ON_RUTE is not present" },
        { "unknown property", "MATCH (n:Country) RETURN n.capital", "capital is not present" },
        { "undeclared parameter", "MATCH (n:Country {id: $iso}) RETURN n", "Parameter $iso is not defined" },
        { "syntax error", "MATCH (n:Country RETURN n", "Invalid input" },
    };

    [SkippableTheory]
    [MemberData(nameof(Mistakes))]
    public void The_lint_reports_mistakes(string mistake, string cypher, string expected)
    {
        var lint = Lint();

        var result = Assert.Single(lint.Lint([new LintItem(mistake, cypher, [], ConsoleCommands: mistake.Contains(":param"))]));

        Assert.Contains(result.Diagnostics, d => d.Message.Contains(expected, StringComparison.Ordinal));
    }

    /// <summary>The ```cypher blocks of docs/neo4j.md.</summary>
    static List<string> DocsCypherBlocks()
    {
        var docs = FindUp(Path.Combine("docs", "neo4j.md"));
        return [.. CypherBlock().Matches(File.ReadAllText(docs)).Select(m => m.Groups[1].Value)];
    }

    public static string FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
                return candidate;
        }

        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory}");
    }

    [GeneratedRegex("```cypher\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CypherBlock();
}
