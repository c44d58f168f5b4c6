using RouteGraph.Core.Analytics;
using RouteGraph.Core.Model;
using static RouteGraph.Core.Model.RouteRole;

namespace RouteGraph.Core.Tests.Analytics;

public class PartnershipQueriesTests
{
    static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    static readonly DateOnly Today = new(2025, 1, 1);

    static string[] Ids(IEnumerable<Partnership> partnerships) => [.. partnerships.Select(p => p.Id)];

    /// <summary>Central Med: NE origin, LY transit, TN transit+departure, IT arrival. Western Balkans region of RS and BA.</summary>
    static TestGraph Mediterranean() => new TestGraph()
        .OnRoute("NE", "cm", ORIGIN)
        .OnRoute("LY", "cm", TRANSIT, DEPARTURE)
        .OnRoute("TN", "cm", TRANSIT, DEPARTURE)
        .OnRoute("IT", "cm", ARRIVAL)
        .OnRoute("RS", "wb", TRANSIT)
        .OnRoute("MA", "wm", DEPARTURE)
        .Region("western-balkans", "Western Balkans", "RS", "BA");

    [Fact]
    public void A_region_partner_counts_for_each_of_its_countries()
    {
        var graph = Mediterranean()
            .Partnership("op-wb", "2022-11-04", partners: ["western-balkans"], kind: PartnershipKind.OPERATIONAL_PARTNERSHIP)
            .Build();

        Assert.Equal(["op-wb"], Ids(PartnershipQueries.Find(graph, new(CountryIsos: ["ba"]), Today)));
        Assert.Equal(["op-wb"], Ids(PartnershipQueries.Find(graph, new(RouteIds: ["wb"]), Today)));
        Assert.Empty(PartnershipQueries.Find(graph, new(CountryIsos: ["TN"]), Today));

        var serbia = Assert.Single(PartnershipQueries.ByRoute(graph, "wb", null, Today)!.Value);
        Assert.Equal("RS", serbia.Country.Id);
        Assert.Equal(["op-wb"], Ids(serbia.Partnerships));
    }

    [Fact]
    public void A_partnership_targeting_a_route_is_on_the_route_but_covers_none_of_its_countries()
    {
        var graph = Mediterranean()
            .Partnership("cm-plan", "2023-01-01", targets: ["cm"])
            .Partnership("tn-mou", "2023-07-16", partners: ["TN"])
            .Build();

        var byRoute = PartnershipQueries.ByRoute(graph, "cm", null, Today)!.Value;
        Assert.Equal(["IT", "LY", "NE", "TN"], byRoute.Select(r => r.Country.Id).Order());
        Assert.All(byRoute, r => Assert.DoesNotContain(r.Partnerships, p => p.Id == "cm-plan"));
        Assert.Equal(["tn-mou"], Ids(byRoute.Single(r => r.Country.Id == "TN").Partnerships));
        Assert.Equal<RouteRole>([TRANSIT, DEPARTURE], byRoute.Single(r => r.Country.Id == "TN").Roles);

        // The route filter still finds it: targets place a partnership on a route for filtering and the timeline.
        Assert.Equal(["cm-plan", "tn-mou"], Ids(PartnershipQueries.Find(graph, new(RouteIds: ["cm"]), Today)));
        Assert.Empty(PartnershipQueries.Find(graph, new(RouteIds: ["wm"]), Today));
        Assert.Equal(["tn-mou"], Ids(PartnershipQueries.Find(graph, new(CountryIsos: ["TN"]), Today)));
    }

    [Fact]
    public void ByRoute_is_null_for_an_unknown_route_and_ignores_the_filter_routes()
    {
        var graph = Mediterranean().Partnership("tn-mou", "2023-07-16", partners: ["TN"]).Build();

        Assert.Null(PartnershipQueries.ByRoute(graph, "nowhere", null, Today));
        var tunisia = PartnershipQueries.ByRoute(graph, "cm", new(RouteIds: ["wb"]), Today)!.Value.Single(r => r.Country.Id == "TN");
        Assert.Equal(["tn-mou"], Ids(tunisia.Partnerships));
    }

    [Fact]
    public void ByRoute_applies_the_rest_of_the_filter()
    {
        var graph = Mediterranean()
            .Partnership("tn-smuggling", "2023-04-27", partners: ["TN"], sectors: [Sector.ANTI_SMUGGLING])
            .Partnership("tn-talent", "2023-06-11", partners: ["TN"], sectors: [Sector.LEGAL_PATHWAYS])
            .Build();

        var tunisia = PartnershipQueries.ByRoute(graph, "cm", new(Sectors: [Sector.LEGAL_PATHWAYS]), Today)!.Value.Single(r => r.Country.Id == "TN");
        Assert.Equal(["tn-talent"], Ids(tunisia.Partnerships));
    }

    [Fact]
    public void Sectors_kinds_and_statuses_each_narrow_the_result()
    {
        var graph = Mediterranean()
            .Partnership("a", "2022-01-01", partners: ["TN"], sectors: [Sector.ANTI_SMUGGLING, Sector.LEGAL_PATHWAYS],
                kind: PartnershipKind.OPERATIONAL_PARTNERSHIP)
            .Partnership("b", "2022-01-02", partners: ["LY"], sectors: [Sector.RETURN_AND_READMISSION],
                kind: PartnershipKind.READMISSION_AGREEMENT, suspendedOn: "2024-06-01")
            .Partnership("c", "2022-01-03", partners: ["NE"])
            .Build();

        Assert.Equal(["a", "b"], Ids(PartnershipQueries.Find(graph, new(Sectors: [Sector.LEGAL_PATHWAYS, Sector.RETURN_AND_READMISSION]), Today)));
        Assert.Equal(["b"], Ids(PartnershipQueries.Find(graph, new(Kinds: [PartnershipKind.READMISSION_AGREEMENT]), Today)));
        Assert.Equal(["a", "c"], Ids(PartnershipQueries.Find(graph, new(Statuses: [PartnershipStatus.ACTIVE]), Today)));
        Assert.Empty(PartnershipQueries.Find(graph, new(Sectors: [Sector.ANTI_SMUGGLING], Statuses: [PartnershipStatus.SUSPENDED]), Today));
        Assert.Equal(["a", "b", "c"], Ids(PartnershipQueries.Find(graph, new(Sectors: [], Kinds: []), Today)));
    }

    [Fact]
    public void ActiveOn_keeps_only_partnerships_certainly_in_effect_that_day()
    {
        var graph = new TestGraph()
            .Partnership("signed-that-day", "2023-04-27")
            .Partnership("signed-next-day", "2023-04-28")
            .Partnership("ended-day-before", "2020-01-01", endedOn: "2023-04-26")
            .Partnership("ended-that-day", "2020-01-01", endedOn: "2023-04-27")
            .Partnership("ended-day-after", "2020-01-01", endedOn: "2023-04-28")
            .Partnership("suspended-that-day", "2020-01-01", suspendedOn: "2023-04-27")
            .Partnership("suspended-day-after", "2020-01-01", suspendedOn: "2023-04-28")
            .Partnership("undated")
            .Partnership("announced", events: [(LifecycleEventKind.ANNOUNCED, "2023-01-01")])
            .Partnership("launched-that-year", events: [(LifecycleEventKind.LAUNCHED, "2023")])
            .Build();

        // An event takes effect on its day: ended or suspended on the 27th is no longer active on the 27th.
        Assert.Equal(
            ["ended-day-after", "signed-that-day", "suspended-day-after"],
            Ids(PartnershipQueries.Find(graph, new(ActiveOn: D("2023-04-27")), Today)).Order());
    }

    [Fact]
    public void Statuses_are_read_on_activeOn_or_else_on_today()
    {
        var graph = new TestGraph()
            .Partnership("suspended-2024", "2020-01-01", suspendedOn: "2024-06-01")
            .Partnership("announced", events: [(LifecycleEventKind.ANNOUNCED, "2022-04-27")])
            .Partnership("undated")
            .Build();

        Assert.Equal(["suspended-2024"], Ids(PartnershipQueries.Find(graph, new(Statuses: [PartnershipStatus.SUSPENDED]), Today)));
        Assert.Empty(PartnershipQueries.Find(graph, new(Statuses: [PartnershipStatus.SUSPENDED], ActiveOn: D("2023-01-01")), Today));
        Assert.Equal(["suspended-2024"], Ids(PartnershipQueries.Find(graph, new(Statuses: [PartnershipStatus.ACTIVE]), new DateOnly(2023, 1, 1))));
        Assert.Equal(["announced"], Ids(PartnershipQueries.Find(graph, new(Statuses: [PartnershipStatus.NOT_YET_ACTIVE]), Today)));
        Assert.Equal(["undated"], Ids(PartnershipQueries.Find(graph, new(Statuses: [PartnershipStatus.UNCERTAIN]), Today)));
    }

    [Fact]
    public void Signed_window_is_inclusive_and_excludes_unknown_dates()
    {
        var graph = new TestGraph()
            .Partnership("ma", "2022-07-08")
            .Partnership("ne", "2022-07-15")
            .Partnership("wb", "2022-11-04")
            .Partnership("tn", "2023-04-27")
            .Partnership("undated")
            .Build();

        Assert.Equal(["ne", "wb"], Ids(PartnershipQueries.Find(graph, new(SignedFrom: D("2022-07-15"), SignedTo: D("2022-11-04")), Today)));
        Assert.Equal(["tn"], Ids(PartnershipQueries.Find(graph, new(SignedFrom: D("2023-04-27")), Today)));
        Assert.Equal(["ma"], Ids(PartnershipQueries.Find(graph, new(SignedTo: D("2022-07-08")), Today)));
        Assert.Equal(5, PartnershipQueries.Find(graph, PartnershipFilter.Any, Today).Length);
    }

    [Fact]
    public void A_partial_signing_date_is_in_the_window_when_any_of_its_days_is()
    {
        var graph = new TestGraph()
            .Partnership("rabat", events: [(LifecycleEventKind.LAUNCHED, "2006-07")])
            .Partnership("year", events: [(LifecycleEventKind.SIGNED, "2006")])
            .Build();

        Assert.Equal(["year", "rabat"], Ids(PartnershipQueries.Find(graph, new(SignedFrom: D("2006-07-31"), SignedTo: D("2006-08-01")), Today)));
        Assert.Equal(["year"], Ids(PartnershipQueries.Find(graph, new(SignedFrom: D("2006-12-01")), Today)));
        Assert.Empty(PartnershipQueries.Find(graph, new(SignedTo: D("2005-12-31")), Today));
    }

    [Fact]
    public void Results_are_ordered_by_signing_date_with_unknown_dates_last_then_by_id()
    {
        var graph = new TestGraph()
            .Partnership("z-undated")
            .Partnership("b", "2020-05-01")
            .Partnership("a-undated")
            .Partnership("c", "2019-01-01")
            .Partnership("a", "2020-05-01")
            .Partnership("month", events: [(LifecycleEventKind.SIGNED, "2020-05")])
            .Build();

        // A month starting the same day as a full date comes after it: the more precise date first.
        Assert.Equal(["c", "a", "b", "month", "a-undated", "z-undated"], Ids(PartnershipQueries.Find(graph, PartnershipFilter.Any, Today)));
    }

    [Theory]
    [InlineData("cote d'ivoire")]
    [InlineData("CÔTE D’IVOIRE")]
    [InlineData("cote d ivoire")]
    [InlineData("rimpatri")]
    [InlineData("reintegration of returnees")]
    [InlineData("ci-compact")]
    public void Text_matches_titles_aliases_and_summary_ignoring_case_and_accents(string text)
    {
        var graph = new TestGraph()
            .Partnership("ci", "2023-01-01", title: "EU–Côte d’Ivoire dialogue", titleIt: "Dialogo sui rimpatri",
                summary: "Supports reintegration of returnees.", aliases: ["CI compact"])
            .Partnership("other", "2023-01-01", title: "EU–Senegal dialogue")
            .Build();

        Assert.Equal(["ci"], Ids(PartnershipQueries.Find(graph, new(Text: text), Today)));
    }

    [Fact]
    public void Blank_text_and_unknown_countries_do_not_fail()
    {
        var graph = Mediterranean().Partnership("tn", "2023-01-01", partners: ["TN"]).Build();

        Assert.Single(PartnershipQueries.Find(graph, new(Text: "   "), Today));
        Assert.Empty(PartnershipQueries.Find(graph, new(CountryIsos: ["XX"]), Today));
        Assert.Empty(PartnershipQueries.Find(graph, new(RouteIds: ["nowhere"]), Today));
    }

    [Fact]
    public void Country_and_route_criteria_must_both_hold()
    {
        var graph = Mediterranean()
            .Partnership("tn", "2023-01-01", partners: ["TN"])
            .Partnership("ma", "2022-07-08", partners: ["MA"])
            .Partnership("tn-ma", "2022-01-01", partners: ["TN", "MA"])
            .Build();

        Assert.Equal(["tn-ma", "ma"], Ids(PartnershipQueries.Find(graph, new(RouteIds: ["wm"], CountryIsos: ["MA"]), Today)));
        Assert.Equal(["tn-ma"], Ids(PartnershipQueries.Find(graph, new(RouteIds: ["wm"], CountryIsos: ["TN"]), Today)));
    }
}
