using System.Text.Json.Nodes;
using RouteGraph.Api.Tests.Infrastructure;
using RouteGraph.Core.Model;

namespace RouteGraph.Api.Tests;

/// <summary>
/// The public-record facts and corrections of the data brief, as graph-seed/README.md's facts tables state them,
/// checked one by one through GraphQL on the bundled graph-seed; with the documents' publishers, dates and
/// urls, the names of every place, sector and policy area in English, Italian and French, and the counts the
/// README gives. The README is the project's copy of those facts: the project never reads the brief itself.
/// </summary>
public sealed class PublicRecordFactsTests(DataQuestionsTests.SeedApi api) : IClassFixture<DataQuestionsTests.SeedApi>
{
    static readonly string Readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "graph-seed", "README.md"));

    static IReadOnlyList<IReadOnlyDictionary<string, string>> Table(string heading) => MarkdownTable.After(Readme, heading);

    static string? OrNull(string cell) => cell == MarkdownTable.Empty ? null : cell;

    static string[] Set(IEnumerable<string> items) => [.. items.Order(StringComparer.Ordinal)];

    static string[] Strings(JsonNode? list, string key) => [.. list!.AsArray().Select(n => n![key]!.GetValue<string>())];

    static string? Text(JsonNode? value) => value?.GetValue<string>();

    public static TheoryData<string> Facts => [.. Table("## Facts table").Select(r => r["fact"])];

    public static TheoryData<string> RouteFacts => [.. Table("### Route facts").Select(r => r["fact"])];

    [Fact]
    public void The_facts_table_has_a_row_for_each_fact_and_names_each_fact_once()
    {
        var facts = Table("## Facts table").Select(r => r["fact"]).ToList();
        Assert.Equal(facts.Count, facts.Distinct().Count());
        // 30 public-record facts (10 readmission agreements, 3 mobility partnerships, 9 other EU instruments of which the
        // talent partnerships are 5 rows with the framework's launch, 4 bilateral agreements) and 10 corrections or notes.
        Assert.True(facts.Count >= 40, $"the facts table has {facts.Count} rows");
    }

    [Theory]
    [MemberData(nameof(Facts))]
    public async Task A_fact_of_the_data_brief_reads_through_graphql_as_the_facts_table_states_it(string fact)
    {
        var row = Table("## Facts table").Single(r => r["fact"] == fact);
        var days = MarkdownTable.Items(row["status on"], ';').Select(p => p.Split('=')).Select(p => (Day: p[0], Status: p[1])).ToList();
        var statusFields = string.Join(" ", days.Select((d, i) => $"s{i}: statusOn(day: \"{d.Day}\")"));
        const string Sources = "sources { document { id publisher date url } }";
        var query = $$"""
            query Fact($id: ID!) {
              node(id: $id) {
                __typename
                ... on Partnership {
                  kind level statusNote sectors {{statusFields}}
                  partners { iso2 } partnerRegions { id countries { iso2 } }
                  signatories { __typename ... on Country { iso2 } ... on Organisation { id } }
                  routes { id } lifecycle { kind date } {{Sources}}
                }
                ... on Programme { programmeKind: kind summary sectors {{statusFields}} lifecycle { kind date } {{Sources}} }
                ... on Document { id publisher date url }
              }
            }
            """;
        var client = await api.ReadyClientAsync();
        var node = (await client.DataAsync(query, new { id = row["node"] }))["node"];

        Assert.True(node is not null, $"{row["node"]}: no such node");
        Assert.Equal(row["label"], node["__typename"]!.GetValue<string>());
        JsonNode document;
        if (row["label"] == "Document")
            document = node;
        else
        {
            Assert.Equal(row["kind"], (node["kind"] ?? node["programmeKind"])!.GetValue<string>()); // the two kind enums need two names
            Assert.Equal(Set(MarkdownTable.Items(row["sectors"])), Set(node["sectors"]!.AsArray().Select(s => s!.GetValue<string>())));
            Assert.Equal(Set(MarkdownTable.Items(row["events"], ';')),
                Set(node["lifecycle"]!.AsArray().Select(e => $"{e!["kind"]!.GetValue<string>()} {Text(e["date"]) ?? MarkdownTable.Empty}")));
            for (var i = 0; i < days.Count; i++)
                Assert.True(days[i].Status == node[$"s{i}"]!.GetValue<string>(), $"{row["node"]} on {days[i].Day}: {node[$"s{i}"]}, not {days[i].Status}");

            var sources = node["sources"]!.AsArray().Select(s => s!["document"]!).ToList();
            Assert.Contains(sources, d => d["id"]!.GetValue<string>() == row["document"]);
            document = sources.First(d => d["id"]!.GetValue<string>() == row["document"]);
            Assert.All(sources, d => Assert.Null(d["url"]));
            if (row["label"] == "Partnership")
                AssertPartnership(row, node);
            else if (OrNull(row["note mentions"]) is { } mention)
                Assert.Contains(mention, node["summary"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        Assert.Equal(row["publisher"], document["publisher"]!.GetValue<string>());
        Assert.Equal(OrNull(row["date"]), Text(document["date"]));
        Assert.Null(document["url"]);
    }

    static void AssertPartnership(IReadOnlyDictionary<string, string> row, JsonNode partnership)
    {
        Assert.Equal(row["level"], partnership["level"]!.GetValue<string>());
        // Countries reached through a partner region are not listed in the table; the region's id is.
        var regions = partnership["partnerRegions"]!.AsArray();
        var throughRegions = regions.SelectMany(r => Strings(r!["countries"], "iso2")).ToHashSet();
        var direct = Strings(partnership["partners"], "iso2").Where(iso => !throughRegions.Contains(iso));
        Assert.Equal(Set(MarkdownTable.Items(row["partners"])), Set(direct.Concat(Strings(regions, "id"))));
        Assert.Equal(Set(MarkdownTable.Items(row["signatories"])), Set(partnership["signatories"]!.AsArray()
            .Select(s => s!["__typename"]!.GetValue<string>() == "Country" ? s["iso2"]!.GetValue<string>() : s["id"]!.GetValue<string>())));
        Assert.Equal(Set(MarkdownTable.Items(row["routes"])), Set(Strings(partnership["routes"], "id")));
        var note = Text(partnership["statusNote"]);
        if (OrNull(row["note mentions"]) is { } mention)
            Assert.True(note?.Contains(mention, StringComparison.Ordinal) == true, $"{row["node"]}: statusNote '{note}' does not mention '{mention}'");
        else
            Assert.True(note is null, $"{row["node"]}: the facts table gives no statusNote, the graph has '{note}'");
    }

    [Theory]
    [MemberData(nameof(RouteFacts))]
    public async Task A_route_correction_reads_through_graphql_as_the_table_states_it(string fact)
    {
        var row = Table("### Route facts").Single(r => r["fact"] == fact);
        var client = await api.ReadyClientAsync();
        var routes = (await client.DataAsync("query($iso: String!) { country(iso2: $iso) { routes { route { id } roles notes } } }", new { iso = row["country"] }))
            ["country"]!["routes"]!.AsArray();

        var onRoute = Assert.Single(routes, r => r!["route"]!["id"]!.GetValue<string>() == row["route"])!;
        Assert.Equal(Set(MarkdownTable.Items(row["roles"])), Set(onRoute["roles"]!.AsArray().Select(r => r!.GetValue<string>())));
        var notes = onRoute["notes"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        if (OrNull(row["note mentions"]) is { } mention)
            Assert.Contains(notes, n => n.Contains(mention, StringComparison.Ordinal));
        else
            Assert.Empty(notes);
    }

    [Fact]
    public async Task Every_route_has_exactly_the_arrival_countries_the_table_lists()
    {
        var client = await api.ReadyClientAsync();
        foreach (var row in Table("### Arrival countries"))
        {
            var arrivals = (await client.DataAsync("query($id: ID!) { route(id: $id) { countries(role: ARRIVAL) { country { iso2 euMember } } } }", new { id = row["route"] }))
                ["route"]!["countries"]!.AsArray().Select(c => c!["country"]!).ToList();
            Assert.Equal(Set(MarkdownTable.Items(row["arrival countries (exactly)"])), Set(arrivals.Select(c => c["iso2"]!.GetValue<string>())));
            Assert.All(arrivals, c => Assert.True(c["euMember"]!.GetValue<bool>()));
        }
    }

    [Fact]
    public async Task Every_document_has_a_publisher_no_url_and_a_date_unless_the_readme_says_why_not()
    {
        var undated = Table("### Undated documents").Select(r => r["document"]).ToHashSet();
        var client = await api.ReadyClientAsync();
        var seedDocuments = new[] { "it-nl-declaration-of-intent", "council-eu-migration-partnerships" };
        var citedBeyondTheSeeds = 0;
        foreach (var id in BundledSeed.Graph.Documents.Select(d => d.Id))
        {
            var document = (await client.DataAsync("query($id: ID!) { node(id: $id) { ... on Document { publisher date url citedBy { quote } } } }", new { id }))["node"]!;

            Assert.False(string.IsNullOrWhiteSpace(document["publisher"]!.GetValue<string>()), $"{id} has no publisher");
            Assert.True(document["url"] is null, $"{id} has a url: none is known exactly");
            Assert.True(undated.Contains(id) == (document["date"] is null),
                undated.Contains(id) ? $"{id} is listed as undated but has a date" : $"{id} has no date and the README does not say why");
            if (!seedDocuments.Contains(id))
            {
                // A document beyond the two seeds: its text is not held, so nothing is quoted from it.
                Assert.All(document["citedBy"]!.AsArray(), c => Assert.Null(c!["quote"]));
                citedBeyondTheSeeds += document["citedBy"]!.AsArray().Count;
            }
        }

        Assert.All(undated, id => Assert.NotNull(BundledSeed.Graph.Node<Document>(id)));
        Assert.True(citedBeyondTheSeeds > 100, $"only {citedBeyondTheSeeds} facts cite a document beyond the seeds");
    }

    [Fact]
    public async Task Every_country_region_route_sector_and_policy_area_has_an_english_an_italian_and_a_french_name()
    {
        var graph = BundledSeed.Graph;
        var ids = graph.Countries.Select(c => c.Id).Concat(graph.Regions.Select(r => r.Id)).Concat(graph.Routes.Select(r => r.Id))
            .Concat(graph.Sectors.Select(s => s.Id)).Concat(graph.PolicyAreas.Select(p => p.Id)).ToList();
        const string Names = """en: nameIn(lang: "en") { text fallback } it: nameIn(lang: "it") { text language fallback } fr: nameIn(lang: "fr-FR") { text language fallback }""";
        var client = await api.ReadyClientAsync();
        var missing = new List<string>();
        foreach (var id in ids)
        {
            var node = (await client.DataAsync($$"""
                query($id: ID!) { node(id: $id) { __typename
                  ... on Country { {{Names}} } ... on Region { {{Names}} } ... on Route { {{Names}} }
                  ... on KeySector { {{Names}} } ... on PolicyArea { {{Names}} } } }
                """, new { id }))["node"]!;
            foreach (var lang in new[] { "en", "it", "fr" })
            {
                var name = node[lang]!;
                if (name["fallback"]!.GetValue<bool>() || string.IsNullOrWhiteSpace(name["text"]!.GetValue<string>())
                    || (lang != "en" && name["language"]!.GetValue<string>() != lang))
                    missing.Add($"{node["__typename"]} {id}: {lang}");
            }
        }

        Assert.True(missing.Count == 0, "no name in: " + string.Join(", ", missing));
        Assert.True(ids.Count >= 54 + 1 + 6 + 5 + 10, $"only {ids.Count} nodes checked");
    }

    [Fact]
    public async Task The_partnership_counts_by_kind_and_level_are_the_readmes()
    {
        var client = await api.ReadyClientAsync();
        var all = (await client.DataAsync("{ partnerships(first: 200) { totalCount nodes { kind level } } }"))["partnerships"]!;
        var counted = all["nodes"]!.AsArray().GroupBy(p => $"{p!["kind"]!.GetValue<string>()} {p["level"]!.GetValue<string>()}")
            .ToDictionary(g => g.Key, g => g.Count());
        var stated = Table("### Partnerships by kind and level").ToDictionary(r => $"{r["kind"]} {r["level"]}", r => int.Parse(r["partnerships"]));

        Assert.Equal(stated.OrderBy(p => p.Key, StringComparer.Ordinal), counted.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(all["totalCount"]!.GetValue<int>(), stated.Values.Sum());
        Assert.Contains($"The graph holds {stated.Values.Sum()} partnerships", Readme.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_partnership_counts_per_route_are_the_readmes()
    {
        var client = await api.ReadyClientAsync();
        var rows = Table("### Partnerships per route");
        Assert.Equal(Set(BundledSeed.Graph.Routes.Select(r => r.Id)), Set(rows.Select(r => r["route"])));
        foreach (var row in rows)
        {
            var data = await client.DataAsync("""
                query($id: ID!) { route(id: $id) { partnerships { id } } partnerships(first: 200, filter: { routeIds: [$id] }) { totalCount } }
                """, new { id = row["route"] });
            Assert.Equal(int.Parse(row["partnerships"]), data["route"]!["partnerships"]!.AsArray().Count);
            Assert.Equal(int.Parse(row["partnerships"]), data["partnerships"]!["totalCount"]!.GetValue<int>());
        }
    }
}
