using global::GraphQL.Types;
using RouteGraph.Core.Analytics;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class CoverageTrendType : ObjectGraphType<CoverageTrend>
{
    public CoverageTrendType()
    {
        Name = "CoverageTrend";
        Description = "A route's coverage over a window, as a step chart: a point on the first day and on each later day the counts change.";
        Field<NonNullGraphType<RouteType>>("route").Description("The route.").Resolve(c => c.Source.Route);
        Field<NonNullGraphType<IsoDateGraphType>>("from").Description("The first day of the window.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<IsoDateGraphType>>("to").Description("The last day of the window.").Resolve(c => c.Source.To);
        Field<SectorEnum>("sector").Description("The sector counted; null for all five.").Resolve(c => c.Source.Sector);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoveragePointType>>>>("points")
            .Description("The counts from each change date until the next, by date.").Resolve(c => c.Source.Points);
    }
}
