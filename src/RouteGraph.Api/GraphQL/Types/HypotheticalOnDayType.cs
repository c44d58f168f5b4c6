using global::GraphQL.Types;
using RouteGraph.Core.Analytics;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class HypotheticalOnDayType : ObjectGraphType<HypotheticalOnDay>
{
    public HypotheticalOnDayType()
    {
        Name = "HypotheticalOnDay";
        Description = "A scenario's hypothetical partnership and its status on the day asked about.";
        Field<NonNullGraphType<StringGraphType>>("title").Description("Its title as the scenario gave it.").Resolve(c => c.Source.Partnership.Title);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("partnerIds").Description("Its partners (country or region ids).")
            .Resolve(c => c.Source.Partnership.PartnerIds);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectorEnum>>>>("sectors").Description("The sectors it covers.")
            .Resolve(c => c.Source.Partnership.Sectors);
        Field<NonNullGraphType<PartialDateGraphType>>("startsOn").Description("When it starts.").Resolve(c => c.Source.Partnership.StartsOn);
        Field<NonNullGraphType<PartnershipStatusEnum>>("status").Description("Its status that day.").Resolve(c => c.Source.Status.Status);
    }
}
