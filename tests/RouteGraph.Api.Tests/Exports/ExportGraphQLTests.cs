using System.Text.Json.Nodes;
using RouteGraph.Api.Tests.Infrastructure;

namespace RouteGraph.Api.Tests.Exports;

/// <summary>The exports as GraphQL fields give the same data as the endpoints.</summary>
public sealed class ExportGraphQLTests(SeedApiFactory api) : IClassFixture<SeedApiFactory>
{
    [Fact]
    public async Task RoutesGeoJson_is_the_text_the_endpoint_serves()
    {
        var client = await api.ReadyClientAsync();
        var data = (await client.PostAsync("""{ routesGeoJson(routeIds: ["central-mediterranean"], day: "2023-04-27", sector: ANTI_SMUGGLING) }""")).OkData();
        var endpoint = await client.Http.GetStringAsync("/exports/routes.geojson?routes=central-mediterranean&day=2023-04-27&sector=ANTI_SMUGGLING");

        Assert.Equal(endpoint, data["routesGeoJson"]!.GetValue<string>());
        Assert.Empty(Rfc7946.Violations(JsonNode.Parse(endpoint)));
    }

    [Fact]
    public async Task CoverageTable_has_the_rows_of_the_csv()
    {
        var client = await api.ReadyClientAsync();
        var data = (await client.PostAsync("""
            { coverageTable(routeId: "central-mediterranean", day: "2023-04-27") {
                iso2 country { name } roles sector state reason partnerships { id } sources { title } } }
            """)).OkData();
        var rows = data["coverageTable"]!.AsArray();
        var expected = Api.Exports.CoverageTable.For(BundledSeed.Graph, "central-mediterranean", new DateOnly(2023, 4, 27))!;

        Assert.Equal(expected.Count, rows.Count);
        var tunisia = rows.Single(r => r!["iso2"]!.GetValue<string>() == "TN" && r["sector"]!.GetValue<string>() == "ANTI_SMUGGLING")!;
        Assert.Equal("COVERED", tunisia["state"]!.GetValue<string>());
        Assert.Equal("Tunisia", tunisia["country"]!["name"]!.GetValue<string>());
        Assert.Contains(tunisia["partnerships"]!.AsArray(), p => p!["id"]!.GetValue<string>() == "eu-tunisia-anti-smuggling-partnership");
        Assert.Empty((await client.PostAsync("""{ coverageTable(routeId: "atlantis") { iso2 } }""")).OkData()["coverageTable"]!.AsArray());
    }
}
