using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Seed;

/// <summary>What reading a seed folder gives the assembler besides the records: CSV columns and unreadable ids.</summary>
internal sealed record SeedRead(SeedRecords Records, AssemblyContext Context);

/// <summary>
/// Reads every seed file <see cref="GraphSchema"/> names. Checks what one file shows on its own
/// (files, headers, CSV syntax, cell values, ids); cross-record checks are the assembler's.
/// </summary>
internal static class SeedReader
{
    static readonly string[] SeedSubfolders = ["nodes", "relationships"];

    public static SeedRead Read(string directory)
    {
        var problems = new List<GraphProblem>();
        var files = ReadFiles(directory, problems);
        var headers = new Dictionary<string, SeedHeader>(StringComparer.Ordinal);
        var unreadIds = new HashSet<string>(StringComparer.Ordinal);
        var nodes = new List<NodeRecord>();
        var relationships = new List<RelationshipRecord>();

        foreach (var spec in GraphSchema.Labels)
        {
            foreach (var row in Rows(SeedLayout.For(spec), files, headers, problems))
            {
                if (ReadNode(spec.Label, row) is { } node)
                    nodes.Add(node);
                else if (row.Cell(PolicyGraphAssembler.IdField) is { } id && !string.IsNullOrWhiteSpace(id))
                    unreadIds.Add(id); // its problems are reported; references to it are not reported again
            }
        }

        foreach (var spec in GraphSchema.Relations)
        {
            foreach (var row in Rows(SeedLayout.For(spec), files, headers, problems))
            {
                if (ReadRelationship(spec.Type, row) is { } relationship)
                    relationships.Add(relationship);
            }
        }

        SourceLocation? Locate(SourceLocation? at, string field) =>
            at is not null && headers.TryGetValue(at.File, out var header) && header.ColumnOf(field) is { } column
                ? at with { Column = column }
                : at;

        return new SeedRead(
            new SeedRecords(SeedVersion.Of(files), nodes, relationships, problems),
            new AssemblyContext(Locate, unreadIds));
    }

    static NodeRecord? ReadNode(NodeLabel label, SeedRow row)
    {
        if (!row.Readable)
            return null;
        // A missing column is reported with the header; its cells are not reported again on every row.
        var id = row.Cell(PolicyGraphAssembler.IdField) ?? "";
        if (row.Cell(PolicyGraphAssembler.IdField) is not null && NodeIds.Check(label, id) is { } idProblem)
            row.Report(PolicyGraphAssembler.IdField, idProblem);
        row.Expect(SeedLayout.LabelColumn, label.ToString());
        var properties = row.Properties();
        return row.Ok ? new NodeRecord(label, id, properties, row.Location) : null;
    }

    static RelationshipRecord? ReadRelationship(RelationType type, SeedRow row)
    {
        if (!row.Readable)
            return null;
        var from = row.Cell(PolicyGraphAssembler.StartField);
        var to = row.Cell(PolicyGraphAssembler.EndField);
        if (from is not null && string.IsNullOrWhiteSpace(from))
            row.Report(PolicyGraphAssembler.StartField, "empty :START_ID");
        if (to is not null && string.IsNullOrWhiteSpace(to))
            row.Report(PolicyGraphAssembler.EndField, "empty :END_ID");
        row.Expect(SeedLayout.TypeColumn, type.ToString());
        var properties = row.Properties();
        return row.Ok ? new RelationshipRecord(type, from!, to!, properties, row.Location) : null;
    }

    /// <summary>The data rows of one seed file, read through its header (none when the file is missing or empty).</summary>
    static IEnumerable<SeedRow> Rows(
        SeedLayout layout, Dictionary<string, byte[]> files, Dictionary<string, SeedHeader> headers, List<GraphProblem> problems)
    {
        if (!files.TryGetValue(layout.File, out var bytes))
            yield break;
        var table = SeedCsv.Parse(layout.File, bytes, problems);
        if (table.Header is null)
        {
            if (!problems.Any(p => p.File == layout.File))
                problems.Add(new GraphProblem(layout.File, 1, 1, $"empty file: expected the header {string.Join(',', layout.Headers)}"));
            yield break;
        }

        var header = SeedHeader.Read(layout, table.Header, problems);
        headers[layout.File] = header;
        foreach (var row in table.Rows)
            yield return new SeedRow(layout.File, row, header, problems);
    }

    /// <summary>
    /// The bytes of every seed file the schema names, by path relative to the folder ('/'-separated).
    /// A missing or unreadable file, and a CSV file no label or type uses, is a problem (when problems are collected).
    /// </summary>
    public static Dictionary<string, byte[]> ReadFiles(string directory, List<GraphProblem>? problems)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        if (!Directory.Exists(directory))
        {
            problems?.Add(new GraphProblem(directory, 0, 0, "seed folder not found"));
            return files;
        }

        var expected = GraphSchema.Labels.Select(l => l.File).Concat(GraphSchema.Relations.Select(r => r.File)).ToList();
        foreach (var file in expected)
        {
            var path = Path.Combine(directory, file);
            try
            {
                files[file] = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                problems?.Add(new GraphProblem(file, 0, 0, "missing file (a header line alone is enough when there are no rows)"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems?.Add(new GraphProblem(file, 0, 0, $"cannot read file: {e.Message}"));
            }
        }

        if (problems is null)
            return files;
        var unknown = SeedSubfolders
            .Where(sub => Directory.Exists(Path.Combine(directory, sub)))
            .SelectMany(sub => Directory.EnumerateFiles(Path.Combine(directory, sub), "*.csv"))
            .Select(path => Path.GetRelativePath(directory, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Except(expected, StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        foreach (var file in unknown)
            problems.Add(new GraphProblem(file, 0, 0, "unknown seed file: no label or relationship type of the schema uses it"));

        return files;
    }
}
