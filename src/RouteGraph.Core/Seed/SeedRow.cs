using RouteGraph.Core.Graph;

namespace RouteGraph.Core.Seed;

/// <summary>
/// One data row of a seed file read through its header: the cell of each field, the typed
/// properties, and every problem found in it. A row with any problem becomes no record.
/// </summary>
internal sealed class SeedRow
{
    readonly string _file;
    readonly CsvRow _row;
    readonly SeedHeader _header;
    readonly List<GraphProblem> _problems;

    public SeedRow(string file, CsvRow row, SeedHeader header, List<GraphProblem> problems)
    {
        (_file, _row, _header, _problems) = (file, row, header, problems);
        Location = new SourceLocation(file, row.Line);

        // Cells of a row with a CSV fault or a wrong field count sit under the wrong columns: checking them would only add noise.
        Readable = !row.Malformed && row.Fields.Length == header.Width;
        if (!row.Malformed && !Readable)
            Report(1, $"row has {row.Fields.Length} fields but the header has {header.Width}");
        Ok = Readable && header.Ok;
    }

    public SourceLocation Location { get; }

    /// <summary>Its cells line up with the header, so they can be checked.</summary>
    public bool Readable { get; }

    /// <summary>No problem in the row nor in its file's header: it can become a record.</summary>
    public bool Ok { get; private set; }

    /// <summary>The cell of a field, or null when the file has no such column (or the row is too short).</summary>
    public string? Cell(string field) =>
        _header.ColumnOf(field) is { } column && column <= _row.Fields.Length ? _row.Fields[column - 1] : null;

    public void Report(string field, string reason) => Report(_header.ColumnOf(field) ?? 1, reason);

    public void Report(int column, string reason)
    {
        Ok = false;
        _problems.Add(new GraphProblem(_file, _row.Line, column, reason));
    }

    /// <summary>Checks a fixed column holding a label or type name, e.g. <c>:LABEL</c> of nodes/Country.csv.</summary>
    public void Expect(string field, string expected)
    {
        var cell = Cell(field);
        if (cell is not null && cell != expected)
            Report(field, $"{field} is '{cell}' but {_file} holds {expected} only");
    }

    /// <summary>The typed properties of the row; blank cells are absent.</summary>
    public Dictionary<string, object?> Properties()
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (spec, column) in _header.Properties)
        {
            var (value, problem) = PropertyValues.Parse(spec, _row.Fields[column - 1]);
            if (problem is not null)
                Report(column, problem);
            else if (value is not null)
                values[spec.Name] = value;
        }

        return values;
    }
}
