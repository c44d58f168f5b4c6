using RouteGraph.Core.Analytics;
using RouteGraph.Core.Model;
using static RouteGraph.Core.Model.RouteRole;

namespace RouteGraph.Core.Tests.Analytics;

public class KeyCountriesTests
{
    static Dictionary<string, double> Betweenness(IEnumerable<CountryRank> ranks) =>
        ranks.ToDictionary(r => r.Country.Id, r => r.Betweenness);

    [Fact]
    public void In_a_chain_the_middle_country_lies_on_the_one_path_between_the_ends()
    {
        var ranks = KeyCountries.Rank(new TestGraph().Chain("r", "A", "B", "C").Build(), null);

        Assert.Equal(new Dictionary<string, double> { ["A"] = 0, ["B"] = 1, ["C"] = 0 }, Betweenness(ranks));
        Assert.Equal("B", ranks[0].Country.Id);
        Assert.Equal([1, 2, 3], ranks.Select(r => r.Rank));
    }

    [Fact]
    public void Hand_computed_values_on_a_small_network()
    {
        // A→B, A→C, B→D, C→D, D→E: A→D splits between B and C (½ each); A→E likewise, and passes D.
        // B: A→D ½, A→E ½ = 1.  C: same = 1.  D: A→E 1, B→E 1, C→E 1 = 3.
        var graph = new TestGraph()
            .Leg("A", "B", "r").Leg("A", "C", "r").Leg("B", "D", "r").Leg("C", "D", "r").Leg("D", "E", "r")
            .Build();

        var values = Betweenness(KeyCountries.Rank(graph, null));

        Assert.Equal(3, values["D"], 10);
        Assert.Equal(1, values["B"], 10);
        Assert.Equal(1, values["C"], 10);
        Assert.Equal(0, values["A"]);
        Assert.Equal(0, values["E"]);
    }

    [Fact]
    public void Parallel_legs_are_one_connection_and_direction_matters()
    {
        var graph = new TestGraph()
            .Leg("A", "B", "r1").Leg("A", "B", "r2").Leg("B", "C", "r1")
            .Leg("C", "B", "r1")
            .Build();

        var values = Betweenness(KeyCountries.Rank(graph, null));

        // Only A→C passes B; C→A has no path.
        Assert.Equal(1, values["B"], 10);
        Assert.Equal(0, values["C"]);
    }

    [Fact]
    public void Restricting_routes_keeps_only_their_legs_and_routes()
    {
        var graph = new TestGraph()
            .Chain("r1", "A", "B", "C")
            .Chain("r2", "X", "C", "Y")
            .OnRoute("B", "r1", TRANSIT).OnRoute("C", "r1", ARRIVAL).OnRoute("C", "r2", TRANSIT)
            .Build();

        var r1 = KeyCountries.Rank(graph, ["r1"]);
        var all = KeyCountries.Rank(graph, []);

        Assert.Equal(["A", "B", "C"], r1.Select(r => r.Country.Id).Order());
        Assert.Equal(["r1"], r1.Single(r => r.Country.Id == "C").Routes.Select(r => r.Id));
        Assert.Equal(["A", "B", "C", "X", "Y"], all.Select(r => r.Country.Id).Order());
        Assert.Equal(["r1", "r2"], all.Single(r => r.Country.Id == "C").Routes.Select(r => r.Id));
        Assert.Empty(KeyCountries.Rank(graph, ["unknown"]));
    }

    [Fact]
    public void Ties_are_ranked_by_number_of_routes_then_by_name()
    {
        var graph = new TestGraph()
            .Country("A", "Zeta").Country("B", "Alpha").Country("C", "Beta")
            .Leg("A", "B", "r").Leg("C", "B", "r")
            .OnRoute("A", "r", ORIGIN).OnRoute("A", "s", ORIGIN)
            .Build();

        var ranks = KeyCountries.Rank(graph, null);

        Assert.Equal(["A", "B", "C"], ranks.Select(r => r.Country.Id));
        Assert.All(ranks, r => Assert.Equal(0, r.Betweenness));
    }

    [Fact]
    public void Sector_counts_cover_all_five_sectors_and_expand_regions()
    {
        var graph = new TestGraph()
            .Chain("r", "NE", "LY", "IT")
            .Region("sahel", "Sahel", "NE", "ML")
            .Partnership("sahel-plan", "2020-01-01", partners: ["sahel"], sectors: [Sector.ANTI_SMUGGLING, Sector.ECONOMIC_OPPORTUNITIES])
            .Partnership("op-ne", "2022-07-15", partners: ["NE"], sectors: [Sector.ANTI_SMUGGLING])
            .Partnership("route-wide", "2022-01-01", targets: ["r"], sectors: [Sector.LEGAL_PATHWAYS])
            .Build();

        var niger = KeyCountries.Rank(graph, null).Single(r => r.Country.Id == "NE");

        Assert.Equal(5, niger.PartnershipsBySector.Count);
        Assert.Equal(2, niger.PartnershipsBySector[Sector.ANTI_SMUGGLING]);
        Assert.Equal(1, niger.PartnershipsBySector[Sector.ECONOMIC_OPPORTUNITIES]);
        Assert.Equal(0, niger.PartnershipsBySector[Sector.LEGAL_PATHWAYS]);
        Assert.Equal(0, niger.PartnershipsBySector[Sector.HOST_COUNTRY_SUPPORT]);
    }

    [Fact]
    public void Limit_takes_the_top_and_must_be_positive()
    {
        var graph = new TestGraph().Chain("r", "A", "B", "C", "D").Build();

        var top = KeyCountries.Rank(graph, null, limit: 2);

        Assert.Equal(["B", "C"], top.Select(r => r.Country.Id));
        Assert.Equal(KeyCountries.Rank(graph, null).Take(2), top);
        Assert.Throws<ArgumentOutOfRangeException>(() => KeyCountries.Rank(graph, null, limit: 0));
    }

    [Fact]
    public void The_route_set_is_read_as_a_set()
    {
        var graph = new TestGraph().Chain("r1", "A", "B").Chain("r2", "B", "C").Build();

        Assert.Equal(
            KeyCountries.Rank(graph, ["r1", "r2"]).Select(r => (r.Country.Id, r.Betweenness)),
            KeyCountries.Rank(graph, ["r2", "r1", "r2"]).Select(r => (r.Country.Id, r.Betweenness)));
        Assert.Equal(1, KeyCountries.Rank(graph, ["r2", "r1"])[0].Betweenness);
    }
}
