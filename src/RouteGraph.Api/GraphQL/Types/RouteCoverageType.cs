using global::GraphQL;
using global::GraphQL.Types;
using RouteGraph.Core.Analytics;
using CoreSector = RouteGraph.Core.Model.Sector;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class RouteCoverageType : ObjectGraphType<CoverageAnswer>
{
    public RouteCoverageType()
    {
        Name = "RouteCoverage";
        Description = "A route's coverage matrix on a day: one row per third country with any role among ORIGIN, TRANSIT and DEPARTURE, "
            + "one cell per key sector, each COVERED, GAP or UNKNOWN with its reason and evidence. Each country counts once per sector. "
            + "An unknown route gives route null and no cells.";
        Field<RouteType>("route").Description("The route; null when the id names no route.").Resolve(c => c.Source.Route);
        Field<IsoDateGraphType>("activeOn").Description("The day the matrix is for: the day asked for, or today (UTC) when none was given.")
            .Resolve(c => c.Source.Day);
        CoverageCountFields.AddTo(this, a => a.Counts);
        List<CoverageRowType>("rows", "One row per third country of the route (origin, transit or departure), by name, with its roles.",
            c => c.Source.Coverage?.Rows ?? []);
        List<SectorCoverageType>("bySector", "The ratio and counts of each sector's column, in the Council's order.",
            c => c.Source.Coverage?.BySector ?? []);
        Cells("cells", "Every cell: one per country and key sector.", a => a.Cells);
        Cells("gaps", "The cells whose state is GAP.", a => a.Gaps);
        Cells("unknown", "The cells whose state is UNKNOWN.", a => a.Unknown);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageCellType>>>>("changes")
            .Description("The cells the scenario changed (state or reason) against the same day without it; empty without a scenario.")
            .Resolve(c => c.Source.Coverage?.Changes ?? []);
    }

    void Cells(string name, string description, Func<RouteCoverage, IEnumerable<CoverageCell>> cells) =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageCellType>>>>(name)
            .Description(description + " Rows by country name, sectors in the Council's order.")
            .Argument<SectorEnum>("sector", "Only the cells of this sector.")
            .Resolve(c => c.Source.Coverage is { } coverage
                ? cells(coverage).Where(cell => c.GetArgument<CoreSector?>("sector") is not { } only || cell.Sector == only)
                : []);

    void List<TItem>(string name, string description, Func<IResolveFieldContext<CoverageAnswer>, object?> resolve) where TItem : IGraphType =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TItem>>>>(name).Description(description).Resolve(resolve);
}
