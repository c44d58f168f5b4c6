using global::GraphQL.Types;
using RouteGraph.Core.Analytics;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class CoverageActivityType : ObjectGraphType<CoverageActivity>
{
    public CoverageActivityType()
    {
        Name = "CoverageActivity";
        Description = "A programme acting in a country (returns from or to it): evidence of another kind beside the partnerships, never counted as one.";
        Field<NonNullGraphType<ProgrammeType>>("programme").Description("The programme.").Resolve(c => c.Source.Programme);
        Field<NonNullGraphType<RelationTypeEnum>>("relation").Description("How it acts in the country: RETURNS_FROM or RETURNS_TO.")
            .Resolve(c => c.Source.Relation);
        Field<NonNullGraphType<PartnershipStatusEnum>>("status").Description("The programme's status on the day.").Resolve(c => c.Source.Status.Status);
    }
}
