using global::GraphQL;
using global::GraphQL.Types;
using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class CountryType : NodeGraphType<Country>
{
    public CountryType() : base("Country", "A country, identified by its ISO 3166-1 alpha-2 code (IT, TN, LY).")
    {
        Text("iso2", "ISO 3166-1 alpha-2 code; the same as id.", c => c.Iso2);
        Text("iso3", "ISO 3166-1 alpha-3 code.", c => c.Iso3);
        LocalisedName("name", "The country's short name.", c => c.Names);
        Aliases(c => c.Aliases);
        Field<GeoPointType>("centroid").Description("A central point of the country for drawing it on a map; null when not held.")
            .Resolve(c => c.Source.Centroid);
        Field<NonNullGraphType<BooleanGraphType>>("euMember").Description("Whether the country is a member state of the European Union.")
            .Resolve(c => c.Source.EuMember);
        List<CountryRouteType>("routes", "The migration routes this country lies on, with its roles on each (ON_ROUTE).",
            c => c.Graph().RoutesOf(c.Source));
        List<RegionType>("regions", "The regions this country belongs to (IN_REGION).",
            c => c.Graph().Targets<Region>(c.Source.Id, RelationType.IN_REGION));
        List<PartnershipType>("partnerships", "Partnerships naming this country as partner, directly or through one of its regions (WITH_PARTNER), "
                + "ordered by signing date (unknown last). The filter narrows them further.",
                c => Core.Analytics.PartnershipQueries.WithCountry(c.Graph(), c.Source, c.GetArgument<Core.Analytics.PartnershipFilter?>("filter"), c.Today()))
            .Argument<PartnershipFilterInputType>("filter", "Keep only the partnerships matching this filter.");
        List<PartnershipType>("signedPartnerships", "Partnerships this country signed (SIGNED_BY).",
            c => c.Graph().Sources<Partnership>(c.Source.Id, RelationType.SIGNED_BY));
        List<LegType>("legsFrom", "Legs of movement leaving this country, on every route (LEG).",
            c => c.Graph().Out(c.Source.Id, RelationType.LEG));
        List<LegType>("legsTo", "Legs of movement reaching this country, on every route (LEG).",
            c => c.Graph().In(c.Source.Id, RelationType.LEG));
        List<ProgrammeType>("programmesReturningFrom", "Programmes supporting returns from this country (RETURNS_FROM).",
            c => c.Graph().Sources<Programme>(c.Source.Id, RelationType.RETURNS_FROM));
        List<ProgrammeType>("programmesReturningTo", "Programmes supporting returns to this country (RETURNS_TO).",
            c => c.Graph().Sources<Programme>(c.Source.Id, RelationType.RETURNS_TO));
        SourcesField();
    }
}
