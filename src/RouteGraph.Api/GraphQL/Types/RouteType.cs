using global::GraphQL;
using global::GraphQL.Types;
using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class RouteType : NodeGraphType<Route>
{
    public RouteType() : base("Route", "A migration route as the EU border agency's migratory map names it (Central Mediterranean...).")
    {
        LocalisedName("name", "The route's name.", r => r.Names);
        Field<NonNullGraphType<RouteModeEnum>>("mode").Description("How people move along the route.").Resolve(c => c.Source.Mode);
        Text("description", "A short description of the route.", r => r.Description, nullable: true);
        Aliases(r => r.Aliases);
        List<RouteCountryType>("countries", "The countries on this route with all their roles there (ON_ROUTE), by name.",
                c => c.Graph().RouteMembers(c.Source.Id)
                    .Where(m => c.GetArgument<RouteRole?>("role") is not { } role || m.Roles.Contains(role)))
            .Argument<RouteRoleEnum>("role", "Keep only the countries playing this role on the route.");
        List<LegType>("legs", "The legs of movement along this route (LEG), each from one country to the next.",
            c => c.Graph().LegsOf(c.Source.Id));
        List<PartnershipType>("partnerships", "Partnerships on this route as the partnerships query counts them (its routeIds criterion "
                + "set to this route), ordered by signing date. The filter narrows them further.",
                c => Core.Analytics.PartnershipQueries.OnRoute(c.Graph(), c.Source, c.GetArgument<Core.Analytics.PartnershipFilter?>("filter"), c.Today()))
            .Argument<PartnershipFilterInputType>("filter", "Keep only the partnerships matching this filter.");
        List<PartnershipType>("targetedBy", "Partnerships that name this route as a route they address (TARGETS).",
            c => c.Graph().Sources<Partnership>(c.Source.Id, RelationType.TARGETS));
        List<IndicatorType>("indicators", "Measured figures about this route (MEASURES), such as smugglers' profits.",
            c => c.Graph().Sources<Indicator>(c.Source.Id, RelationType.MEASURES));
        SourcesField();
    }
}
