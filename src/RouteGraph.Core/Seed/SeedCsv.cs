using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using RouteGraph.Core.Graph;

namespace RouteGraph.Core.Seed;

/// <summary>One CSV record with the line it starts on (1-based, as an editor shows it; a quoted field that spans lines is reported).</summary>
internal sealed record CsvRow(int Line, string[] Fields, bool Malformed);

/// <summary>A seed file split into its header and data rows; blank lines are skipped.</summary>
internal sealed record CsvTable(string File, CsvRow? Header, IReadOnlyList<CsvRow> Rows);

/// <summary>The CSV layer: CsvHelper's RFC 4180 parser plus the line of every record and the column of every bad field.</summary>
internal static class SeedCsv
{
    public static CsvTable Parse(string file, byte[] bytes, List<GraphProblem> problems)
    {
        // Not UTF-8: reported once; its rows are still split (to learn their ids) but none is checked or loaded.
        var badLine = FirstInvalidUtf8Line(bytes);
        var notUtf8 = badLine is not null;
        if (badLine is { } line0)
            problems.Add(new GraphProblem(file, line0, 1, "file is not valid UTF-8 text"));

        var rows = new List<CsvRow>();
        var lastLine = 0; // the line the previous record ended on; the next one starts after it
        string? badField = null;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            IgnoreBlankLines = false, // keeps the line count exact; blank records are dropped below
            DetectColumnCountChanges = false,
            BadDataFound = args => badField ??= args.Field,
        };

        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var parser = new CsvParser(reader, config);
        try
        {
            while (parser.Read())
            {
                var line = lastLine + 1;
                lastLine = parser.RawRow;
                var fields = new string[parser.Count];
                var badColumn = 0;
                for (var column = 1; column <= fields.Length; column++)
                {
                    badField = null;
                    fields[column - 1] = parser[column - 1]; // CsvHelper parses fields lazily, so BadDataFound fires here
                    if (badField is not null && badColumn == 0 && !notUtf8)
                    {
                        badColumn = column;
                        problems.Add(new GraphProblem(file, line, column, $"malformed CSV: {DescribeBadQuote(badField)}"));
                    }
                }

                // neo4j-admin reads one record per line unless told --multiline-fields, and no seed
                // sentence holds a line break: a quoted field that spans lines is an error, not data.
                if (badColumn == 0 && !notUtf8 && Array.FindIndex(fields, f => f.AsSpan().IndexOfAny('\n', '\r') >= 0) is var broken and >= 0)
                {
                    badColumn = broken + 1;
                    problems.Add(new GraphProblem(file, line, badColumn, "field spans lines: write it on one line (a line break in a quoted field is not allowed)"));
                }

                if (fields.All(string.IsNullOrWhiteSpace) && fields.Length <= 1)
                    continue;
                rows.Add(new CsvRow(line, fields, Malformed: badColumn > 0 || notUtf8));
            }
        }
        catch (CsvHelperException e)
        {
            problems.Add(new GraphProblem(file, lastLine + 1, 1, $"malformed CSV: {e.Message.Split('\n')[0]}"));
            return new CsvTable(file, null, []); // nothing read from a file that cannot be read to its end
        }

        return rows.Count == 0 ? new CsvTable(file, null, []) : new CsvTable(file, rows[0], rows.Skip(1).ToList());
    }

    /// <summary>The line of the first byte that is not UTF-8, or null when the whole file is.</summary>
    static int? FirstInvalidUtf8Line(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
            return null;
        var offset = 0;
        while (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
            offset += consumed;
        return bytes[..offset].Count((byte)'\n') + 1;
    }

    /// <summary>A quoted field is never closed when it holds an odd number of quotes; otherwise a quote is stray.</summary>
    static string DescribeBadQuote(string field) =>
        field.StartsWith('"') && field.Count(c => c == '"') % 2 == 1
            ? "quoted field is never closed"
            : "stray quote in field (a quote inside a field must be doubled and the field quoted)";
}
