using global::GraphQL;
using global::GraphQL.Types;
using Microsoft.Extensions.Options;
using RouteGraph.Api.GraphQL.Types;
using RouteGraph.Core.Analytics;
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
                .Of(PartnershipQueries.Find(c.Graph(), c.GetArgument<PartnershipFilter?>("filter") ?? PartnershipFilter.Any, c.Today())));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RouteCountryPartnershipsType>>>>("partnershipsByRoute")
            .Description("For each country of a route: its roles and the partnerships it is a partner of. Empty for an unknown route.")
            .Argument<NonNullGraphType<IdGraphType>>("routeId", "The route's id.")
            .Argument<ListGraphType<NonNullGraphType<SectorEnum>>>("sectors", "Keep only partnerships covering one of these sectors.")
            .Argument<IsoDateGraphType>("activeOn", "Keep only partnerships certainly in effect on this day.")
            .Resolve(c => ResolveContextExtensions.Analyse(() => PartnershipQueries.ByRoute(c.Graph(), c.GetArgument<string>("routeId"),
                new PartnershipFilter(Sectors: c.GetArgument<CoreSector[]?>("sectors"), ActiveOn: c.GetArgument<DateOnly?>("activeOn")), c.Today()) ?? []));

        Field<NonNullGraphType<RouteCoverageType>>("routeCoverage")
            .Description("The coverage matrix of a route on a day: its third countries of origin, transit and departure against the five key "
                + "sectors, each cell COVERED, GAP or UNKNOWN with its reason and evidence. A scenario leaves partnerships out or adds "
                + "hypothetical ones; its answer is never cached. An unknown route gives route null and no cells.")
            .Argument<NonNullGraphType<IdGraphType>>("routeId", "The route's id.")
            .Argument<IsoDateGraphType>("activeOn", "The day to answer for; today (the server's day, UTC) when not given.")
            .Argument<CoverageScenarioInputType>("scenario", "What-if: partnerships to leave out, hypothetical ones to add.")
            .Resolve(c =>
            {
                var graph = c.Graph();
                var day = c.GetArgument<DateOnly?>("activeOn") ?? c.Today();
                var scenario = c.Scenario();
                var route = graph.Node<Route>(c.GetArgument<string>("routeId"));
                return new CoverageAnswer(route, day,
                    route is null ? null : ResolveContextExtensions.Analyse(() => RouteCoverageAnalysis.Compute(graph, route.Id, day, scenario)));
            });

        Field<CoverageTrendType>("coverageTrend")
            .Description("A route's coverage counts and ratio at each change date between two days, for a step chart. Null for an unknown route.")
            .Argument<NonNullGraphType<IdGraphType>>("routeId", "The route's id.")
            .Argument<NonNullGraphType<IsoDateGraphType>>("from", "The first day.")
            .Argument<NonNullGraphType<IsoDateGraphType>>("to", "The last day (not before from).")
            .Argument<SectorEnum>("sector", "Count only this sector's column; all five when not given.")
            .Argument<CoverageScenarioInputType>("scenario", "What-if: partnerships to leave out, hypothetical ones to add.")
            .Resolve(c => ResolveContextExtensions.Analyse(() => RouteCoverageAnalysis.Trend(c.Graph(), c.GetArgument<string>("routeId"),
                c.GetArgument<DateOnly>("from"), c.GetArgument<DateOnly>("to"), c.GetArgument<CoreSector?>("sector"), c.Scenario())));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoutePathType>>>>("paths")
            .Description("Movement paths between two countries over the legs of the routes, shortest first: each distinct country sequence once, "
                + "with the routes whose legs make each hop. Empty when a country is unknown.")
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
            .Description("Third countries ranked by betweenness over the legs of the chosen routes (all routes when none are given).")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("routeIds", "The routes whose network to rank.")
            .Argument<IntGraphType>("limit", "How many countries to return.", a => a.DefaultValue = 10)
            .Argument<BooleanGraphType>("includeEuMembers", "Rank EU member states too; by default only third countries are listed "
                + "(member states still carry paths through the network either way).", a => a.DefaultValue = false)
            .Resolve(c => ResolveContextExtensions.Analyse(() => KeyCountries.Rank(
                c.GetGraphAndLimit(out var limit), c.GetArgument<string[]?>("routeIds"), limit, c.GetArgument<bool>("includeEuMembers"))));

        Field<NonNullGraphType<TimelineType>>("timeline")
            .Description("What happened to partnerships and programmes, event by event, each dated as precisely as its source: "
                + "announced, signed, launched, in force, suspended, resumed, ended. On one route when routeId is given; "
                + "events with any day between from and to (both included) when given. Undated events and partnerships are listed apart.")
            .Argument<IdGraphType>("routeId", "Only partnerships on this route (with one of its countries, or targeting it) and the programmes acting there.")
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
