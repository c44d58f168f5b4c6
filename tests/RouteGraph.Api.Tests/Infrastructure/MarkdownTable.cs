namespace RouteGraph.Api.Tests.Infrastructure;

/// <summary>
/// A markdown table read from a document: the first table after a heading, one dictionary per row keyed by
/// the header cells. Cells are trimmed; <c>—</c> (an em dash) stands for an empty cell.
/// </summary>
public static class MarkdownTable
{
    public const string Empty = "—";

    public static IReadOnlyList<IReadOnlyDictionary<string, string>> After(string markdown, string heading)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var start = Array.FindIndex(lines, l => l.TrimEnd() == heading);
        if (start < 0)
            throw new InvalidOperationException($"no heading '{heading}'");
        var table = lines.Skip(start + 1).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')).ToList();
        if (table.Count < 2)
            throw new InvalidOperationException($"no table after '{heading}'");
        var header = Cells(table[0]);
        return [.. table.Skip(2).Select(line =>
        {
            var cells = Cells(line);
            if (cells.Length != header.Length)
                throw new InvalidOperationException($"under '{heading}', a row has {cells.Length} cells, the header {header.Length}: {line}");
            return (IReadOnlyDictionary<string, string>)header.Zip(cells).ToDictionary(p => p.First, p => p.Second);
        })];
    }

    /// <summary>The items of a list cell (<c>a, b</c> or <c>a; b</c>); none for an empty cell.</summary>
    public static string[] Items(string cell, char separator = ',') =>
        cell == Empty ? [] : [.. cell.Split(separator).Select(s => s.Trim()).Where(s => s.Length > 0)];

    static string[] Cells(string line) => [.. line.Trim().Trim('|').Split('|').Select(c => c.Trim())];
}
