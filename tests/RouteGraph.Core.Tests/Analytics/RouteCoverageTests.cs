using RouteGraph.Core.Analytics;
using RouteGraph.Core.Model;
using static RouteGraph.Core.Model.RouteRole;
using static RouteGraph.Core.Model.Sector;

namespace RouteGraph.Core.Tests.Analytics;

public class RouteCoverageTests
{
    static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    static readonly DateOnly Day = new(2024, 1, 1);

    /// <summary>Central Med: Niger origin, Libya transit+departure, Tunisia all three, Lebanon departure only, Italy arrival.</summary>
    static TestGraph Route() => new TestGraph()
        .AllSectors()
        .Country("NE", "Niger").Country("LY", "Libya").Country("TN", "Tunisia").Country("LB", "Lebanon").Country("IT", "Italy", euMember: true)
        .OnRoute("NE", "cm", ORIGIN)
        .OnRoute("LY", "cm", TRANSIT, DEPARTURE)
        .OnRoute("TN", "cm", ORIGIN, TRANSIT, DEPARTURE)
        .OnRoute("LB", "cm", DEPARTURE)
        .OnRoute("IT", "cm", ARRIVAL);

    static CoverageCell Cell(RouteCoverage coverage, string iso, Sector sector) =>
        coverage.Cells.Single(c => c.Country.Id == iso && c.Sector == sector);

    static string State(RouteCoverage coverage, string iso, Sector sector) =>
        Cell(coverage, iso, sector) is var c ? c.Reason is { } reason ? $"{c.State} {reason}" : $"{c.State}" : "";

    [Fact]
    public void One_row_per_third_country_with_an_origin_transit_or_departure_role_each_counted_once_per_sector()
    {
        var coverage = RouteCoverageAnalysis.Compute(Route().Build(), "cm", Day)!;

        // Lebanon (departure only) has a row; Italy (arrival, EU member) has none; Tunisia's three roles make one row.
        Assert.Equal(["LB", "LY", "NE", "TN"], coverage.Rows.Select(r => r.Country.Id));
        Assert.Equal<RouteRole>([ORIGIN, TRANSIT, DEPARTURE], coverage.Rows.Single(r => r.Country.Id == "TN").Roles);
        Assert.Equal<RouteRole>([DEPARTURE], coverage.Rows.Single(r => r.Country.Id == "LB").Roles);
        Assert.Equal(4 * 5, coverage.Cells.Count());
        Assert.All(coverage.Rows, r => Assert.Equal(Enum.GetValues<Sector>(), r.Cells.Select(c => c.Sector)));
        Assert.All(coverage.Cells, c => Assert.Equal((CoverageState.GAP, CoverageReason.NO_PARTNERSHIP), (c.State, c.Reason)));
        Assert.Equal(new CoverageCounts(0, 20, 0), coverage.Counts);
        Assert.Equal(0, coverage.Counts.Ratio);
        Assert.Equal(Day, coverage.Day);
    }

    [Fact]
    public void EU_member_states_are_never_rows_even_in_transit_or_as_partners()
    {
        var graph = Route()
            .Country("GR", "Greece", euMember: true).OnRoute("GR", "cm", TRANSIT)
            .Partnership("it-gr", "2020-01-01", partners: ["IT", "GR"], sectors: [ANTI_SMUGGLING])
            .Build();

        var coverage = RouteCoverageAnalysis.Compute(graph, "cm", Day)!;

        Assert.DoesNotContain(coverage.Cells, c => c.Country.EuMember);
        Assert.Equal(0, coverage.Counts.Covered);
    }

    [Fact]
    public void Sectors_follow_the_rank_the_graph_gives_them()
    {
        var graph = new TestGraph()
            .OnRoute("NE", "cm", ORIGIN)
            .Node(new KeySector("legal", LEGAL_PATHWAYS, 1, new LocalisedNames("Legal pathways", "Canali legali", null)))
            .Node(new KeySector("smuggling", ANTI_SMUGGLING, 2, new LocalisedNames("Anti-smuggling", "Traffico", null)))
            .Build();

        var sectors = RouteCoverageAnalysis.Compute(graph, "cm", Day)!.Cells.Select(c => c.Sector);

        Assert.Equal([LEGAL_PATHWAYS, ANTI_SMUGGLING, HOST_COUNTRY_SUPPORT, ECONOMIC_OPPORTUNITIES, RETURN_AND_READMISSION], sectors);
    }

    [Fact]
    public void A_partnership_covers_its_partners_directly_or_through_a_region_and_a_route_target_covers_nothing()
    {
        var graph = Route()
            .Partnership("op-tn", "2023-04-27", partners: ["TN"], sectors: [ANTI_SMUGGLING], kind: PartnershipKind.OPERATIONAL_PARTNERSHIP)
            .Partnership("cm-statement", "2016-03-18", targets: ["cm"], sectors: [RETURN_AND_READMISSION, ANTI_SMUGGLING])
            .Partnership("sahel-plan", "2020-01-01", partners: ["sahel"], sectors: [ECONOMIC_OPPORTUNITIES])
            .Region("sahel", "Sahel", "NE", "ML")
            .Build();

        var coverage = RouteCoverageAnalysis.Compute(graph, "cm", Day)!;

        Assert.Equal(["op-tn"], Cell(coverage, "TN", ANTI_SMUGGLING).Partnerships.Select(p => p.Id));
        Assert.Equal("GAP NO_PARTNERSHIP", State(coverage, "LY", ANTI_SMUGGLING));
        Assert.All(coverage.Cells.Where(c => c.Sector == RETURN_AND_READMISSION), c => Assert.Equal(CoverageState.GAP, c.State));
        Assert.Equal(["sahel-plan"], Cell(coverage, "NE", ECONOMIC_OPPORTUNITIES).Partnerships.Select(p => p.Id));
        Assert.Equal(2, coverage.Counts.Covered);
    }

    [Fact]
    public void Each_gap_reason_and_unknown_reason_follows_from_the_lifecycles()
    {
        var graph = Route()
            .Partnership("ly-suspended", "2020-01-01", suspendedOn: "2023-07-29", partners: ["LY"], sectors: [ANTI_SMUGGLING])
            .Partnership("ly-ended", "2010-01-01", endedOn: "2015-01-01", partners: ["LY"], sectors: [ANTI_SMUGGLING, LEGAL_PATHWAYS])
            .Partnership("tn-signed", partners: ["TN"], sectors: [RETURN_AND_READMISSION],
                events: [(LifecycleEventKind.SIGNED, "2023-06-01"), (LifecycleEventKind.ENTERED_INTO_FORCE, "2024-06-01")])
            .Partnership("tn-talent", partners: ["TN"], sectors: [LEGAL_PATHWAYS], events: [(LifecycleEventKind.ANNOUNCED, "2022-04-27")])
            .Partnership("ne-dialogue", partners: ["NE"], sectors: [ANTI_SMUGGLING])
            .Partnership("lb-package", partners: ["LB"], sectors: [HOST_COUNTRY_SUPPORT], events: [(LifecycleEventKind.LAUNCHED, "2024")])
            .Build();

        var coverage = RouteCoverageAnalysis.Compute(graph, "cm", D("2024-03-01"))!;

        Assert.Equal("GAP SUSPENDED", State(coverage, "LY", ANTI_SMUGGLING)); // suspended beats ended
        Assert.Equal("GAP ENDED", State(coverage, "LY", LEGAL_PATHWAYS));
        Assert.Equal("GAP NOT_YET_ACTIVE", State(coverage, "TN", RETURN_AND_READMISSION)); // signed, not yet in force
        Assert.Equal("GAP NOT_YET_ACTIVE", State(coverage, "TN", LEGAL_PATHWAYS)); // announced only
        Assert.Equal("UNKNOWN UNDATED", State(coverage, "NE", ANTI_SMUGGLING)); // no dated event: never ACTIVE
        Assert.Equal("UNKNOWN IMPRECISE_DATE", State(coverage, "LB", HOST_COUNTRY_SUPPORT)); // "2024" straddles the day
        Assert.Equal("GAP NO_PARTNERSHIP", State(coverage, "NE", LEGAL_PATHWAYS));
        Assert.Equal(["ly-suspended", "ly-ended"], Cell(coverage, "LY", ANTI_SMUGGLING).Partnerships.Select(p => p.Id).Order().Reverse());

        var later = RouteCoverageAnalysis.Compute(graph, "cm", D("2025-01-01"))!;
        Assert.Equal("COVERED", State(later, "TN", RETURN_AND_READMISSION));
        Assert.Equal("COVERED", State(later, "LB", HOST_COUNTRY_SUPPORT));
    }

    [Fact]
    public void Covered_wins_over_unknown_and_unknown_over_gap()
    {
        var graph = Route()
            .Partnership("tn-active", "2020-01-01", partners: ["TN"], sectors: [ANTI_SMUGGLING])
            .Partnership("tn-undated", partners: ["TN"], sectors: [ANTI_SMUGGLING, LEGAL_PATHWAYS])
            .Partnership("tn-ended", "2010-01-01", endedOn: "2011-01-01", partners: ["TN"], sectors: [LEGAL_PATHWAYS])
            .Build();

        var coverage = RouteCoverageAnalysis.Compute(graph, "cm", Day)!;

        Assert.Equal("COVERED", State(coverage, "TN", ANTI_SMUGGLING));
        Assert.Equal(["tn-active"], Cell(coverage, "TN", ANTI_SMUGGLING).Partnerships.Select(p => p.Id));
        Assert.Equal(2, Cell(coverage, "TN", ANTI_SMUGGLING).Considered.Length);
        Assert.Equal("UNKNOWN UNDATED", State(coverage, "TN", LEGAL_PATHWAYS));
        Assert.Equal(["tn-undated"], Cell(coverage, "TN", LEGAL_PATHWAYS).Partnerships.Select(p => p.Id));
    }

    [Fact]
    public void The_ratio_is_covered_over_covered_plus_gap_leaving_unknown_cells_out()
    {
        var graph = Route()
            .Partnership("tn", "2020-01-01", partners: ["TN"], sectors: [ANTI_SMUGGLING, LEGAL_PATHWAYS])
            .Partnership("ly", partners: ["LY"], sectors: [ANTI_SMUGGLING, LEGAL_PATHWAYS, HOST_COUNTRY_SUPPORT])
            .Build();

        var coverage = RouteCoverageAnalysis.Compute(graph, "cm", Day)!;

        Assert.Equal(new CoverageCounts(2, 15, 3), coverage.Counts);
        Assert.Equal(2.0 / 17, coverage.Counts.Ratio!.Value, 12);
        var smuggling = coverage.BySector.Single(s => s.Sector == ANTI_SMUGGLING).Counts;
        Assert.Equal(new CoverageCounts(1, 2, 1), smuggling);
        Assert.Equal(1.0 / 3, smuggling.Ratio!.Value, 12);
        Assert.Null(new CoverageCounts(0, 0, 4).Ratio);
    }

    [Fact]
    public void Programmes_acting_in_a_country_are_activity_in_its_cells_and_never_count()
    {
        var graph = Route()
            .Programme("avrr", returnsFrom: ["LY", "TN"], sectors: [RETURN_AND_READMISSION])
            .Event("avrr", LifecycleEventKind.LAUNCHED, "2020-01-01")
            .Build();

        var coverage = RouteCoverageAnalysis.Compute(graph, "cm", Day)!;
        var libya = Cell(coverage, "LY", RETURN_AND_READMISSION);

        Assert.Equal("GAP NO_PARTNERSHIP", State(coverage, "LY", RETURN_AND_READMISSION));
        var activity = Assert.Single(libya.Activities);
        Assert.Equal(("avrr", RelationType.RETURNS_FROM, PartnershipStatus.ACTIVE), (activity.Programme.Id, activity.Relation, activity.Status.Status));
        Assert.Empty(Cell(coverage, "LY", ANTI_SMUGGLING).Activities);
        Assert.Empty(Cell(coverage, "NE", RETURN_AND_READMISSION).Activities);
    }

    [Fact]
    public void Adding_a_hypothetical_partnership_changes_exactly_its_cells_and_leaving_it_out_restores_them()
    {
        var graph = Route()
            .Region("maghreb", "Maghreb", "TN", "LY")
            .Partnership("tn", "2020-01-01", partners: ["TN"], sectors: [ANTI_SMUGGLING])
            .Build();
        var plain = RouteCoverageAnalysis.Compute(graph, "cm", Day)!;

        var added = RouteCoverageAnalysis.Compute(graph, "cm", Day, new CoverageScenario([],
            [new HypotheticalPartnership("New compact", ["maghreb"], [LEGAL_PATHWAYS, ANTI_SMUGGLING], PartialDate.Parse("2023-06"))]))!;

        // Tunisia's anti-smuggling cell was already covered: only the three cells that turn COVERED change.
        Assert.Equal(["LY ANTI_SMUGGLING", "LY LEGAL_PATHWAYS", "TN LEGAL_PATHWAYS"],
            added.Changes.Select(c => $"{c.Country.Id} {c.Sector}").Order());
        Assert.All(added.Changes, c => Assert.Equal(CoverageState.COVERED, c.State));
        Assert.Equal("New compact", Assert.Single(Cell(added, "LY", LEGAL_PATHWAYS).Hypothetical).Partnership.Title);
        Assert.Equal(plain.Counts.Covered + 3, added.Counts.Covered);

        var removed = RouteCoverageAnalysis.Compute(graph, "cm", Day, new CoverageScenario(["tn"], []))!;
        Assert.Equal(["TN ANTI_SMUGGLING"], removed.Changes.Select(c => $"{c.Country.Id} {c.Sector}"));
        Assert.Equal("GAP NO_PARTNERSHIP", State(removed, "TN", ANTI_SMUGGLING));

        // Without a scenario nothing is marked changed, and the plain answer is untouched.
        Assert.Empty(plain.Changes);
        Assert.Equal("COVERED", State(plain, "TN", ANTI_SMUGGLING));
    }

    [Fact]
    public void A_hypothetical_partnership_follows_the_lifecycle_rules_of_its_start_date()
    {
        var graph = Route().Build();
        var scenario = new CoverageScenario([], [new HypotheticalPartnership("h", ["NE"], [ANTI_SMUGGLING], PartialDate.Parse("2024"))]);

        Assert.Equal("GAP NOT_YET_ACTIVE", State(RouteCoverageAnalysis.Compute(graph, "cm", D("2023-12-31"), scenario)!, "NE", ANTI_SMUGGLING));
        Assert.Equal("UNKNOWN IMPRECISE_DATE", State(RouteCoverageAnalysis.Compute(graph, "cm", D("2024-05-01"), scenario)!, "NE", ANTI_SMUGGLING));
        Assert.Equal("COVERED", State(RouteCoverageAnalysis.Compute(graph, "cm", D("2025-01-01"), scenario)!, "NE", ANTI_SMUGGLING));
    }

    [Fact]
    public void A_scenario_naming_what_the_graph_does_not_hold_is_refused()
    {
        var graph = Route().Partnership("tn", "2020-01-01", partners: ["TN"]).Build();
        var valid = PartialDate.Parse("2020");

        Assert.Throws<ArgumentException>(() => RouteCoverageAnalysis.Compute(graph, "cm", Day, new CoverageScenario(["nope"], [])));
        Assert.Throws<ArgumentException>(() => RouteCoverageAnalysis.Compute(graph, "cm", Day,
            new CoverageScenario([], [new HypotheticalPartnership("h", ["XX"], [ANTI_SMUGGLING], valid)])));
        Assert.Throws<ArgumentException>(() => RouteCoverageAnalysis.Compute(graph, "cm", Day,
            new CoverageScenario([], [new HypotheticalPartnership("h", [], [ANTI_SMUGGLING], valid)])));
        Assert.Throws<ArgumentException>(() => RouteCoverageAnalysis.Compute(graph, "cm", Day,
            new CoverageScenario([], [new HypotheticalPartnership("h", ["TN"], [], valid)])));
    }

    [Fact]
    public void The_trend_has_a_point_on_the_first_day_and_on_each_day_the_counts_change()
    {
        var graph = Route()
            .Partnership("tn", "2023-04-27", partners: ["TN"], sectors: [ANTI_SMUGGLING], kind: PartnershipKind.OPERATIONAL_PARTNERSHIP)
            .Partnership("ne", "2022-07-15", suspendedOn: "2023-07-29", partners: ["NE"], sectors: [ANTI_SMUGGLING])
            .Partnership("lb", partners: ["LB"], sectors: [ANTI_SMUGGLING], events: [(LifecycleEventKind.LAUNCHED, "2024-05")])
            .Partnership("ly-other-sector", "2023-01-10", partners: ["LY"], sectors: [LEGAL_PATHWAYS])
            .Build();

        var trend = RouteCoverageAnalysis.Trend(graph, "cm", D("2023-01-01"), D("2024-12-31"), ANTI_SMUGGLING)!;

        Assert.Equal(
            [
                "2023-01-01 1/3/0", // Niger covered
                "2023-04-27 2/2/0", // Tunisia launched
                "2023-07-29 1/3/0", // Niger suspended
                "2024-05-01 1/2/1", // Lebanon's month begins: unknown
                "2024-06-01 2/2/0", // and ends: covered
            ],
            trend.Points.Select(p => $"{p.Day:yyyy-MM-dd} {p.Counts.Covered}/{p.Counts.Gap}/{p.Counts.Unknown}"));
        // Libya's legal-pathways partnership changes no anti-smuggling count, so 2023-01-10 is no point of this sector's trend.
        Assert.Contains(RouteCoverageAnalysis.Trend(graph, "cm", D("2023-01-01"), D("2024-12-31"))!.Points, p => p.Day == D("2023-01-10"));
        Assert.Throws<ArgumentException>(() => RouteCoverageAnalysis.Trend(graph, "cm", D("2024-01-01"), D("2023-01-01")));
        Assert.Null(RouteCoverageAnalysis.Trend(graph, "nowhere", D("2023-01-01"), D("2024-01-01")));
    }

    [Fact]
    public void Every_covered_cell_is_traced_to_its_documents_and_quotes()
    {
        var graph = Route()
            .Node(new Document("council", "Council page", "Council of the European Union", null, null, "it"))
            .Build();
        var withEvidence = new TestGraph()
            .AllSectors()
            .OnRoute("TN", "cm", ORIGIN)
            .Node(new Document("council", "Council page", "Council of the European Union", null, null, "it"))
            .Partnership("op-tn", "2023-04-27", partners: ["TN"], sectors: [ANTI_SMUGGLING], kind: PartnershipKind.OPERATIONAL_PARTNERSHIP)
            .Build();
        // TestGraph relations carry no source: rebuild with sources to see them traced.
        var sourced = Core.Graph.PolicyGraph.Create("v", withEvidence.Nodes, withEvidence.Relations.Select(r => r.Type switch
        {
            RelationType.WITH_PARTNER or RelationType.COVERS or RelationType.HAS_EVENT => r with { SourceId = "council" },
            _ => r,
        }).Concat([new PolicyRelation(RelationType.SOURCED_FROM, "op-tn", "council", Quote: "Tunisia (27 aprile 2023)"),
            new PolicyRelation(RelationType.SOURCED_FROM, withEvidence.LifecycleEvents[0].Id, "council", Quote: "Tunisia (27 aprile 2023)")]));

        var cell = Cell(RouteCoverageAnalysis.Compute(sourced, "cm", Day)!, "TN", ANTI_SMUGGLING);
        var evidence = RouteCoverageAnalysis.EvidenceOf(sourced, cell);

        Assert.Equal(CoverageState.COVERED, cell.State);
        Assert.Equal([EvidenceFact.PARTNER, EvidenceFact.SECTOR, EvidenceFact.LIFECYCLE], evidence.Select(e => e.Fact));
        Assert.All(evidence, e => Assert.Equal(("council", "Tunisia (27 aprile 2023)"), (e.Document.Id, e.Quote)));
        Assert.Empty(RouteCoverageAnalysis.EvidenceOf(graph, Cell(RouteCoverageAnalysis.Compute(graph, "cm", Day)!, "TN", ANTI_SMUGGLING)));
    }

    [Fact]
    public void Unknown_route_is_null_and_a_route_without_matrix_countries_is_empty_with_no_ratio()
    {
        var graph = Route().OnRoute("ES", "arrivals-only", ARRIVAL).Build();

        Assert.Null(RouteCoverageAnalysis.Compute(graph, "nowhere", Day));
        var empty = RouteCoverageAnalysis.Compute(graph, "arrivals-only", Day)!;
        Assert.Empty(empty.Cells);
        Assert.Null(empty.Counts.Ratio);
    }
}
