using global::GraphQL.Types;
using RouteGraph.Core.Analytics;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class CoverageCellType : ObjectGraphType<CoverageCell>
{
    public CoverageCellType()
    {
        Name = "CoverageCell";
        Description = "One cell of a route's coverage matrix: a third country (with its roles on the route) and a key sector on a day, "
            + "its state, the reason for a GAP or UNKNOWN, and the partnerships, activities and evidence behind it.";
        Field<NonNullGraphType<CountryType>>("country").Description("The country.").Resolve(c => c.Source.Country);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RouteRoleEnum>>>>("roles")
            .Description("The country's roles on the route among ORIGIN, TRANSIT and DEPARTURE.").Resolve(c => c.Source.Roles);
        Field<NonNullGraphType<SectorEnum>>("sector").Description("The key sector.").Resolve(c => c.Source.Sector);
        Field<NonNullGraphType<CoverageStateEnum>>("state").Description("COVERED, GAP or UNKNOWN on the day.").Resolve(c => c.Source.State);
        Field<StringGraphType>("reason")
            .Description("Why a GAP or UNKNOWN, as a stable code: NO_PARTNERSHIP, NOT_YET_ACTIVE, SUSPENDED or ENDED for a GAP; "
                + "UNDATED or IMPRECISE_DATE for UNKNOWN. Null when COVERED.")
            .Resolve(c => c.Source.Reason?.ToString());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnershipType>>>>("partnerships")
            .Description("The partnerships behind the state: the active ones of a COVERED cell, the uncertain ones of an UNKNOWN cell, "
                + "every one with the country in the sector for a GAP (none for NO_PARTNERSHIP). In signing order.")
            .Resolve(c => c.Source.Partnerships);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnershipOnDayType>>>>("considered")
            .Description("Every partnership with the country in the sector, with its status on the day.").Resolve(c => c.Source.Considered);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageActivityType>>>>("activities")
            .Description("Programmes acting in the country in this sector (returns from or to it): evidence of another kind, never counted.")
            .Resolve(c => c.Source.Activities);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageEvidenceType>>>>("evidence")
            .Description("The documents (and, for the seed documents, the exact sentences) behind each partnership of the cell: "
                + "partner, sector, and lifecycle events up to the day.")
            .Resolve(c => RouteCoverageAnalysis.EvidenceOf(c.Graph(), c.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HypotheticalOnDayType>>>>("hypothetical")
            .Description("The scenario's hypothetical partnerships with the country in the sector, with their status on the day.")
            .Resolve(c => c.Source.Hypothetical);
        Field<NonNullGraphType<BooleanGraphType>>("changed")
            .Description("True when a scenario changed this cell's state or reason; always false without a scenario.").Resolve(c => c.Source.Changed);
    }
}
