using global::GraphQL.Types;
using RouteGraph.Core.Analytics;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class PartnershipOnDayType : ObjectGraphType<PartnershipOnDay>
{
    public PartnershipOnDayType()
    {
        Name = "PartnershipOnDay";
        Description = "A partnership and its status on the day a question is about.";
        Field<NonNullGraphType<PartnershipType>>("partnership").Description("The partnership.").Resolve(c => c.Source.Partnership);
        Field<NonNullGraphType<PartnershipStatusEnum>>("status").Description("Its status that day.").Resolve(c => c.Source.Status.Status);
        Field<StringGraphType>("uncertainty").Description("When UNCERTAIN, why: UNDATED or IMPRECISE_DATE; null otherwise.")
            .Resolve(c => c.Source.Status.Uncertainty?.ToString());
    }
}
