using RouteGraph.Core.Analytics;
using RouteGraph.Core.Model;
using static RouteGraph.Core.Model.RouteRole;

namespace RouteGraph.Core.Tests.Analytics;

public class RouteCoverageTests
{
    static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    static TestGraph Route() => new TestGraph()
        .AllSectors()
        .Country("NE", "Niger").Country("LY", "Libya").Country("TN", "Tunisia").Country("IT", "Italy")
        .OnRoute("NE", "cm", ORIGIN)
        .OnRoute("LY", "cm", TRANSIT, DEPARTURE)
        .OnRoute("TN", "cm", ORIGIN, TRANSIT, DEPARTURE)
        .OnRoute("IT", "cm", ARRIVAL);

    [Fact]
    public void Rows_are_origin_and_transit_roles_times_the_five_sectors_in_a_fixed_order()
    {
        var coverage = RouteCoverageAnalysis.Compute(Route().Build(), "cm", null)!;

        // Libya (transit), Niger (origin), Tunisia (origin and transit); Italy (arrival only) has no row.
        Assert.Equal(4 * 5, coverage.Cells.Length);
        Assert.Equal(
            [("LY", TRANSIT), ("NE", ORIGIN), ("TN", ORIGIN), ("TN", TRANSIT)],
            coverage.Cells.Select(c => (c.Country.Id, c.Role)).Distinct());
        Assert.Equal(Enum.GetValues<Sector>(), coverage.Cells.Take(5).Select(c => c.Sector));
        Assert.All(coverage.Cells, c => Assert.True(c.IsGap));
        Assert.Equal(0, coverage.Ratio);
        Assert.Equal(20, coverage.Gaps.Count());
    }

    [Fact]
    public void Sectors_follow_the_rank_the_graph_gives_them()
    {
        var graph = new TestGraph()
            .OnRoute("NE", "cm", ORIGIN)
            .Node(new KeySector("legal", Sector.LEGAL_PATHWAYS, 1, "Legal pathways", "Canali legali"))
            .Node(new KeySector("smuggling", Sector.ANTI_SMUGGLING, 2, "Anti-smuggling", "Traffico"))
            .Build();

        var sectors = RouteCoverageAnalysis.Compute(graph, "cm", null)!.Cells.Select(c => c.Sector);

        Assert.Equal(
            [Sector.LEGAL_PATHWAYS, Sector.ANTI_SMUGGLING, Sector.HOST_COUNTRY_SUPPORT, Sector.ECONOMIC_OPPORTUNITIES, Sector.RETURN_AND_READMISSION],
            sectors);
    }

    [Fact]
    public void A_cell_holds_the_partnerships_covering_the_country_in_that_sector()
    {
        var graph = Route()
            .Partnership("op-tn", "2023-04-27", partners: ["TN"], sectors: [Sector.ANTI_SMUGGLING], kind: PartnershipKind.OPERATIONAL_PARTNERSHIP)
            .Partnership("cm-returns", "2021-01-01", targets: ["cm"], sectors: [Sector.RETURN_AND_READMISSION])
            .Partnership("sahel-plan", "2020-01-01", partners: ["sahel"], sectors: [Sector.ECONOMIC_OPPORTUNITIES])
            .Region("sahel", "Sahel", "NE", "ML")
            .Build();

        var cells = RouteCoverageAnalysis.Compute(graph, "cm", null)!.Cells;
        string[] At(string iso, RouteRole role, Sector sector) =>
            [.. cells.Single(c => c.Country.Id == iso && c.Role == role && c.Sector == sector).Partnerships.Select(p => p.Id)];

        Assert.Equal(["op-tn"], At("TN", ORIGIN, Sector.ANTI_SMUGGLING));
        Assert.Equal(["op-tn"], At("TN", TRANSIT, Sector.ANTI_SMUGGLING));
        Assert.Empty(At("LY", TRANSIT, Sector.ANTI_SMUGGLING));
        // Targeting the route covers every country of the route.
        Assert.All(cells.Where(c => c.Sector == Sector.RETURN_AND_READMISSION), c => Assert.Equal(["cm-returns"], c.Partnerships.Select(p => p.Id)));
        // The region partner counts for Niger.
        Assert.Equal(["sahel-plan"], At("NE", ORIGIN, Sector.ECONOMIC_OPPORTUNITIES));
        Assert.Empty(At("TN", ORIGIN, Sector.ECONOMIC_OPPORTUNITIES));
    }

    [Fact]
    public void On_a_date_only_partnerships_active_then_count()
    {
        var graph = Route()
            .Partnership("op-tn", "2023-04-27", partners: ["TN"], sectors: [Sector.ANTI_SMUGGLING])
            .Partnership("old-ly", "2010-01-01", endedOn: "2023-04-26", partners: ["LY"], sectors: [Sector.ANTI_SMUGGLING])
            .Partnership("undated-ne", partners: ["NE"], sectors: [Sector.ANTI_SMUGGLING])
            .Build();

        var before = RouteCoverageAnalysis.Compute(graph, "cm", D("2023-04-26"))!;
        var on = RouteCoverageAnalysis.Compute(graph, "cm", D("2023-04-27"))!;
        var anyTime = RouteCoverageAnalysis.Compute(graph, "cm", null)!;

        static string[] Covered(RouteCoverage coverage) =>
            [.. coverage.Cells.Where(c => c.Sector == Sector.ANTI_SMUGGLING && !c.IsGap).Select(c => $"{c.Country.Id}/{c.Role}")];

        Assert.Equal(D("2023-04-26"), before.ActiveOn);
        Assert.Equal(["LY/TRANSIT"], Covered(before));
        Assert.Equal(["TN/ORIGIN", "TN/TRANSIT"], Covered(on));
        Assert.Equal(["LY/TRANSIT", "NE/ORIGIN", "TN/ORIGIN", "TN/TRANSIT"], Covered(anyTime));
        Assert.Equal(4.0 / 20, anyTime.Ratio, 10);
        Assert.Equal(16, anyTime.Gaps.Count());
    }

    [Fact]
    public void Unknown_route_is_null_and_a_route_without_origin_or_transit_is_empty()
    {
        var graph = Route().OnRoute("ES", "arrivals-only", ARRIVAL).Build();

        Assert.Null(RouteCoverageAnalysis.Compute(graph, "nowhere", null));
        var empty = RouteCoverageAnalysis.Compute(graph, "arrivals-only", null)!;
        Assert.Empty(empty.Cells);
        Assert.Equal(0, empty.Ratio);
    }
}
