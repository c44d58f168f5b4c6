using RouteGraph.Core.Analytics;
using RouteGraph.Core.Model;
using static RouteGraph.Core.Model.RouteRole;

namespace RouteGraph.Core.Tests.Analytics;

public class TimelineTests
{
    static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    static string[] Show(IEnumerable<TimelineEvent> events) => [.. events.Select(e => $"{e.Date?.ToString() ?? "-"} {e.Kind} {e.Subject.Id}")];

    static TestGraph Graph() => new TestGraph()
        .OnRoute("TN", "cm", TRANSIT, DEPARTURE)
        .OnRoute("NE", "cm", ORIGIN)
        .OnRoute("MA", "wm", DEPARTURE)
        .Region("sahel", "Sahel", "NE", "ML")
        .Partnership("op-ma", "2022-07-08", partners: ["MA"], kind: PartnershipKind.OPERATIONAL_PARTNERSHIP)
        .Partnership("op-tn", "2023-04-27", partners: ["TN"], kind: PartnershipKind.OPERATIONAL_PARTNERSHIP)
        .Partnership("tn-mou", "2023-07-16", partners: ["TN"], suspendedOn: "2024-01-01", endedOn: "2024-06-30")
        .Partnership("sahel-plan", "2023-07-16", partners: ["sahel"])
        .Partnership("cm-plan", "2023-07-16", targets: ["cm"], kind: PartnershipKind.ACTION_PLAN)
        .Partnership("ended-only", partners: ["TN"], endedOn: "2020-01-01")
        .Partnership("dialogue", partners: ["NE"], events: [(LifecycleEventKind.LAUNCHED, "2006-07")])
        .Partnership("undated", partners: ["TN"], events: [(LifecycleEventKind.SIGNED, null)])
        .Partnership("no-events", partners: ["NE"])
        .Programme("avrr", returnsFrom: ["TN"], sectors: [Sector.RETURN_AND_READMISSION])
        .Event("avrr", LifecycleEventKind.LAUNCHED, "2021");

    [Fact]
    public void Dated_events_come_in_order_of_first_day_then_precision_then_kind_then_subject()
    {
        var timeline = Timeline.Events(Graph().Build(), null, null, null);

        Assert.Equal(
            [
                "2006-07 LAUNCHED dialogue",
                "2020-01-01 ENDED ended-only",
                "2021 LAUNCHED avrr",
                "2022-07-08 LAUNCHED op-ma",
                "2023-04-27 LAUNCHED op-tn",
                "2023-07-16 SIGNED cm-plan",
                "2023-07-16 SIGNED sahel-plan",
                "2023-07-16 SIGNED tn-mou",
                "2024-01-01 SUSPENDED tn-mou",
                "2024-06-30 ENDED tn-mou",
            ],
            Show(timeline.Events));
        Assert.Equal(DatePrecision.MONTH, timeline.Events[0].Date!.Value.Precision);
    }

    [Fact]
    public void Undated_events_and_partnerships_without_a_dated_event_are_listed_apart_never_dropped()
    {
        var timeline = Timeline.Events(Graph().Build(), null, null, null);

        Assert.Equal(["- SIGNED undated"], Show(timeline.Undated));
        Assert.Equal(["no-events", "undated"], timeline.UndatedPartnerships.Select(p => p.Id).Order());
    }

    [Fact]
    public void A_route_keeps_partnerships_with_its_countries_their_regions_or_targeting_it_and_programmes_acting_there()
    {
        var events = Timeline.Events(Graph().Build(), "cm", null, null);

        Assert.Equal(["avrr", "cm-plan", "dialogue", "ended-only", "op-tn", "sahel-plan", "tn-mou"], events.Events.Select(e => e.Subject.Id).Distinct().Order());
        Assert.Equal(["2022-07-08 LAUNCHED op-ma"], Show(Timeline.Events(Graph().Build(), "wm", null, null).Events));
        Assert.Empty(Timeline.Events(Graph().Build(), "nowhere", null, null).Events);
    }

    [Fact]
    public void The_window_is_inclusive_at_both_ends_and_a_partial_date_is_in_it_when_any_of_its_days_is()
    {
        var graph = Graph().Build();

        Assert.Equal(
            ["2022-07-08 LAUNCHED op-ma", "2023-04-27 LAUNCHED op-tn"],
            Show(Timeline.Events(graph, null, D("2022-07-08"), D("2023-04-27")).Events));
        Assert.Equal(["2024-06-30 ENDED tn-mou"], Show(Timeline.Events(graph, "cm", D("2024-06-30"), null).Events));
        Assert.Equal(["2006-07 LAUNCHED dialogue"], Show(Timeline.Events(graph, null, D("2006-07-31"), D("2006-08-15")).Events));
        Assert.Equal(["2021 LAUNCHED avrr"], Show(Timeline.Events(graph, null, D("2021-12-31"), D("2022-01-05")).Events));
        Assert.Empty(Timeline.Events(graph, null, D("2023-04-28"), D("2023-07-15")).Events);
    }
}
