using RouteGraph.Core.Analytics;
using RouteGraph.Core.Model;
using static RouteGraph.Core.Model.RouteRole;

namespace RouteGraph.Core.Tests.Analytics;

public class GraphViewsTests
{
    static TestGraph Graph() => new TestGraph()
        .Country("TN", "Tunisia", centroid: (34.0, 9.0))
        .Country("LY", "Libya")
        .Route("cm", "Central Mediterranean")
        .Route("wm", "Western Mediterranean")
        .OnRoute("TN", "cm", TRANSIT, DEPARTURE)
        .OnRoute("LY", "cm", TRANSIT)
        .OnRoute("IT", "cm", ARRIVAL)
        .OnRoute("MA", "wm", DEPARTURE)
        .Leg("LY", "TN", "cm")
        .Leg("TN", "IT", "cm", RouteMode.SEA)
        .Leg("LY", "IT", "cm", RouteMode.SEA)
        .Leg("MA", "ES", "wm", RouteMode.SEA)
        .Region("maghreb", "Maghreb", "TN", "MA")
        .Region("sahel", "Sahel", "NE")
        .Partnership("op-tn", "2023-04-27", partners: ["TN"], sectors: [Sector.ANTI_SMUGGLING])
        .Partnership("tn-ma", "2020-01-01", partners: ["TN", "MA"], sectors: [Sector.LEGAL_PATHWAYS])
        .Partnership("cm-plan", "2021-01-01", targets: ["cm", "wm"], sectors: [Sector.ANTI_SMUGGLING])
        .Partnership("sahel-plan", "2021-01-01", partners: ["sahel"], targets: ["cm"])
        .Partnership("op-ma", "2022-07-08", partners: ["MA"], sectors: [Sector.RETURN_AND_READMISSION]);

    [Fact]
    public void The_view_of_a_route_holds_its_countries_legs_partnerships_regions_and_sectors()
    {
        var view = GraphViews.For(Graph().Build(), ["cm"]);

        Assert.Equal(
            [
                "Country:IT", "Country:LY", "Country:TN", "Region:maghreb", "Region:sahel", "Route:cm",
                "Partnership:cm-plan", "Partnership:op-tn", "Partnership:sahel-plan", "Partnership:tn-ma",
                "Sector:anti-smuggling", "Sector:legal-pathways",
            ],
            view.Nodes.Select(n => $"{n.Label}:{n.Id}"));
        Assert.Equal(
            [
                "ON_ROUTE IT>cm  ARRIVAL", "ON_ROUTE LY>cm  TRANSIT", "ON_ROUTE TN>cm  TRANSIT", "ON_ROUTE TN>cm  DEPARTURE",
                "LEG LY>IT cm ", "LEG LY>TN cm ", "LEG TN>IT cm ",
                "IN_REGION TN>maghreb  ",
                "WITH_PARTNER op-tn>TN  ", "WITH_PARTNER sahel-plan>sahel  ", "WITH_PARTNER tn-ma>TN  ",
                "COVERS cm-plan>anti-smuggling  ", "COVERS op-tn>anti-smuggling  ", "COVERS tn-ma>legal-pathways  ",
                "TARGETS cm-plan>cm  ", "TARGETS sahel-plan>cm  ",
            ],
            view.Edges.Select(e => $"{e.Type} {e.Source}>{e.Target} {e.RouteId} {e.Role}"));

        var tunisia = view.Nodes.Single(n => n.Id == "TN");
        Assert.Equal(("Tunisia", 34.0, 9.0), (tunisia.Name, tunisia.Lat!.Value, tunisia.Lon!.Value));
        Assert.Null(view.Nodes.Single(n => n.Id == "LY").Lat);
        Assert.Equal("Central Mediterranean", view.Nodes.Single(n => n.Id == "cm").Name);
    }

    [Fact]
    public void Every_edge_joins_two_nodes_of_the_view_and_nothing_repeats()
    {
        string[]?[] routeSets = [null, ["cm"], ["wm"], ["cm", "wm", "cm"]];
        foreach (var routes in routeSets)
        {
            var view = GraphViews.For(Graph().Build(), routes);
            var ids = view.Nodes.Select(n => n.Id).ToHashSet();

            Assert.Equal(view.Nodes.Length, ids.Count);
            Assert.Equal(view.Edges.Length, view.Edges.Distinct().Count());
            Assert.All(view.Edges, e => Assert.True(ids.Contains(e.Source) && ids.Contains(e.Target), $"{e} dangles"));
        }
    }

    [Fact]
    public void No_routes_means_every_route_and_unknown_routes_are_ignored()
    {
        var graph = Graph().Build();

        var all = GraphViews.For(graph, null);
        Assert.Equal<GraphViewNode>(all.Nodes, GraphViews.For(graph, []).Nodes);
        Assert.Equal<GraphViewEdge>(all.Edges, GraphViews.For(graph, ["cm", "wm"]).Edges);
        Assert.Contains(all.Nodes, n => n.Id == "op-ma");
        Assert.Contains(all.Edges, e => e.Type == RelationType.WITH_PARTNER && e.Source == "tn-ma" && e.Target == "MA");

        var empty = GraphViews.For(graph, ["nowhere"]);
        Assert.Empty(empty.Nodes);
        Assert.Empty(empty.Edges);
    }
}
