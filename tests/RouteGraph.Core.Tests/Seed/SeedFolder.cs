using System.Text;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Tests.Seed;

/// <summary>
/// A seed folder in a temp directory, written from code: <see cref="Valid"/> holds a minimal valid
/// seed (every label, every relationship type) with headers taken from <see cref="GraphSchema"/>;
/// a test then breaks one thing in it through the text helpers. Deleted on dispose.
/// Test fixture data only: not a statement about the real world.
/// </summary>
public sealed class SeedFolder : IDisposable
{
    SeedFolder()
    {
        Directory = Path.Combine(Path.GetTempPath(), "routegraph-seed-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    /// <summary>The quote on the partnership's SOURCED_FROM: commas, doubled quotes and a non-ASCII letter survive CSV.</summary>
    public const string Quote = "The Signatories intend to \"cooperate\", yearly; città.";

    /// <summary>Writes every file of the minimal valid seed.</summary>
    public static SeedFolder Valid()
    {
        var seed = new SeedFolder();
        foreach (var (label, rows) in ValidNodes)
            seed.Write(GraphSchema.For(label).File, NodeCsv(label, rows));
        foreach (var (type, rows) in ValidRelationships)
            seed.Write(GraphSchema.For(type).File, RelationshipCsv(type, rows));
        return seed;
    }

    /// <summary>An empty folder, for tests that write everything themselves.</summary>
    public static SeedFolder Empty() => new();

    static readonly (NodeLabel, Row[])[] ValidNodes =
    [
        (NodeLabel.Country,
        [
            Node("IT", ("iso3", "ITA"), ("name", "Italy"), ("nameIt", "Italia"), ("lat", "42.5"), ("lon", "12.5"), ("euMember", "true")),
            Node("TN", ("iso3", "TUN"), ("name", "Tunisia"), ("nameIt", "Tunisia"), ("aliases", "Tunisian Republic;Tunisie"), ("lat", "34"),
                ("lon", "9.5"), ("euMember", "false")),
            Node("LY", ("iso3", "LBY"), ("name", "Libya"), ("nameIt", "Libia"), ("euMember", "FALSE")),
        ]),
        (NodeLabel.Region, [Node("north-africa", ("name", "North Africa"), ("nameIt", "Nord Africa"))]),
        (NodeLabel.Route, [Node("central-mediterranean", ("name", "Central Mediterranean"), ("mode", "SEA"))]),
        (NodeLabel.Partnership,
        [
            Node("test-partnership", ("title", "Test partnership"), ("kind", "OPERATIONAL_PARTNERSHIP"), ("level", "EU"),
                ("legallyBinding", "false"), ("summary", "A fixture, with a comma")),
        ]),
        (NodeLabel.Sector,
            [Node("anti-smuggling", ("code", "ANTI_SMUGGLING"), ("rank", "3"), ("name", "Fighting smuggling"), ("nameIt", "Lottare contro il traffico"))]),
        (NodeLabel.PolicyArea, [Node("visas", ("name", "Visas"), ("nameIt", "Visti"))]),
        (NodeLabel.Programme, [Node("test-avrr", ("name", "Test AVRR"), ("kind", "AVRR"))]),
        (NodeLabel.Organisation, [Node("test-org", ("name", "Test organisation"), ("kind", "INTERNATIONAL_ORGANISATION"))]),
        (NodeLabel.Commitment, [Node("test-commitment", ("text", "Meet yearly"), ("sector", "ANTI_SMUGGLING"), ("recurrence", "YEARLY"))]),
        (NodeLabel.Indicator,
        [
            Node("test-indicator", ("metric", "Test metric"), ("value", "1.5"), ("unit", "EUR"), ("approximate", "true"),
                ("periodStart", "2017-01-01"), ("periodEnd", "2019-12-31")),
        ]),
        (NodeLabel.LifecycleEvent,
        [
            Node("test-partnership-launched", ("kind", "LAUNCHED"), ("date", "2022-07-08")),
            Node("test-avrr-launched", ("kind", "LAUNCHED"), ("date", "2024"), ("note", "the first year covered")),
        ]),
        (NodeLabel.Document, [Node("test-document", ("title", "Test document"), ("publisher", "Test publisher"), ("language", "en"))]),
    ];

    const string Doc = "test-document";

    static readonly (RelationType, Row[])[] ValidRelationships =
    [
        (RelationType.ON_ROUTE,
        [
            Link("TN", "central-mediterranean", ("role", "DEPARTURE"), ("source", Doc)),
            Link("TN", "central-mediterranean", ("role", "ORIGIN"), ("source", Doc)),
            Link("LY", "central-mediterranean", ("role", "TRANSIT"), ("source", Doc)),
            Link("IT", "central-mediterranean", ("role", "ARRIVAL"), ("source", Doc)),
        ]),
        (RelationType.LEG,
        [
            Link("LY", "TN", ("route", "central-mediterranean"), ("mode", "LAND"), ("source", Doc)),
            Link("TN", "IT", ("route", "central-mediterranean"), ("mode", "SEA"), ("source", Doc)),
        ]),
        (RelationType.IN_REGION, [Link("TN", "north-africa", ("source", Doc)), Link("LY", "north-africa", ("source", Doc))]),
        (RelationType.SIGNED_BY, [Link("test-partnership", "IT", ("source", Doc)), Link("test-partnership", "test-org", ("source", Doc))]),
        (RelationType.WITH_PARTNER, [Link("test-partnership", "north-africa", ("source", Doc))]),
        (RelationType.COVERS, [Link("test-partnership", "anti-smuggling", ("source", Doc)), Link("test-avrr", "anti-smuggling", ("source", Doc))]),
        (RelationType.USES_POLICY, [Link("test-partnership", "visas", ("source", Doc))]),
        (RelationType.TARGETS, [Link("test-partnership", "central-mediterranean", ("source", Doc))]),
        (RelationType.PART_OF, [Link("test-avrr", "test-partnership", ("source", Doc))]),
        (RelationType.RETURNS_FROM, [Link("test-avrr", "LY", ("source", Doc))]),
        (RelationType.RETURNS_TO, [Link("test-avrr", "TN", ("source", Doc))]),
        (RelationType.IMPLEMENTED_BY, [Link("test-avrr", "test-org", ("source", Doc))]),
        (RelationType.COMMITS_TO, [Link("test-partnership", "test-commitment", ("source", Doc))]),
        (RelationType.MEASURES, [Link("test-indicator", "central-mediterranean", ("source", Doc))]),
        (RelationType.HAS_EVENT,
            [Link("test-partnership", "test-partnership-launched", ("source", Doc)), Link("test-avrr", "test-avrr-launched", ("source", Doc))]),
        (RelationType.SOURCED_FROM, [Link("test-partnership", Doc, ("quote", Quote)), Link("TN", Doc)]),
    ];

    /// <summary>One data row: the key (an id, or start and end) and property cells by name.</summary>
    sealed record Row(string[] Key, (string Name, string Value)[] Cells);

    static Row Node(string id, params (string, string)[] cells) => new([id], cells);

    static Row Link(string from, string to, params (string, string)[] cells) => new([from, to], cells);

    static string NodeCsv(NodeLabel label, Row[] rows) =>
        Csv(["id:ID", ":LABEL"], GraphSchema.For(label).Properties, rows.Select(r => (string[])[r.Key[0], label.ToString()]), rows);

    static string RelationshipCsv(RelationType type, Row[] rows) =>
        Csv([":START_ID", ":END_ID", ":TYPE"], GraphSchema.For(type).Properties, rows.Select(r => (string[])[.. r.Key, type.ToString()]), rows);

    static string Csv(string[] fixedHeaders, IReadOnlyList<PropertySpec> properties, IEnumerable<string[]> keys, Row[] rows)
    {
        var text = new StringBuilder();
        text.Append(string.Join(',', fixedHeaders.Concat(properties.Select(p => p.CsvHeader)))).Append('\n');
        foreach (var (key, row) in keys.Zip(rows))
        {
            var cells = properties.Select(p => row.Cells.FirstOrDefault(c => c.Name == p.Name).Value ?? "");
            text.Append(string.Join(',', key.Concat(cells).Select(Escape))).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>CSV quoting: a cell with a comma, quote or line break is quoted, its quotes doubled.</summary>
    public static string Escape(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{cell.Replace("\"", "\"\"")}\"" : cell;

    public string PathOf(string file) => Path.Combine(Directory, file);

    public string Read(string file) => File.ReadAllText(PathOf(file));

    public void Write(string file, string text)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(PathOf(file))!);
        File.WriteAllText(PathOf(file), text);
    }

    public void Delete(string file) => File.Delete(PathOf(file));

    /// <summary>Replaces text that must occur exactly once in the file (so a test breaks what it means to).</summary>
    public void Replace(string file, string old, string replacement)
    {
        var text = Read(file);
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(old, at + 1, StringComparison.Ordinal) < 0, $"'{old}' must occur once in {file}");
        Write(file, text.Replace(old, replacement));
    }

    /// <summary>Adds a line at the end of a file.</summary>
    public void Append(string file, string line) => File.AppendAllText(PathOf(file), line + "\n");

    /// <summary>The 1-based line of the first line starting with a text, as an editor shows it.</summary>
    public int LineOf(string file, string start)
    {
        var lines = Read(file).Split('\n');
        var index = Array.FindIndex(lines, l => l.StartsWith(start, StringComparison.Ordinal));
        Assert.True(index >= 0, $"no line of {file} starts with '{start}'");
        return index + 1;
    }

    /// <summary>The 1-based column of a header in a file's header line.</summary>
    public int ColumnOf(string file, string header)
    {
        var index = Array.IndexOf(Read(file).Split('\n')[0].Split(','), header);
        Assert.True(index >= 0, $"{file} has no column '{header}'");
        return index + 1;
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
