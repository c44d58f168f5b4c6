using global::GraphQL.Types;
using RouteGraph.Api.Exports;

namespace RouteGraph.Api.GraphQL.Types;

/// <summary>A row of the coverage table: the data of GET /exports/coverage.csv, for front ends that stay in GraphQL.</summary>
public sealed class CoverageTableRowType : ObjectGraphType<CoverageTableRow>
{
    public CoverageTableRowType()
    {
        Name = "CoverageTableRow";
        Description = "One country and one key sector of a route's coverage matrix on a day, as GET /exports/coverage.csv writes it.";
        Field<NonNullGraphType<IdGraphType>>("route").Description("The route's id.").Resolve(c => c.Source.Route);
        Field<NonNullGraphType<IsoDateGraphType>>("day").Description("The day the state holds on.").Resolve(c => c.Source.Day);
        Field<NonNullGraphType<StringGraphType>>("iso2").Description("The country's ISO 3166-1 alpha-2 code.").Resolve(c => c.Source.Iso2);
        Field<NonNullGraphType<CountryType>>("country").Description("The country.")
            .Resolve(c => c.Graph().Country(c.Source.Iso2));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RouteRoleEnum>>>>("roles").Description("Its roles on the route.")
            .Resolve(c => c.Source.Roles);
        Field<NonNullGraphType<SectorEnum>>("sector").Description("The key sector.").Resolve(c => c.Source.Sector);
        Field<NonNullGraphType<CoverageStateEnum>>("state").Description("COVERED, GAP or UNKNOWN on the day.").Resolve(c => c.Source.State);
        Field<StringGraphType>("reason").Description("Why the cell is not covered (a stable UPPER_SNAKE code); null when covered.")
            .Resolve(c => c.Source.Reason?.ToString());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnershipType>>>>("partnerships")
            .Description("The partnerships behind the state.").Resolve(c => c.Source.Partnerships);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentType>>>>("sources")
            .Description("The documents the state rests on.").Resolve(c => c.Source.Sources);
    }
}
