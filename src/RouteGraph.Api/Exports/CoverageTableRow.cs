using RouteGraph.Core.Analytics;
using RouteGraph.Core.Model;

namespace RouteGraph.Api.Exports;

/// <summary>
/// One row of the coverage table a spreadsheet reads (GET /exports/coverage.csv, GraphQL <c>coverageTable</c>): a country
/// on a route and one key sector on a day, with the cell's state, its reason and the evidence behind it.
/// </summary>
public sealed record CoverageTableRow(
    string Route,
    DateOnly Day,
    string Iso2,
    string Country,
    IReadOnlyList<RouteRole> Roles,
    Sector Sector,
    CoverageState State,
    CoverageReason? Reason,
    IReadOnlyList<Partnership> Partnerships,
    IReadOnlyList<Document> Sources);
