using global::GraphQL;
using global::GraphQL.Types;
using RouteGraph.Core.Analytics;
using RouteGraph.Core.Model;
using CoreSector = RouteGraph.Core.Model.Sector;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class RouteCountryPartnershipsType : ObjectGraphType<RouteCountryPartnerships>
{
    public RouteCountryPartnershipsType()
    {
        Name = "RouteCountryPartnerships";
        Description = "A country on a route, its roles there, and the partnerships covering it.";
        Field<NonNullGraphType<CountryType>>("country").Description("The country.").Resolve(c => c.Source.Country);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RouteRoleEnum>>>>("roles").Description("Its roles on the route.")
            .Resolve(c => c.Source.Roles);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnershipType>>>>("partnerships")
            .Description("The partnerships covering it that match the sectors and date asked for.").Resolve(c => c.Source.Partnerships);
    }
}

/// <summary>The answer to routeCoverage: the coverage of a known route, or an empty one with no route.</summary>
public sealed record CoverageAnswer(Route? Route, DateOnly? ActiveOn, RouteCoverage? Coverage);

public sealed class RouteCoverageType : ObjectGraphType<CoverageAnswer>
{
    public RouteCoverageType()
    {
        Name = "RouteCoverage";
        Description = "Which origin and transit countries of a route have partnerships in each key sector, on a date or regardless of date. "
            + "An unknown route gives route null and no cells.";
        Field<RouteType>("route").Description("The route; null when the id names no route.").Resolve(c => c.Source.Route);
        Field<IsoDateGraphType>("activeOn").Description("The day the partnerships had to be in force; null for any time.").Resolve(c => c.Source.ActiveOn);
        Field<NonNullGraphType<FloatGraphType>>("ratio").Description("The covered share of the cells, 0 to 1.")
            .Resolve(c => c.Source.Coverage?.Ratio ?? 0);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageCellType>>>>("cells")
            .Description("One cell per origin or transit country, role and key sector.")
            .Argument<SectorEnum>("sector", "Only the cells of this sector.")
            .Resolve(c => InSector(c.Source.Coverage?.Cells ?? [], c.GetArgument<CoreSector?>("sector")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageCellType>>>>("gaps")
            .Description("The cells no partnership covers: origin and transit countries with no partnership in a sector.")
            .Argument<SectorEnum>("sector", "Only the gaps of this sector.")
            .Resolve(c => InSector(c.Source.Coverage?.Gaps ?? [], c.GetArgument<CoreSector?>("sector")));
    }

    static IEnumerable<CoverageCell> InSector(IEnumerable<CoverageCell> cells, CoreSector? sector) =>
        sector is { } only ? cells.Where(c => c.Sector == only) : cells;
}

public sealed class CoverageCellType : ObjectGraphType<CoverageCell>
{
    public CoverageCellType()
    {
        Name = "CoverageCell";
        Description = "One cell of a route's coverage matrix: a country in one role, one key sector, the partnerships there.";
        Field<NonNullGraphType<CountryType>>("country").Description("The country.").Resolve(c => c.Source.Country);
        Field<NonNullGraphType<RouteRoleEnum>>("role").Description("Its role on the route (ORIGIN or TRANSIT).").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<SectorEnum>>("sector").Description("The key sector.").Resolve(c => c.Source.Sector);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnershipType>>>>("partnerships")
            .Description("The partnerships covering this country in this sector.").Resolve(c => c.Source.Partnerships);
        Field<NonNullGraphType<BooleanGraphType>>("isGap").Description("True when no partnership covers the cell.").Resolve(c => c.Source.IsGap);
    }
}

public sealed class RoutePathType : ObjectGraphType<RoutePath>
{
    public RoutePathType()
    {
        Name = "RoutePath";
        Description = "A path of movement between two countries over the legs of the routes.";
        Field<NonNullGraphType<IntGraphType>>("hopCount").Description("How many legs the path takes.").Resolve(c => c.Source.HopCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathHopType>>>>("hops").Description("The legs, in order.").Resolve(c => c.Source.Hops);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountryType>>>>("countries").Description("The countries passed, in order, both ends included.")
            .Resolve(c => c.Source.Countries);
    }
}

public sealed class PathHopType : ObjectGraphType<PathHop>
{
    public PathHopType()
    {
        Name = "PathHop";
        Description = "One leg of a path.";
        Field<NonNullGraphType<CountryType>>("from").Description("Where the leg starts.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<CountryType>>("to").Description("Where the leg ends.").Resolve(c => c.Source.To);
        Field<NonNullGraphType<RouteType>>("route").Description("The route the leg belongs to.").Resolve(c => c.Source.Route);
        Field<NonNullGraphType<RouteModeEnum>>("mode").Description("How people move on this leg.").Resolve(c => c.Source.Mode);
    }
}

/// <summary>How many partnerships a country has in one sector.</summary>
public sealed record SectorCount(CoreSector Sector, int Count);

public sealed class SectorCountType : ObjectGraphType<SectorCount>
{
    public SectorCountType()
    {
        Name = "SectorCount";
        Description = "A number of partnerships in one key sector.";
        Field<NonNullGraphType<SectorEnum>>("sector").Description("The key sector.").Resolve(c => c.Source.Sector);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many partnerships.").Resolve(c => c.Source.Count);
    }
}

public sealed class CountryRankType : ObjectGraphType<CountryRank>
{
    public CountryRankType()
    {
        Name = "CountryRank";
        Description = "A country ranked by how central it is to the movement network of the chosen routes.";
        Field<NonNullGraphType<IntGraphType>>("rank").Description("Its place, from 1.").Resolve(c => c.Source.Rank);
        Field<NonNullGraphType<CountryType>>("country").Description("The country.").Resolve(c => c.Source.Country);
        Field<NonNullGraphType<FloatGraphType>>("betweenness").Description("Its betweenness centrality over the routes' legs.")
            .Resolve(c => c.Source.Betweenness);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RouteType>>>>("routes").Description("The chosen routes it lies on.")
            .Resolve(c => c.Source.Routes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectorCountType>>>>("partnershipsBySector")
            .Description("How many partnerships name it as partner, in each of the five key sectors (in the Council's order).")
            .Resolve(c => Enum.GetValues<CoreSector>().Select(s => new SectorCount(s, c.Source.PartnershipsBySector.GetValueOrDefault(s))));
    }
}

public sealed class TimelineEventType : ObjectGraphType<TimelineEvent>
{
    public TimelineEventType()
    {
        Name = "TimelineEvent";
        Description = "Something that happened to a partnership on a day.";
        Field<NonNullGraphType<IsoDateGraphType>>("date").Description("The day.").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<TimelineEventKindEnum>>("kind").Description("What happened.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<PartnershipType>>("partnership").Description("The partnership.").Resolve(c => c.Source.Partnership);
    }
}

public sealed class GraphViewType : ObjectGraphType<GraphView>
{
    public GraphViewType()
    {
        Name = "GraphView";
        Description = "A drawable network: nodes with map positions and the edges between them, for map and network views.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphViewNodeType>>>>("nodes").Description("The nodes.").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphViewEdgeType>>>>("edges").Description("The edges.").Resolve(c => c.Source.Edges);
    }
}

public sealed class GraphViewNodeType : ObjectGraphType<GraphViewNode>
{
    public GraphViewNodeType()
    {
        Name = "GraphViewNode";
        Description = "A node of a graph view.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The node's id; node(id:) gives the whole node.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<NodeLabelEnum>>("label").Description("What kind of node it is.").Resolve(c => c.Source.Label);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Its English name or title.").Resolve(c => c.Source.Name);
        Field<FloatGraphType>("lat").Description("Latitude to draw it at; null when it has no place on the map.").Resolve(c => c.Source.Lat);
        Field<FloatGraphType>("lon").Description("Longitude to draw it at; null when it has no place on the map.").Resolve(c => c.Source.Lon);
    }
}

public sealed class GraphViewEdgeType : ObjectGraphType<GraphViewEdge>
{
    public GraphViewEdgeType()
    {
        Name = "GraphViewEdge";
        Description = "An edge of a graph view.";
        Field<NonNullGraphType<IdGraphType>>("source").Description("The id of the node it starts at.").Resolve(c => c.Source.Source);
        Field<NonNullGraphType<IdGraphType>>("target").Description("The id of the node it ends at.").Resolve(c => c.Source.Target);
        Field<NonNullGraphType<RelationTypeEnum>>("type").Description("The relationship it draws.").Resolve(c => c.Source.Type);
        Field<IdGraphType>("routeId").Description("For a leg, the route it belongs to.").Resolve(c => c.Source.RouteId);
        Field<RouteRoleEnum>("role").Description("For a country on a route, its role.").Resolve(c => c.Source.Role);
    }
}

public sealed class SearchHitType : ObjectGraphType<SearchHit>
{
    public SearchHitType()
    {
        Name = "SearchHit";
        Description = "A node whose names, titles or aliases match a search.";
        Field<NonNullGraphType<NodeInterface>>("node").Description("The node found.").Resolve(c => c.Source.Node);
        Field<NonNullGraphType<NodeLabelEnum>>("label").Description("What kind of node it is.").Resolve(c => c.Source.Node.Label);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The node's English name or title.").Resolve(c => c.Source.Node.DisplayName);
        Field<NonNullGraphType<StringGraphType>>("matchedText").Description("The name, title or alias that matched.").Resolve(c => c.Source.MatchedText);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("How well it matched; higher is better.").Resolve(c => c.Source.Score);
    }
}
