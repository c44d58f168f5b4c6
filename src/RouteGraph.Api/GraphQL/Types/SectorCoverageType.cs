using global::GraphQL.Types;
using RouteGraph.Core.Analytics;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class SectorCoverageType : ObjectGraphType<SectorCoverage>
{
    public SectorCoverageType()
    {
        Name = "SectorCoverage";
        Description = "One sector's column of a route's coverage matrix: its ratio and counts.";
        Field<NonNullGraphType<SectorEnum>>("sector").Description("The key sector.").Resolve(c => c.Source.Sector);
        CoverageCountFields.AddTo(this, s => s.Counts);
    }
}
