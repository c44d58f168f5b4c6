using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Seed;

/// <summary>A column every file of a kind has besides the properties, e.g. <c>id:ID</c>, and the field it holds.</summary>
internal sealed record FixedColumn(string Header, string Field);

/// <summary>The columns a seed file may have, taken from <see cref="GraphSchema"/>.</summary>
internal sealed record SeedLayout(string File, IReadOnlyList<FixedColumn> Fixed, IReadOnlyList<PropertySpec> Properties)
{
    public const string LabelColumn = ":LABEL", TypeColumn = ":TYPE";

    public static SeedLayout For(LabelSpec spec) => new(
        spec.File, [new("id:ID", PolicyGraphAssembler.IdField), new(LabelColumn, LabelColumn)], spec.Properties);

    public static SeedLayout For(RelationSpec spec) => new(
        spec.File,
        [new(":START_ID", PolicyGraphAssembler.StartField), new(":END_ID", PolicyGraphAssembler.EndField), new(TypeColumn, TypeColumn)],
        spec.Properties);

    public IEnumerable<string> Headers => Fixed.Select(f => f.Header).Concat(Properties.Select(p => p.CsvHeader));
}

/// <summary>
/// A seed file's header line read against its layout: the 1-based column of every field and property.
/// Columns may come in any order (as in Neo4j's bulk import); optional property columns may be left out.
/// </summary>
internal sealed class SeedHeader
{
    readonly Dictionary<string, int> _columns;

    SeedHeader(int width, bool ok, Dictionary<string, int> columns, IReadOnlyList<(PropertySpec Spec, int Column)> properties)
    {
        Width = width;
        Ok = ok;
        _columns = columns;
        Properties = properties;
    }

    /// <summary>How many fields every row must have.</summary>
    public int Width { get; }

    /// <summary>False when the header has a problem: rows are still checked, but none becomes a record.</summary>
    public bool Ok { get; }

    public IReadOnlyList<(PropertySpec Spec, int Column)> Properties { get; }

    /// <summary>The column of a field (a fixed field such as "id", or a property name), or null when the file lacks it.</summary>
    public int? ColumnOf(string field) => _columns.TryGetValue(field, out var column) ? column : null;

    public static SeedHeader Read(SeedLayout layout, CsvRow header, List<GraphProblem> problems)
    {
        var ok = true;
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var properties = new List<(PropertySpec, int)>();
        void Report(int column, string reason)
        {
            ok = false;
            problems.Add(new GraphProblem(layout.File, header.Line, column, reason));
        }

        for (var column = 1; column <= header.Fields.Length; column++)
        {
            var text = header.Fields[column - 1];
            var name = text.Split(':')[0]; // "signedOn:date" -> "signedOn"; "" for ":LABEL"
            var fixedColumn = layout.Fixed.FirstOrDefault(f => f.Header == text);
            var property = layout.Properties.FirstOrDefault(p => p.Name == name);
            var field = fixedColumn?.Field ?? property?.Name;

            if (string.IsNullOrWhiteSpace(text))
                Report(column, "empty column header");
            else if (field is null)
                Report(column, $"unknown column '{text}' (allowed: {PropertyValues.Allowed(layout.Headers)})");
            else if (columns.TryGetValue(field, out var earlier))
                Report(column, $"column '{text}' repeats column {earlier}");
            else
            {
                columns[field] = column;
                if (property is null)
                    continue;
                if (text != property.CsvHeader)
                    Report(column, $"column '{text}' must be written '{property.CsvHeader}' ('{property.Name}' is {Describe(property.Type)})");
                properties.Add((property, column)); // parsed as the schema says, whatever the header's type
            }
        }

        var missing = layout.Fixed.Select(f => (f.Field, f.Header))
            .Concat(layout.Properties.Where(p => p.Required).Select(p => (Field: p.Name, Header: p.CsvHeader)))
            .Where(c => !columns.ContainsKey(c.Field));
        foreach (var (_, headerText) in missing)
            Report(1, $"missing required column '{headerText}'");

        return new SeedHeader(header.Fields.Length, ok, columns, properties);
    }

    static string Describe(PropertyType type) => type switch
    {
        PropertyType.String => "text",
        PropertyType.StringArray => "a list of text",
        _ => $"a {type.ToString().ToLowerInvariant()}",
    };
}
