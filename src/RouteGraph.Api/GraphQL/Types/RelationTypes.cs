using global::GraphQL.Types;
using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class GeoPointType : ObjectGraphType<GeoPoint>
{
    public GeoPointType()
    {
        Name = "GeoPoint";
        Description = "A point on the map, in WGS 84 degrees.";
        Field<NonNullGraphType<FloatGraphType>>("lat").Description("Latitude in degrees, north positive.").Resolve(c => c.Source.Lat);
        Field<NonNullGraphType<FloatGraphType>>("lon").Description("Longitude in degrees, east positive.").Resolve(c => c.Source.Lon);
    }
}

public sealed class RouteCountryType : ObjectGraphType<RouteMembership>
{
    public RouteCountryType()
    {
        Name = "RouteCountry";
        Description = "A country on a route with every role it plays there.";
        Field<NonNullGraphType<CountryType>>("country").Description("The country.").Resolve(c => c.Source.Country);
        Field<NonNullGraphType<RouteType>>("route").Description("The route.").Resolve(c => c.Source.Route);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RouteRoleEnum>>>>("roles").Description("Its roles on the route.")
            .Resolve(c => c.Source.Roles);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentType>>>>("sources")
            .Description("The documents placing the country on the route.").Resolve(c => c.Source.Sources(c.Graph()));
    }
}

public sealed class CountryRouteType : ObjectGraphType<RouteMembership>
{
    public CountryRouteType()
    {
        Name = "CountryRoute";
        Description = "A route a country lies on, with the roles the country plays there.";
        Field<NonNullGraphType<RouteType>>("route").Description("The route.").Resolve(c => c.Source.Route);
        Field<NonNullGraphType<CountryType>>("country").Description("The country.").Resolve(c => c.Source.Country);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RouteRoleEnum>>>>("roles").Description("The country's roles on the route.")
            .Resolve(c => c.Source.Roles);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentType>>>>("sources")
            .Description("The documents placing the country on the route.").Resolve(c => c.Source.Sources(c.Graph()));
    }
}

/// <summary>A LEG relationship.</summary>
public sealed class LegType : ObjectGraphType<PolicyRelation>
{
    public LegType()
    {
        Name = "Leg";
        Description = "One hop of movement along a route, from one country to the next.";
        Field<NonNullGraphType<CountryType>>("from").Description("Where the hop starts.").Resolve(c => c.Graph().Node<Country>(c.Source.FromId));
        Field<NonNullGraphType<CountryType>>("to").Description("Where the hop ends.").Resolve(c => c.Graph().Node<Country>(c.Source.ToId));
        Field<RouteType>("route").Description("The route the hop belongs to.").Resolve(c => c.Source.RouteId is { } id ? c.Graph().Node<Route>(id) : null);
        Field<RouteModeEnum>("mode").Description("How people move on this hop.").Resolve(c => c.Source.Mode);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentType>>>>("sources").Description("The document this hop is taken from.")
            .Resolve(c => c.Source.SourceId is { } id && c.Graph().Node<Document>(id) is { } d ? [d] : Array.Empty<Document>());
    }
}

public sealed class SourceType : ObjectGraphType<SourceRef>
{
    public SourceType()
    {
        Name = "Source";
        Description = "A source document of a node, with the exact sentence quoted from it, in the document's language.";
        Field<NonNullGraphType<DocumentType>>("document").Description("The document.").Resolve(c => c.Source.Document);
        Field<StringGraphType>("quote").Description("The sentence of the document that states the fact; null when none is quoted.")
            .Resolve(c => c.Source.Quote);
    }
}

public sealed class CitationType : ObjectGraphType<Citation>
{
    public CitationType()
    {
        Name = "Citation";
        Description = "A node taken from a document, with the sentence quoted from it.";
        Field<NonNullGraphType<NodeInterface>>("node").Description("The node.").Resolve(c => c.Source.Node);
        Field<StringGraphType>("quote").Description("The sentence of the document that states the fact; null when none is quoted.")
            .Resolve(c => c.Source.Quote);
    }
}
