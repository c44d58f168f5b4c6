namespace RouteGraph.Api.Exports;

/// <summary>
/// One line of coverage.csv as CsvHelper writes it (and reads it back): plain text cells, lists joined with
/// <see cref="CoverageCsv.ListSeparator"/>, dates as yyyy-MM-dd. The header is the property names.
/// </summary>
public sealed record CoverageCsvLine(
    string Route,
    string Day,
    string Iso2,
    string Country,
    string Roles,
    string Sector,
    string State,
    string Reason,
    string Partnerships,
    string PartnershipTitles,
    string Sources);
