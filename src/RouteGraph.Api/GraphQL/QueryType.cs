using global::GraphQL;
using global::GraphQL.Types;
using Microsoft.Extensions.Options;
using RouteGraph.Api.GraphQL.Types;
using RouteGraph.Core.Analytics;
using RouteGraph.Core.Model;
using CoreSector = RouteGraph.Core.Model.Sector;

namespace RouteGraph.Api.GraphQL;

/// <summary>The root of every question. Resolvers read the request's graph and call the analytics; no I/O.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType(IOptions<RouteGraphOptions> options)
    {
        var limits = options.Value.Limits;
        Name = "Query";
        Description = "Questions about migration routes and the partnerships that cover their countries.";

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RouteType>>>>("routes")
            .Description("Every migration route, by name.")
            .Resolve(c => c.Graph().Routes);

        Field<RouteType>("route")
            .Description("A route by id (central-mediterranean); null when no route has that id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The route's id.")
            .Resolve(c => c.Graph().Node<Route>(c.GetArgument<string>("id")));

        Field<CountryType>("country")
            .Description("A country by ISO 3166-1 alpha-2 code, in any letter case; null when the graph holds no such country.")
            .Argument<NonNullGraphType<StringGraphType>>("iso2", "The country's ISO alpha-2 code (TN).")
            .Resolve(c => c.Graph().Country(c.GetArgument<string>("iso2")));

        Field<NonNullGraphType<CountryConnectionType>>("countries")
            .Description("Every country of the graph, by English name, a page at a time.")
            .Argument<IntGraphType>("first", $"How many to return: {limits.DefaultPageSize} when not given, 0 to {limits.MaxPageSize}.")
            .Argument<StringGraphType>("after", "Return the countries after this cursor (from an edge or pageInfo.endCursor).")
            .Resolve(c => Paging.Window(c.GetArgument<int?>("first"), c.GetArgument<string?>("after"), limits).Of(c.Graph().Countries));

        Field<NonNullGraphType<PartnershipConnectionType>>("partnerships")
            .Description("Partnerships matching a filter (all when none), by signing date (unknown last) then id, a page at a time.")
            .Argument<PartnershipFilterInputType>("filter", "Which partnerships to keep.")
            .Argument<IntGraphType>("first", $"How many to return: {limits.DefaultPageSize} when not given, 0 to {limits.MaxPageSize}.")
            .Argument<StringGraphType>("after", "Return the partnerships after this cursor (from an edge or pageInfo.endCursor).")
            .Resolve(c => Paging.Window(c.GetArgument<int?>("first"), c.GetArgument<string?>("after"), limits)
                .Of(PartnershipQueries.Find(c.Graph(), c.GetArgument<PartnershipFilter?>("filter") ?? PartnershipFilter.Any)));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RouteCountryPartnershipsType>>>>("partnershipsByRoute")
            .Description("For each country of a route: its roles and the partnerships covering it. Empty for an unknown route.")
            .Argument<NonNullGraphType<IdGraphType>>("routeId", "The route's id.")
            .Argument<ListGraphType<NonNullGraphType<SectorEnum>>>("sectors", "Keep only partnerships covering one of these sectors.")
            .Argument<IsoDateGraphType>("activeOn", "Keep only partnerships in force on this day.")
            .Resolve(c => ResolveContextExtensions.Analyse(() => PartnershipQueries.ByRoute(c.Graph(), c.GetArgument<string>("routeId"),
                new PartnershipFilter(Sectors: c.GetArgument<CoreSector[]?>("sectors"), ActiveOn: c.GetArgument<DateOnly?>("activeOn"))) ?? []));

        Field<NonNullGraphType<RouteCoverageType>>("routeCoverage")
            .Description("The coverage matrix of a route: its origin and transit countries against the five key sectors, with the gaps. "
                + "An unknown route gives route null and no cells.")
            .Argument<NonNullGraphType<IdGraphType>>("routeId", "The route's id.")
            .Argument<IsoDateGraphType>("activeOn", "Count only partnerships in force on this day; any time when not given.")
            .Resolve(c =>
            {
                var graph = c.Graph();
                var routeId = c.GetArgument<string>("routeId");
                var activeOn = c.GetArgument<DateOnly?>("activeOn");
                var route = graph.Node<Route>(routeId);
                return new CoverageAnswer(route, activeOn,
                    route is null ? null : ResolveContextExtensions.Analyse(() => RouteCoverageAnalysis.Compute(graph, routeId, activeOn)));
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoutePathType>>>>("paths")
            .Description("Movement paths between two countries over the legs of the routes, shortest first. Empty when a country is unknown.")
            .Argument<NonNullGraphType<StringGraphType>>("from", "ISO alpha-2 code of the country to start from.")
            .Argument<NonNullGraphType<StringGraphType>>("to", "ISO alpha-2 code of the country to reach.")
            .Argument<IntGraphType>("maxHops", $"The most legs a path may take, 1 to {PathFinder.MaxHopsLimit}.", a => a.DefaultValue = 6)
            .Resolve(c =>
            {
                // Checked here so the analyst reads the range, not the path finder's ArgumentOutOfRangeException text.
                var maxHops = c.GetArgument("maxHops", 6);
                if (maxHops is < 1 or > PathFinder.MaxHopsLimit)
                    throw ResolveContextExtensions.BadArgument($"maxHops must be between 1 and {PathFinder.MaxHopsLimit} (it was {maxHops}).");
                return ResolveContextExtensions.Analyse(() => PathFinder.Find(c.Graph(),
                    c.GetArgument<string>("from").Trim().ToUpperInvariant(), c.GetArgument<string>("to").Trim().ToUpperInvariant(), maxHops));
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountryRankType>>>>("keyCountries")
            .Description("Countries ranked by betweenness over the legs of the chosen routes (all routes when none are given).")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("routeIds", "The routes whose network to rank.")
            .Argument<IntGraphType>("limit", "How many countries to return.", a => a.DefaultValue = 10)
            .Resolve(c => ResolveContextExtensions.Analyse(() =>
                KeyCountries.Rank(c.GetGraphAndLimit(out var limit), c.GetArgument<string[]?>("routeIds"), limit)));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimelineEventType>>>>("timeline")
            .Description("What happened to partnerships, day by day: signed, launched, suspended, ended. "
                + "On one route when routeId is given; between from and to (both included) when given.")
            .Argument<IdGraphType>("routeId", "Only partnerships on this route.")
            .Argument<IsoDateGraphType>("from", "First day to include.")
            .Argument<IsoDateGraphType>("to", "Last day to include.")
            .Resolve(c => ResolveContextExtensions.Analyse(() => Timeline.Events(c.Graph(),
                c.GetArgument<string?>("routeId"), c.GetArgument<DateOnly?>("from"), c.GetArgument<DateOnly?>("to"))));

        Field<NonNullGraphType<GraphViewType>>("graph")
            .Description("A drawable network of the chosen routes (all when none are given): countries with map positions, routes, legs.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("routeIds", "The routes to draw.")
            .Resolve(c => ResolveContextExtensions.Analyse(() => GraphViews.For(c.Graph(), c.GetArgument<string[]?>("routeIds"))));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitType>>>>("search")
            .Description("Nodes whose names, titles or aliases (in any language held) match a text, best first.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "What to look for.")
            .Argument<IntGraphType>("limit", "How many hits to return at most.", a => a.DefaultValue = 20)
            .Resolve(c => ResolveContextExtensions.Analyse(() =>
                GraphSearch.Find(c.GetGraphAndLimit(out var limit), c.GetArgument<string>("text"), limit)));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KeySectorType>>>>("sectors")
            .Description("The five key sectors of EU migration partnerships, in the Council's order, with their English and Italian names.")
            .Resolve(c => c.Graph().Sectors);

        Field<NodeInterface>("node")
            .Description("Any node by id (IT, central-mediterranean); null when no node has that id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The node's id.")
            .Resolve(c => c.Graph().Node(c.GetArgument<string>("id")));

        this.AddExportFields(); // ExportFields.cs: coverageTable, routesGeoJson
    }
}

static class LimitArgument
{
    /// <summary>The graph and the <c>limit</c> argument, checked before an analytic sees it.</summary>
    public static Core.Graph.PolicyGraph GetGraphAndLimit(this IResolveFieldContext context, out int limit)
    {
        limit = context.GetArgument<int>("limit");
        if (limit < 1)
            throw ResolveContextExtensions.BadArgument($"limit must be 1 or more (it was {limit}).");
        return context.Graph();
    }
}
