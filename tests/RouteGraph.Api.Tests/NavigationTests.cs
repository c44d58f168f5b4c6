using System.Text.Json.Nodes;
using RouteGraph.Api.Tests.Infrastructure;

namespace RouteGraph.Api.Tests;

/// <summary>Every relationship can be walked from both ends; sources carry their quotes.</summary>
public sealed class NavigationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    static List<string> Ids(JsonNode? list, string key = "id") => [.. list!.AsArray().Select(n => n![key]!.GetValue<string>())];

    [Fact]
    public async Task On_route_from_the_route_and_from_the_country()
    {
        var client = await factory.ReadyClientAsync();
        var data = await client.DataAsync("""
            { route(id: "central-mediterranean") {
                countries { country { id } roles sources { id } }
                transit: countries(role: TRANSIT) { country { id } }
                arrival: countries(role: ARRIVAL) { country { id } route { id } } }
              country(iso2: "TN") { routes { route { id } roles country { id } } } }
            """);
        var countries = data["route"]!["countries"]!.AsArray();
        Assert.Equal(["IT", "LY", "NE", "TN"], countries.Select(c => c!["country"]!["id"]!.GetValue<string>()));
        Assert.Equal(["TRANSIT", "DEPARTURE"], countries[3]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(["council-migration-partnerships"], Ids(countries[3]!["sources"]));
        Assert.Equal(["LY", "NE", "TN"], data["route"]!["transit"]!.AsArray().Select(c => c!["country"]!["id"]!.GetValue<string>()));
        Assert.Equal("IT", data["route"]!["arrival"]![0]!["country"]!["id"]!.GetValue<string>());
        var tunisiaRoute = Assert.Single(data["country"]!["routes"]!.AsArray())!;
        Assert.Equal("central-mediterranean", tunisiaRoute["route"]!["id"]!.GetValue<string>());
        Assert.Equal(["TRANSIT", "DEPARTURE"], tunisiaRoute["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task Legs_from_the_route_and_both_countries()
    {
        var client = await factory.ReadyClientAsync();
        var data = await client.DataAsync("""
            { route(id: "central-mediterranean") { legs { from { id } to { id } mode route { id } sources { id } } }
              ne: country(iso2: "NE") { legsFrom { to { id } } legsTo { from { id } } }
              it: country(iso2: "IT") { legsTo { from { id } } } }
            """);
        var legs = data["route"]!["legs"]!.AsArray();
        Assert.Equal(3, legs.Count);
        Assert.All(legs, l => Assert.Equal("central-mediterranean", l!["route"]!["id"]!.GetValue<string>()));
        Assert.Equal(["LY"], data["ne"]!["legsFrom"]!.AsArray().Select(l => l!["to"]!["id"]!.GetValue<string>()));
        Assert.Empty(data["ne"]!["legsTo"]!.AsArray());
        Assert.Equal(["LY", "TN"], data["it"]!["legsTo"]!.AsArray().Select(l => l!["from"]!["id"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task Region_partners_expand_into_their_countries()
    {
        var client = await factory.ReadyClientAsync();
        var data = await client.DataAsync("""
            { node(id: "eu-western-balkans-anti-smuggling") { ... on Partnership { partners { id } partnerRegions { id countries { id } } } }
              region: node(id: "western-balkans") { ... on Region { partnerships { id } countries { regions { id } } } }
              serbia: country(iso2: "RS") { regions { id } partnerships { id } } }
            """);
        Assert.Equal(["AL", "RS"], Ids(data["node"]!["partners"]));
        Assert.Equal("western-balkans", data["node"]!["partnerRegions"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(["eu-western-balkans-anti-smuggling"], Ids(data["region"]!["partnerships"]));
        Assert.Equal(["western-balkans"], Ids(data["serbia"]!["regions"]));
        Assert.Equal(["eu-western-balkans-anti-smuggling"], Ids(data["serbia"]!["partnerships"]));
    }

    [Fact]
    public async Task Signatories_commitments_programmes_and_their_way_back()
    {
        var client = await factory.ReadyClientAsync();
        var data = await client.DataAsync("""
            { declaration: node(id: "it-nl-declaration-of-intent") { ... on Partnership {
                legallyBinding signedOn sectors keySectors { id }
                signatories { __typename ... on Organisation { id } ... on Country { iso2 } }
                commitments { id recurrence partnerships { id } }
                programmes { id partnerships { id } } } }
              ministry: node(id: "it-ministry-of-interior") { ... on Organisation { signedPartnerships { id } } }
              avrr: node(id: "it-nl-avrr") { ... on Programme { sectors returnsFrom { id } returnsTo { id } implementers { id } } }
              libya: country(iso2: "LY") { programmesReturningFrom { id } programmesReturningTo { id } signedPartnerships { id } }
              sector: node(id: "return-and-readmission") { ... on KeySector { partnerships { id } programmes { id } commitments { id } } } }
            """);
        var declaration = data["declaration"]!;
        Assert.False(declaration["legallyBinding"]!.GetValue<bool>());
        Assert.Null(declaration["signedOn"]);
        Assert.Equal(["RETURN_AND_READMISSION"], declaration["sectors"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(["return-and-readmission"], Ids(declaration["keySectors"]));
        Assert.Equal(["it-ministry-of-interior", "nl-ministry-of-justice-and-security"], Ids(declaration["signatories"]));
        Assert.All(declaration["signatories"]!.AsArray(), s => Assert.Equal("Organisation", s!["__typename"]!.GetValue<string>()));
        Assert.Equal(["it-nl-declaration-of-intent"], Ids(declaration["commitments"]![0]!["partnerships"]));
        Assert.Equal(["it-nl-declaration-of-intent"], Ids(declaration["programmes"]![0]!["partnerships"]));
        Assert.Equal(["it-nl-declaration-of-intent"], Ids(data["ministry"]!["signedPartnerships"]));
        Assert.Equal(["DZ", "LY", "TN"], Ids(data["avrr"]!["returnsFrom"]).Order());
        Assert.Empty(data["avrr"]!["returnsTo"]!.AsArray());
        Assert.Empty(data["avrr"]!["implementers"]!.AsArray());
        Assert.Equal(["it-nl-avrr"], Ids(data["libya"]!["programmesReturningFrom"]));
        Assert.Empty(data["libya"]!["signedPartnerships"]!.AsArray());
        Assert.Equal(["it-nl-declaration-of-intent"], Ids(data["sector"]!["partnerships"]));
        Assert.Equal(["it-nl-avrr"], Ids(data["sector"]!["programmes"]));
    }

    [Fact]
    public async Task Targets_measures_and_covers_both_ways()
    {
        var client = await factory.ReadyClientAsync();
        var data = await client.DataAsync("""
            { route(id: "western-mediterranean") { targetedBy { id routes { id } } indicators { id routes { id } } }
              sector: node(id: "anti-smuggling") { ... on KeySector { partnerships { id } } } }
            """);
        Assert.Equal(["eu-morocco-anti-smuggling"], Ids(data["route"]!["targetedBy"]));
        Assert.Equal(["western-mediterranean"], Ids(data["route"]!["targetedBy"]![0]!["routes"]));
        Assert.Equal(["central-mediterranean", "western-mediterranean"], Ids(data["route"]!["indicators"]![0]!["routes"]).Order());
        Assert.Equal(4, data["sector"]!["partnerships"]!.AsArray().Count);
    }

    [Fact]
    public async Task Sources_give_the_document_and_the_exact_quote_and_documents_lead_back()
    {
        var client = await factory.ReadyClientAsync();
        var data = await client.DataAsync("""
            { avrr: node(id: "it-nl-avrr") { ... on Programme { sources { quote document { id title publisher language } } } }
              document: node(id: "it-nl-declaration-of-intent-text") { ... on Document { citedBy { quote node { id __typename } } } } }
            """);
        var source = Assert.Single(data["avrr"]!["sources"]!.AsArray())!;
        Assert.Equal(TestGraph.DeclarationQuote, source["quote"]!.GetValue<string>());
        Assert.Equal("en", source["document"]!["language"]!.GetValue<string>());
        var cited = Assert.Single(data["document"]!["citedBy"]!.AsArray())!;
        Assert.Equal("it-nl-avrr", cited["node"]!["id"]!.GetValue<string>());
        Assert.Equal("Programme", cited["node"]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Country_partnerships_without_filter_need_no_analytics_and_come_by_date()
    {
        var client = await factory.ReadyClientAsync();
        var data = await client.DataAsync("{ country(iso2: \"TN\") { partnerships { id signedOn } } }");
        Assert.Equal(["eu-tunisia-anti-smuggling"], Ids(data["country"]!["partnerships"]));
    }

    [Fact]
    public async Task Filtered_navigations_use_the_partnership_filter()
    {
        var client = await factory.ReadyClientAsync();
        var data = await client.DataAsync("""
            { country(iso2: "TN") { none: partnerships(filter: { activeOn: "2023-01-01" }) { id } some: partnerships(filter: { activeOn: "2023-05-01" }) { id } }
              route(id: "central-mediterranean") { partnerships { id } smuggling: partnerships(filter: { sectors: [ANTI_SMUGGLING] }) { id }
                elsewhere: partnerships(filter: { routeIds: ["western-mediterranean"] }) { id } } }
            """);
        Assert.Empty(data["country"]!["none"]!.AsArray());
        Assert.Equal(["eu-tunisia-anti-smuggling"], Ids(data["country"]!["some"]));
        Assert.Equal(["eu-niger-anti-smuggling", "eu-tunisia-anti-smuggling"], Ids(data["route"]!["smuggling"]));
        Assert.Contains("eu-tunisia-anti-smuggling", Ids(data["route"]!["partnerships"]));
        Assert.Empty(data["route"]!["elsewhere"]!.AsArray());
    }
}
