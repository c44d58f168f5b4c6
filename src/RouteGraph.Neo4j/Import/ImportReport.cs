using System.Text;
using RouteGraph.Neo4j.QueryApi;

namespace RouteGraph.Neo4j.Import;

/// <summary>The import summary as a plain-text table, per phase, from the query counters.</summary>
public static class ImportReport
{
    static readonly string[] Phases = [ImportPhases.Schema, ImportPhases.Prune, ImportPhases.Nodes, ImportPhases.Relationships, ImportPhases.Meta];

    public static string Format(ImportSummary summary, string endpoint)
    {
        var table = new List<string[]>
        {
            new[] { "phase", "statements", "rows", "nodes created", "nodes deleted", "rels created", "rels deleted", "properties set", "constraints added", "indexes added" },
        };
        foreach (var phase in Phases)
        {
            var steps = summary.Steps.Where(s => s.Phase == phase).ToList();
            if (steps.Count > 0)
                table.Add(Row(phase, steps.Count, steps.Sum(s => s.Rows), steps.Aggregate(QueryCounters.None, (a, s) => a + s.Counters)));
        }

        table.Add(Row("total", summary.Steps.Count, summary.Steps.Sum(s => s.Rows), summary.Schema + summary.Data));

        var widths = Enumerable.Range(0, table[0].Length).Select(i => table.Max(r => r[i].Length)).ToArray();
        var text = new StringBuilder();
        text.AppendLine($"Imported graph version {summary.Version} into Neo4j at {endpoint} (data in 1 transaction).");
        foreach (var row in table)
            text.AppendLine(string.Join("  ", row.Select((cell, i) => i == 0 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))).TrimEnd());
        if (summary.DuplicateRelationships > 0)
            text.AppendLine($"{summary.DuplicateRelationships} seed relationships repeat an earlier one's identity and were merged into it.");
        text.AppendLine(summary.Data.ChangedData
            ? "Neo4j now holds the seed's graph."
            : "No data changed: Neo4j already held this graph.");
        return text.ToString();
    }

    static string[] Row(string phase, int statements, int rows, QueryCounters c) =>
    [
        phase, $"{statements}", $"{rows}", $"{c.NodesCreated}", $"{c.NodesDeleted}", $"{c.RelationshipsCreated}",
        $"{c.RelationshipsDeleted}", $"{c.PropertiesSet}", $"{c.ConstraintsAdded}", $"{c.IndexesAdded}",
    ];
}
