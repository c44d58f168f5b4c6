using RouteGraph.Core.Analytics;
using RouteGraph.Core.Model;
using static RouteGraph.Core.Analytics.TimelineEventKind;
using static RouteGraph.Core.Model.RouteRole;

namespace RouteGraph.Core.Tests.Analytics;

public class TimelineTests
{
    static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    static string[] Show(IEnumerable<TimelineEvent> events) => [.. events.Select(e => $"{e.Date:yyyy-MM-dd} {e.Kind} {e.Partnership.Id}")];

    static TestGraph Graph() => new TestGraph()
        .OnRoute("TN", "cm", TRANSIT, DEPARTURE)
        .OnRoute("NE", "cm", ORIGIN)
        .OnRoute("MA", "wm", DEPARTURE)
        .Region("sahel", "Sahel", "NE", "ML")
        .Partnership("op-ma", "2022-07-08", partners: ["MA"], kind: PartnershipKind.OPERATIONAL_PARTNERSHIP)
        .Partnership("op-tn", "2023-04-27", partners: ["TN"], kind: PartnershipKind.OPERATIONAL_PARTNERSHIP)
        .Partnership("tn-mou", "2023-07-16", partners: ["TN"], suspendedOn: "2024-01-01", endedOn: "2024-06-30",
            status: PartnershipStatus.ENDED)
        .Partnership("sahel-plan", "2023-07-16", partners: ["sahel"])
        .Partnership("cm-plan", "2023-07-16", targets: ["cm"], kind: PartnershipKind.ACTION_PLAN)
        .Partnership("undated", partners: ["TN"], endedOn: "2020-01-01");

    [Fact]
    public void Events_come_from_signing_suspension_and_end_in_date_kind_id_order()
    {
        Assert.Equal(
            [
                "2020-01-01 ENDED undated",
                "2022-07-08 LAUNCHED op-ma",
                "2023-04-27 LAUNCHED op-tn",
                "2023-07-16 SIGNED cm-plan",
                "2023-07-16 SIGNED sahel-plan",
                "2023-07-16 SIGNED tn-mou",
                "2024-01-01 SUSPENDED tn-mou",
                "2024-06-30 ENDED tn-mou",
            ],
            Show(Timeline.Events(Graph().Build(), null, null, null)));
    }

    [Fact]
    public void A_route_keeps_partnerships_with_its_countries_their_regions_or_targeting_it()
    {
        var events = Timeline.Events(Graph().Build(), "cm", null, null);

        Assert.Equal(["cm-plan", "op-tn", "sahel-plan", "tn-mou", "undated"], events.Select(e => e.Partnership.Id).Distinct().Order());
        Assert.Equal(["2022-07-08 LAUNCHED op-ma"], Show(Timeline.Events(Graph().Build(), "wm", null, null)));
        Assert.Empty(Timeline.Events(Graph().Build(), "nowhere", null, null));
    }

    [Fact]
    public void The_window_is_inclusive_at_both_ends()
    {
        var graph = Graph().Build();

        Assert.Equal(
            ["2022-07-08 LAUNCHED op-ma", "2023-04-27 LAUNCHED op-tn"],
            Show(Timeline.Events(graph, null, D("2022-07-08"), D("2023-04-27"))));
        Assert.Equal(["2024-06-30 ENDED tn-mou"], Show(Timeline.Events(graph, "cm", D("2024-06-30"), null)));
        Assert.Equal(["2020-01-01 ENDED undated"], Show(Timeline.Events(graph, null, null, D("2022-07-07"))));
        Assert.Empty(Timeline.Events(graph, null, D("2023-04-28"), D("2023-07-15")));
    }
}
