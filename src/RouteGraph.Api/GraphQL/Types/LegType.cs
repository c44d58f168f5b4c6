using global::GraphQL.Types;
using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

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
