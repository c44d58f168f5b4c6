using RouteGraph.Core.Analytics;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Tests.Analytics;

public class PathFinderTests
{
    /// <summary>A path written as "A-r1-B-r2-C"; a hop made by legs of two routes as "A-r1+r2-B".</summary>
    static string Show(RoutePath path) =>
        path.Hops[0].From.Id + string.Concat(path.Hops.Select(h => $"-{string.Join('+', h.Routes.Select(r => r.Id))}-{h.To.Id}"));

    static string[] Show(IEnumerable<RoutePath> paths) => [.. paths.Select(Show)];

    [Fact]
    public void A_chain_gives_one_path_with_its_routes_and_modes()
    {
        var graph = new TestGraph()
            .Leg("NE", "LY", "cm", RouteMode.LAND)
            .Leg("LY", "IT", "cm", RouteMode.SEA)
            .Build();

        var path = Assert.Single(PathFinder.Find(graph, "NE", "IT"));

        Assert.Equal(2, path.HopCount);
        Assert.Equal(["NE", "LY", "IT"], path.Countries.Select(c => c.Id));
        Assert.Equal([RouteMode.LAND, RouteMode.SEA], path.Hops.Select(h => Assert.Single(h.Legs).Mode));
        Assert.All(path.Hops, h => Assert.Equal("cm", Assert.Single(h.Routes).Id));
        Assert.Equal(["cm"], path.Routes.Select(r => r.Id));
    }

    [Fact]
    public void Legs_are_directed_and_country_codes_are_case_insensitive()
    {
        var graph = new TestGraph().Chain("r", "A", "B", "C").Build();

        Assert.Single(PathFinder.Find(graph, "a", " c "));
        Assert.Empty(PathFinder.Find(graph, "C", "A"));
    }

    [Fact]
    public void Parallel_legs_on_different_routes_make_one_path_whose_hop_lists_both_routes()
    {
        var graph = new TestGraph()
            .Leg("A", "B", "r2")
            .Leg("A", "B", "r1")
            .Leg("B", "C", "r1")
            .Build();

        var path = Assert.Single(PathFinder.Find(graph, "A", "C"));
        Assert.Equal("A-r1+r2-B-r1-C", Show(path));
        Assert.Equal(["r1", "r2"], path.Routes.Select(r => r.Id));
    }

    [Fact]
    public void Cycles_never_repeat_a_country()
    {
        var graph = new TestGraph()
            .Chain("r", "A", "B", "A")
            .Chain("r", "B", "C", "A")
            .Leg("C", "B", "r")
            .Leg("C", "D", "r")
            .Build();

        Assert.Equal(["A-r-B-r-C-r-D"], Show(PathFinder.Find(graph, "A", "D", maxHops: 10)));
        Assert.All(PathFinder.Find(graph, "B", "A", maxHops: 10), p => Assert.Equal(p.HopCount + 1, p.Countries.Distinct().Count()));
        Assert.Equal(["B-r-A", "B-r-C-r-A"], Show(PathFinder.Find(graph, "B", "A")));
    }

    [Fact]
    public void Shortest_first_then_by_country_sequence_each_sequence_once()
    {
        // A→B on two routes, then either B→C→E or B→D→E: each country sequence is one path, in country
        // order, even though B→D is on route "r0".
        var graph = new TestGraph()
            .Leg("A", "B", "r1").Leg("A", "B", "r2")
            .Leg("B", "C", "r9").Leg("C", "E", "r9")
            .Leg("B", "D", "r0").Leg("D", "E", "r0")
            .Leg("A", "X", "r5").Leg("X", "E", "r5")
            .Build();

        Assert.Equal(
            ["A-r5-X-r5-E", "A-r1+r2-B-r9-C-r9-E", "A-r1+r2-B-r0-D-r0-E"],
            Show(PathFinder.Find(graph, "A", "E")));
    }

    [Fact]
    public void The_destination_is_never_passed_through()
    {
        var graph = new TestGraph().Chain("r", "A", "B", "C", "D").Leg("B", "D", "r").Build();

        Assert.Equal(["A-r-B-r-C"], Show(PathFinder.Find(graph, "A", "C")));
        Assert.Equal(["A-r-B-r-D", "A-r-B-r-C-r-D"], Show(PathFinder.Find(graph, "A", "D")));
    }

    [Fact]
    public void MaxHops_bounds_the_paths_and_must_be_between_1_and_10()
    {
        var graph = new TestGraph().Chain("r", "A", "B", "C", "D").Leg("A", "D", "s").Build();

        Assert.Equal(["A-s-D"], Show(PathFinder.Find(graph, "A", "D", maxHops: 2)));
        Assert.Equal(2, PathFinder.Find(graph, "A", "D", maxHops: 3).Length);
        Assert.Empty(PathFinder.Find(graph, "A", "C", maxHops: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => PathFinder.Find(graph, "A", "D", maxHops: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => PathFinder.Find(graph, "A", "D", maxHops: 11));
        Assert.Throws<ArgumentOutOfRangeException>(() => PathFinder.Find(graph, "A", "D", limit: 0));
        Assert.Equal(2, PathFinder.Find(graph, "A", "D", maxHops: 10).Length);
    }

    [Fact]
    public void Limit_caps_the_distinct_sequences_keeping_the_first_in_order()
    {
        // Three routes on each hop of A→B→C→D, and four other two-hop sequences A→Xn→D: five sequences, not 27 + 4 paths.
        var graph = new TestGraph();
        foreach (var route in new[] { "r1", "r2", "r3" })
            graph.Chain(route, "A", "B", "C", "D");
        foreach (var via in new[] { "W", "X", "Y", "Z" })
            graph.Chain("s", "A", via, "D");

        var all = PathFinder.Find(graph.Build(), "A", "D");
        var first = PathFinder.Find(graph.Build(), "A", "D", limit: 2);

        Assert.Equal(["A-s-W-s-D", "A-s-X-s-D", "A-s-Y-s-D", "A-s-Z-s-D", "A-r1+r2+r3-B-r1+r2+r3-C-r1+r2+r3-D"], Show(all));
        Assert.Equal(Show(all.Take(2)), Show(first));
    }

    [Fact]
    public void Unknown_or_identical_countries_give_no_path()
    {
        var graph = new TestGraph().Chain("r", "A", "B").Country("Z").Build();

        Assert.Empty(PathFinder.Find(graph, "A", "XX"));
        Assert.Empty(PathFinder.Find(graph, "XX", "B"));
        Assert.Empty(PathFinder.Find(graph, "A", "A"));
        Assert.Empty(PathFinder.Find(graph, "A", "Z"));
    }
}
