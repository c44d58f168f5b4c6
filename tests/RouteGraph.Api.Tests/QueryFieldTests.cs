using System.Text.Json.Nodes;
using RouteGraph.Api.Tests.Infrastructure;

namespace RouteGraph.Api.Tests;

/// <summary>Every Query field over the test graph. Fields backed by Core analytics skip until those are implemented.</summary>
public sealed class QueryFieldTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    static IEnumerable<string> Ids(JsonNode? list, string key = "id") => list!.AsArray().Select(n => n![key]!.GetValue<string>());

    [Fact]
    public async Task Routes_lists_every_route_by_name()
    {
        var client = await factory.ReadyClientAsync();
        var data = await client.DataAsync("{ routes { id name mode } }");
        Assert.Equal(["central-mediterranean", "western-mediterranean"], Ids(data["routes"]));
        Assert.Equal("SEA", data["routes"]![0]!["mode"]!.GetValue<string>());
    }

    [Fact]
    public async Task Route_by_id_in_english_italian_and_french_with_bcp47_tags_and_fallback()
    {
        var client = await factory.ReadyClientAsync();
        var data = await client.DataAsync("""
            { route(id: "western-mediterranean") { id name it: name(lang: "it-IT") fr: name(lang: "fr") frIn: nameIn(lang: "fr-BE") { text language requested fallback } }
              central: route(id: "central-mediterranean") { fr: name(lang: "fr-FR") frIn: nameIn(lang: "fr") { text language fallback } } }
            """);
        Assert.Equal("Western Mediterranean", data["route"]!["name"]!.GetValue<string>());
        Assert.Equal("Mediterraneo occidentale", data["route"]!["it"]!.GetValue<string>());
        // No French name held for this route: English, and nameIn says so.
        Assert.Equal("Western Mediterranean", data["route"]!["fr"]!.GetValue<string>());
        Assert.Equal(("Western Mediterranean", "en", "fr", true), (data["route"]!["frIn"]!["text"]!.GetValue<string>(),
            data["route"]!["frIn"]!["language"]!.GetValue<string>(), data["route"]!["frIn"]!["requested"]!.GetValue<string>(),
            data["route"]!["frIn"]!["fallback"]!.GetValue<bool>()));
        Assert.Equal("Méditerranée centrale", data["central"]!["fr"]!.GetValue<string>());
        Assert.False(data["central"]!["frIn"]!["fallback"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Country_by_iso2_in_any_letter_case()
    {
        var client = await factory.ReadyClientAsync();
        var data = await client.DataAsync("{ a: country(iso2: \"tn\") { id iso2 iso3 name euMember centroid { lat } } b: country(iso2: \"IT\") { euMember } }");
        Assert.Equal("TN", data["a"]!["iso2"]!.GetValue<string>());
        Assert.Equal("TUN", data["a"]!["iso3"]!.GetValue<string>());
        Assert.False(data["a"]!["euMember"]!.GetValue<bool>());
        Assert.Null(data["a"]!["centroid"]);
        Assert.True(data["b"]!["euMember"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Countries_is_a_connection_by_name()
    {
        var client = await factory.ReadyClientAsync();
        var data = await client.DataAsync("{ countries { totalCount nodes { id } edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage } } }");
        var countries = data["countries"]!;
        Assert.Equal(10, countries["totalCount"]!.GetValue<int>());
        Assert.Equal(["AL", "DZ", "IT", "LY", "MA", "NL", "NE", "RS", "ES", "TN"], Ids(countries["nodes"]));
        Assert.Equal(Ids(countries["nodes"]), countries["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()));
        Assert.False(countries["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Sectors_are_the_five_in_the_councils_order_in_both_languages()
    {
        var client = await factory.ReadyClientAsync();
        var data = await client.DataAsync("{ sectors { rank code name it: name(lang: \"it\") } }");
        Assert.Equal(["HOST_COUNTRY_SUPPORT", "ECONOMIC_OPPORTUNITIES", "ANTI_SMUGGLING", "RETURN_AND_READMISSION", "LEGAL_PATHWAYS"],
            data["sectors"]!.AsArray().Select(s => s!["code"]!.GetValue<string>()));
        Assert.Equal("Lottare contro il traffico di migranti", data["sectors"]![2]!["it"]!.GetValue<string>());
    }

    [Fact]
    public async Task Node_finds_any_label_by_id()
    {
        var client = await factory.ReadyClientAsync();
        var data = await client.DataAsync("""
            {
              country: node(id: "LY") { __typename id ... on Country { name } }
              region: node(id: "western-balkans") { __typename ... on Region { name } }
              route: node(id: "western-mediterranean") { __typename ... on Route { mode } }
              partnership: node(id: "eu-niger-anti-smuggling") { __typename ... on Partnership { signedOn kind level status } }
              sector: node(id: "anti-smuggling") { __typename ... on KeySector { code rank } }
              area: node(id: "visas") { __typename ... on PolicyArea { name(lang: "it") } }
              programme: node(id: "it-nl-avrr") { __typename ... on Programme { kind } }
              organisation: node(id: "it-ministry-of-interior") { __typename ... on Organisation { kind } }
              commitment: node(id: "it-nl-yearly-consultations") { __typename ... on Commitment { recurrence sector } }
              indicator: node(id: "smugglers-profits-central-western-mediterranean-2017-2019") { __typename ... on Indicator { value unit approximate periodStart periodEnd } }
              document: node(id: "council-migration-partnerships") { __typename ... on Document { language date url } }
            }
            """);
        Assert.Equal("Country", data["country"]!["__typename"]!.GetValue<string>());
        Assert.Equal("Libya", data["country"]!["name"]!.GetValue<string>());
        Assert.Equal("Region", data["region"]!["__typename"]!.GetValue<string>());
        Assert.Equal("Route", data["route"]!["__typename"]!.GetValue<string>());
        Assert.Equal("2022-07-15", data["partnership"]!["signedOn"]!.GetValue<string>());
        Assert.Equal("OPERATIONAL_PARTNERSHIP", data["partnership"]!["kind"]!.GetValue<string>());
        Assert.Equal("KeySector", data["sector"]!["__typename"]!.GetValue<string>());
        Assert.Equal(3, data["sector"]!["rank"]!.GetValue<int>());
        Assert.Equal("Visti", data["area"]!["name"]!.GetValue<string>());
        Assert.Equal("AVRR", data["programme"]!["kind"]!.GetValue<string>());
        Assert.Equal("NATIONAL_MINISTRY", data["organisation"]!["kind"]!.GetValue<string>());
        Assert.Equal("YEARLY", data["commitment"]!["recurrence"]!.GetValue<string>());
        Assert.Null(data["commitment"]!["sector"]);
        Assert.Equal(330_000_000, data["indicator"]!["value"]!.GetValue<double>());
        Assert.Equal("2017-01-01", data["indicator"]!["periodStart"]!.GetValue<string>());
        Assert.Equal("it", data["document"]!["language"]!.GetValue<string>());
        Assert.Null(data["document"]!["url"]);
    }

    [Fact]
    public async Task Partnerships_filters_and_orders_by_signing_date()
    {
        var client = await factory.ReadyClientAsync();
        var data = await client.DataAsync("""
            {
              all: partnerships { totalCount nodes { id } }
              smuggling: partnerships(filter: { sectors: [ANTI_SMUGGLING], kinds: [OPERATIONAL_PARTNERSHIP] }) { nodes { id signedOn } }
              tunisia: partnerships(filter: { countryIsos: ["tn"] }) { nodes { id } }
              route: partnerships(filter: { routeIds: ["central-mediterranean"] }) { nodes { id } }
              window: partnerships(filter: { signedFrom: "2022-07-10", signedTo: "2022-12-31" }) { nodes { id } }
              active: partnerships(filter: { activeOn: "2022-07-10" }) { nodes { id } }
              text: partnerships(filter: { text: "niger" }) { nodes { id } }
              none: partnerships(filter: { statuses: [ENDED] }) { totalCount nodes { id } }
            }
            """);
        Assert.Equal(5, data["all"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("it-nl-declaration-of-intent", Ids(data["all"]!["nodes"]).Last()); // unknown date last
        Assert.Equal(["eu-morocco-anti-smuggling", "eu-niger-anti-smuggling", "eu-western-balkans-anti-smuggling", "eu-tunisia-anti-smuggling"],
            Ids(data["smuggling"]!["nodes"]));
        Assert.Equal(["eu-tunisia-anti-smuggling"], Ids(data["tunisia"]!["nodes"]));
        Assert.Equal(["eu-niger-anti-smuggling", "eu-tunisia-anti-smuggling"], Ids(data["route"]!["nodes"]));
        Assert.Equal(["eu-niger-anti-smuggling", "eu-western-balkans-anti-smuggling"], Ids(data["window"]!["nodes"]));
        Assert.Equal(["eu-morocco-anti-smuggling"], Ids(data["active"]!["nodes"]));
        Assert.Equal(["eu-niger-anti-smuggling"], Ids(data["text"]!["nodes"]));
        Assert.Equal(0, data["none"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task PartnershipsByRoute_gives_each_country_its_roles_and_partnerships()
    {
        var client = await factory.ReadyClientAsync();
        var data = await client.DataAsync("""
            { partnershipsByRoute(routeId: "central-mediterranean", sectors: [ANTI_SMUGGLING], activeOn: "2023-05-01") {
                country { id } roles partnerships { id } } }
            """);
        var rows = data["partnershipsByRoute"]!.AsArray();
        var tunisia = rows.Single(r => r!["country"]!["id"]!.GetValue<string>() == "TN")!;
        Assert.Equal(["TRANSIT", "DEPARTURE"], tunisia["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Contains("eu-tunisia-anti-smuggling", Ids(tunisia["partnerships"]));
        Assert.Equal(["IT", "LY", "NE", "TN"], rows.Select(r => r!["country"]!["id"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task RouteCoverage_gives_cells_ratio_and_gaps()
    {
        var client = await factory.ReadyClientAsync();
        var data = await client.DataAsync("""
            { routeCoverage(routeId: "central-mediterranean", activeOn: "2023-05-01") {
                route { id } activeOn ratio
                coveredCount gapCount unknownCount
                rows { country { id } roles }
                cells { country { id } roles sector state reason partnerships { id } }
                gaps { country { id } sector }
                smugglingGaps: gaps(sector: ANTI_SMUGGLING) { country { id } roles reason }
              } }
            """);
        var coverage = data["routeCoverage"]!;
        Assert.Equal("central-mediterranean", coverage["route"]!["id"]!.GetValue<string>());
        Assert.Equal("2023-05-01", coverage["activeOn"]!.GetValue<string>());
        var cells = coverage["cells"]!.AsArray();
        Assert.DoesNotContain(cells, c => c!["country"]!["id"]!.GetValue<string>() == "IT"); // arrival only: not in the matrix
        Assert.Equal(["LY", "NE", "TN"], coverage["rows"]!.AsArray().Select(r => r!["country"]!["id"]!.GetValue<string>()));
        Assert.Equal(3 * 5, cells.Count); // one cell per country and sector, whatever its number of roles
        var covered = cells.Count(c => c!["state"]!.GetValue<string>() == "COVERED");
        var gaps = cells.Count(c => c!["state"]!.GetValue<string>() == "GAP");
        Assert.Equal((covered, gaps), (coverage["coveredCount"]!.GetValue<int>(), coverage["gapCount"]!.GetValue<int>()));
        Assert.Equal((double)covered / (covered + gaps), coverage["ratio"]!.GetValue<double>(), 6);
        Assert.Equal(gaps, coverage["gaps"]!.AsArray().Count);
        var tunisia = cells.Single(c => c!["country"]!["id"]!.GetValue<string>() == "TN" && c["sector"]!.GetValue<string>() == "ANTI_SMUGGLING")!;
        Assert.Equal("COVERED", tunisia["state"]!.GetValue<string>());
        Assert.Null(tunisia["reason"]);
        Assert.Equal("LY", Assert.Single(coverage["smugglingGaps"]!.AsArray())!["country"]!["id"]!.GetValue<string>());
        Assert.Equal("NO_PARTNERSHIP", coverage["smugglingGaps"]![0]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task RouteCoverage_without_a_day_answers_for_today_by_the_injected_clock()
    {
        var client = await factory.ReadyClientAsync();
        var data = await client.DataAsync("{ routeCoverage(routeId: \"central-mediterranean\") { activeOn } }");
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"), data["routeCoverage"]!["activeOn"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_scenario_says_which_cells_it_changed_and_is_never_cached()
    {
        var client = await factory.ReadyClientAsync();
        const string Query = """
            { routeCoverage(routeId: "central-mediterranean", activeOn: "2023-05-01",
                scenario: { without: ["eu-tunisia-anti-smuggling"], add: [{ title: "Libya compact", partners: ["LY"], sectors: [LEGAL_PATHWAYS], startsOn: "2023" }] }) {
                coveredCount changes { country { id } sector state reason changed hypothetical { title status } } } }
            """;
        var data = await client.DataAsync(Query);
        var changes = data["routeCoverage"]!["changes"]!.AsArray();
        Assert.Equal(["LY LEGAL_PATHWAYS UNKNOWN", "TN ANTI_SMUGGLING GAP"],
            changes.Select(c => $"{c!["country"]!["id"]} {c["sector"]} {c["state"]}"));
        Assert.All(changes, c => Assert.True(c!["changed"]!.GetValue<bool>()));
        Assert.Equal("Libya compact", changes[0]!["hypothetical"]![0]!["title"]!.GetValue<string>());

        var again = await client.PostAsync(Query);
        Assert.Equal("MISS", again.Response.Headers.GetValues("X-Cache").Single());
        var plain = await client.DataAsync("{ routeCoverage(routeId: \"central-mediterranean\", activeOn: \"2023-05-01\") { coveredCount changes { sector } } }");
        Assert.Empty(plain["routeCoverage"]!["changes"]!.AsArray());
    }

    [Fact]
    public async Task A_scenario_naming_an_unknown_partnership_is_a_bad_argument()
    {
        var client = await factory.ReadyClientAsync();
        var errors = (await client.PostAsync("{ routeCoverage(routeId: \"central-mediterranean\", scenario: { without: [\"nope\"] }) { ratio } }")).Errors!;
        Assert.Equal("BAD_ARGUMENT", errors[0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("'nope'", errors[0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task CoverageTrend_gives_a_point_at_each_change_date()
    {
        var client = await factory.ReadyClientAsync();
        var data = await client.DataAsync("""
            { coverageTrend(routeId: "central-mediterranean", from: "2022-01-01", to: "2024-01-01", sector: ANTI_SMUGGLING) {
                points { day ratio coveredCount gapCount unknownCount } } }
            """);
        Assert.Equal(["2022-01-01", "2022-07-15", "2023-04-27"],
            data["coverageTrend"]!["points"]!.AsArray().Select(p => p!["day"]!.GetValue<string>()));
        Assert.Equal([0, 1, 2], data["coverageTrend"]!["points"]!.AsArray().Select(p => p!["coveredCount"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Paths_follow_the_legs_shortest_first()
    {
        var client = await factory.ReadyClientAsync();
        var data = await client.DataAsync("""
            { paths(from: "ne", to: "IT") { hopCount countries { id } routes { id } hops { legs { mode } } }
              none: paths(from: "IT", to: "NE") { hopCount }
              short: paths(from: "NE", to: "IT", maxHops: 1) { hopCount } }
            """);
        var path = data["paths"]![0]!;
        Assert.Equal(2, path["hopCount"]!.GetValue<int>());
        Assert.Equal(["NE", "LY", "IT"], Ids(path["countries"]));
        Assert.Equal("LAND", path["hops"]![0]!["legs"]![0]!["mode"]!.GetValue<string>());
        Assert.Equal(["central-mediterranean"], Ids(path["routes"]));
        Assert.Empty(data["none"]!.AsArray());
        Assert.Empty(data["short"]!.AsArray());
    }

    [Fact]
    public async Task KeyCountries_rank_by_betweenness()
    {
        var client = await factory.ReadyClientAsync();
        var data = await client.DataAsync("""
            { keyCountries(routeIds: ["central-mediterranean"], limit: 2) { rank country { id } betweenness routes { id } partnershipsBySector { sector count } } }
            """);
        var first = data["keyCountries"]![0]!;
        Assert.Equal(1, first["rank"]!.GetValue<int>());
        Assert.Equal("LY", first["country"]!["id"]!.GetValue<string>()); // the only country between two others (NE -> LY -> IT)
        Assert.True(first["betweenness"]!.GetValue<double>() > 0);
        Assert.Equal(5, first["partnershipsBySector"]!.AsArray().Count);
        Assert.True(data["keyCountries"]!.AsArray().Count <= 2);
    }

    [Fact]
    public async Task Timeline_lists_events_by_date_within_the_window()
    {
        var client = await factory.ReadyClientAsync();
        var data = await client.DataAsync("""
            { all: timeline { events { date precision kind partnership { id } } undatedPartnerships { id } }
              window: timeline(from: "2022-07-10", to: "2022-12-31") { events { date partnership { id } } }
              route: timeline(routeId: "western-mediterranean") { events { partnership { id } } } }
            """);
        var events = data["all"]!["events"]!.AsArray();
        var dates = events.Select(e => e!["date"]!.GetValue<string>()).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Equal("2022-07-08", dates[0]);
        Assert.All(events, e => Assert.Equal("DAY", e!["precision"]!.GetValue<string>()));
        // Undated partnerships are listed apart, never dropped.
        Assert.Equal(["it-nl-declaration-of-intent"], Ids(data["all"]!["undatedPartnerships"]));
        Assert.Equal(["eu-niger-anti-smuggling", "eu-western-balkans-anti-smuggling"],
            data["window"]!["events"]!.AsArray().Select(e => e!["partnership"]!["id"]!.GetValue<string>()));
        Assert.Contains("eu-morocco-anti-smuggling", data["route"]!["events"]!.AsArray().Select(e => e!["partnership"]!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Graph_draws_the_chosen_routes()
    {
        var client = await factory.ReadyClientAsync();
        var data = await client.DataAsync("""
            { graph(routeIds: ["western-mediterranean"]) { nodes { id label name lat lon } edges { source target type routeId role } } }
            """);
        var nodes = data["graph"]!["nodes"]!.AsArray();
        Assert.Contains(nodes, n => n!["id"]!.GetValue<string>() == "MA" && n["label"]!.GetValue<string>() == "COUNTRY");
        Assert.DoesNotContain(nodes, n => n!["id"]!.GetValue<string>() == "LY");
        var ids = nodes.Select(n => n!["id"]!.GetValue<string>()).ToHashSet();
        Assert.All(data["graph"]!["edges"]!.AsArray(), e =>
        {
            Assert.Contains(e!["source"]!.GetValue<string>(), ids);
            Assert.Contains(e["target"]!.GetValue<string>(), ids);
        });
    }

    [Fact]
    public async Task Search_finds_nodes_by_name_in_any_language()
    {
        var client = await factory.ReadyClientAsync();
        var data = await client.DataAsync("""
            { en: search(text: "Libya") { label name matchedText score node { id } }
              it: search(text: "Libia", limit: 1) { node { id ... on Country { iso3 } } } }
            """);
        var hit = data["en"]![0]!;
        Assert.Equal("LY", hit["node"]!["id"]!.GetValue<string>());
        Assert.Equal("COUNTRY", hit["label"]!.GetValue<string>());
        Assert.True(hit["score"]!.GetValue<double>() > 0);
        Assert.Equal("LBY", Assert.Single(data["it"]!.AsArray())!["node"]!["iso3"]!.GetValue<string>());
    }
}
