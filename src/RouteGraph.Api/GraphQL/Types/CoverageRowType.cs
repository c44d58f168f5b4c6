using global::GraphQL.Types;
using RouteGraph.Core.Analytics;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class CoverageRowType : ObjectGraphType<CoverageRow>
{
    public CoverageRowType()
    {
        Name = "CoverageRow";
        Description = "One third country of a route with its roles there and one cell per key sector.";
        Field<NonNullGraphType<CountryType>>("country").Description("The country.").Resolve(c => c.Source.Country);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RouteRoleEnum>>>>("roles")
            .Description("Its roles on the route among ORIGIN, TRANSIT and DEPARTURE.").Resolve(c => c.Source.Roles);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageCellType>>>>("cells")
            .Description("One cell per key sector, in the Council's order.").Resolve(c => c.Source.Cells);
    }
}
