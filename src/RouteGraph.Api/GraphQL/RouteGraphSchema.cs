using global::GraphQL;
using global::GraphQL.Introspection;
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

    /// <summary>
    /// The introspection fields current <c>graphql</c> clients (GraphiQL 3+, graphql-js 16's getIntrospectionQuery with its
    /// options on) ask for and graphql-dotnet 8 lacks: <c>__Type.specifiedByURL</c> (none of our scalars has one) and
    /// <c>__Directive.args(includeDeprecated:)</c> (no directive argument is deprecated, so it changes nothing).
    /// </summary>
    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        switch (graphType)
        {
            case __Type type when type.GetField("specifiedByURL") is null:
                type.Field<StringGraphType>("specifiedByURL").Resolve(_ => null);
                break;
            case __Directive directive when directive.GetField("args") is { } args && args.Arguments?.Find("includeDeprecated") is null:
                (args.Arguments ??= new QueryArguments()).Add(new QueryArgument<BooleanGraphType> { Name = "includeDeprecated", DefaultValue = false });
                break;
        }

        base.OnBeforeInitializeType(graphType);
    }
}
