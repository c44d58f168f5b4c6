using System.Text;
using RouteGraph.Core.Graph;
using RouteGraph.Neo4j.Cypher;
using RouteGraph.Neo4j.Import;

namespace RouteGraph.Neo4j.Export;

/// <summary>
/// The seed as one cypher-shell script: the schema statements, then per batch a
/// <c>:param {rows: [...]}</c> line and the same MERGE statement the importer sends, then the
/// GraphMeta version. Every write is a MERGE, so running it again changes nothing; cypher-shell runs
/// each statement in its own transaction, so a script stopped half-way is finished by running it again.
/// </summary>
public static class CypherScriptWriter
{
    public static void Write(TextWriter output, string version, IEnumerable<NodeRecord> nodes, IEnumerable<RelationshipRecord> relationships, int batchSize = 200)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var rows = ImportRows.From(nodes, relationships);
        output.Write(
            $"""
            // RouteGraph graph-seed, graph version {Comment(version)}.
            // Load with cypher-shell (Neo4j 5), e.g.:
            //   cypher-shell -a neo4j://localhost:7687 -d neo4j -u neo4j -f routegraph.cypher
            // Constraints and indexes first, then the data. Every write is a MERGE: running the script
            // again changes nothing. It does not delete what the seed no longer holds (routegraph import --prune does).

            // Schema: a unique id per label, indexes for lookups.

            """);
        output.Write('\n');
        foreach (var statement in CypherStatements.Schema)
            Statement(output, statement);

        output.Write("\n// Nodes.\n");
        foreach (var (label, labelRows) in rows.Nodes)
        {
            foreach (var batch in labelRows.Chunk(batchSize))
                Batch(output, CypherStatements.MergeNodes(label), batch);
        }

        output.Write("\n// Relationships.\n");
        foreach (var group in rows.Relationships)
        {
            foreach (var batch in group.Rows.Chunk(batchSize))
                Batch(output, CypherStatements.MergeRelationships(group.Type, group.From, group.To), batch);
        }

        output.Write("\n// The graph version, which the RouteGraph API polls to reload.\n");
        Param(output, new Dictionary<string, object?> { ["id"] = Neo4jModel.MetaId, ["version"] = version });
        Statement(output, CypherStatements.WriteGraphVersion);
    }

    public static string Write(string version, IEnumerable<NodeRecord> nodes, IEnumerable<RelationshipRecord> relationships, int batchSize = 200)
    {
        using var text = new StringWriter { NewLine = "\n" };
        Write(text, version, nodes, relationships, batchSize);
        return text.ToString();
    }

    static void Batch(TextWriter output, CypherStatement statement, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows)
    {
        output.Write($"// {statement.Name}: {rows.Count} rows\n");
        Param(output, new Dictionary<string, object?> { ["rows"] = rows });
        Statement(output, statement);
    }

    /// <summary>One line: cypher-shell reads a command up to the end of its line.</summary>
    static void Param(TextWriter output, IReadOnlyDictionary<string, object?> parameters)
    {
        var line = new StringBuilder(":param ");
        CypherLiteral.Append(line, parameters);
        output.Write(line.Append(";\n").ToString());
    }

    static void Statement(TextWriter output, CypherStatement statement) => output.Write(statement.Text + ";\n");

    static string Comment(string text) => text.ReplaceLineEndings(" ");
}
