using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace RouteGraph.Api.Exports;

/// <summary>
/// The coverage table as CSV for spreadsheets: RFC 4180 (CRLF line ends, fields quoted when they hold a comma, a quote
/// or a line break, header line first), UTF-8 with a byte order mark so that Excel reads accents (Côte d'Ivoire).
/// Written by CsvHelper.
/// </summary>
public static class CoverageCsv
{
    public const string ContentType = "text/csv; charset=utf-8; header=present";

    /// <summary>Joins the items of a list cell; titles hold commas, rarely semicolons.</summary>
    public const string ListSeparator = "; ";

    public static CsvConfiguration Configuration { get; } = new(CultureInfo.InvariantCulture) { NewLine = "\r\n" };

    public static byte[] Write(IEnumerable<CoverageTableRow> rows)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, Configuration))
            csv.WriteRecords(rows.Select(Line));
        return buffer.ToArray();
    }

    public static CoverageCsvLine Line(CoverageTableRow row) => new(
        row.Route,
        row.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        row.Iso2,
        row.Country,
        string.Join(ListSeparator, row.Roles),
        row.Sector.ToString(),
        row.State.ToString(),
        row.Reason?.ToString() ?? "",
        string.Join(ListSeparator, row.Partnerships.Select(p => p.Id)),
        string.Join(ListSeparator, row.Partnerships.Select(p => p.Title)),
        string.Join(ListSeparator, row.Sources.Select(d => d.Title)));
}
