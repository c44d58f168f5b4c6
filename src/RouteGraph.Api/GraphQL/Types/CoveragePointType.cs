using global::GraphQL.Types;
using RouteGraph.Core.Analytics;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class CoveragePointType : ObjectGraphType<CoveragePoint>
{
    public CoveragePointType()
    {
        Name = "CoveragePoint";
        Description = "A route's coverage counts from one change date until the next.";
        Field<NonNullGraphType<IsoDateGraphType>>("day").Description("The change date.").Resolve(c => c.Source.Day);
        CoverageCountFields.AddTo(this, p => p.Counts);
    }
}
