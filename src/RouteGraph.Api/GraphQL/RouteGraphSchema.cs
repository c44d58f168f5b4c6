using global::GraphQL;
using global::GraphQL.Types;
using RouteGraph.Api.GraphQL.Types;

namespace RouteGraph.Api.GraphQL;

/// <summary>The RouteGraph GraphQL schema, code-first. Its SDL is checked in as schema.graphql.</summary>
public sealed class RouteGraphSchema : Schema
{
    public RouteGraphSchema(IServiceProvider services, QueryType query) : base(services)
    {
        Query = query;
        Description = "RouteGraph: EU and national migration partnerships along migration routes, as a graph.";
        // What GraphQL IDEs ask for in introspection (directive isRepeatable, includeDeprecated on arguments).
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        this.RegisterTypeMapping<DateOnly, IsoDateGraphType>();
        // Reachable only through the Node interface (node, citedBy, search), so registered by hand.
        this.RegisterType<CountryType>();
        this.RegisterType<RegionType>();
        this.RegisterType<RouteType>();
        this.RegisterType<PartnershipType>();
        this.RegisterType<KeySectorType>();
        this.RegisterType<PolicyAreaType>();
        this.RegisterType<ProgrammeType>();
        this.RegisterType<OrganisationType>();
        this.RegisterType<CommitmentType>();
        this.RegisterType<IndicatorType>();
        this.RegisterType<DocumentType>();
    }
}
