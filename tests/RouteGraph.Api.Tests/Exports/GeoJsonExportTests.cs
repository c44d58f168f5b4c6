using System.Net;
using System.Text.Json.Nodes;
using RouteGraph.Api.Tests.Infrastructure;

namespace RouteGraph.Api.Tests.Exports;

/// <summary>GET /exports/routes.geojson on the bundled seed: RFC 7946, [longitude, latitude], roles and states, stable ids.</summary>
public sealed class GeoJsonExportTests(SeedApiFactory api) : IClassFixture<SeedApiFactory>
{
    async Task<(HttpResponseMessage Response, JsonNode Body)> GetAsync(string query)
    {
        await api.ReadyClientAsync();
        var response = await api.CreateClient().GetAsync("/exports/routes.geojson" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    static IEnumerable<JsonNode> Features(JsonNode body, string kind) =>
        body["features"]!.AsArray().Select(f => f!).Where(f => f["properties"]!["kind"]!.GetValue<string>() == kind);

    [Fact]
    public async Task Every_route_on_a_day_follows_RFC_7946()
    {
        var (response, body) = await GetAsync("?day=2024-01-01");

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Empty(Rfc7946.Violations(body));
        // every route of the graph is there, with countries and legs
        var routes = BundledSeed.Graph.Routes.Select(r => r.Id).ToHashSet();
        Assert.Equal(routes, Features(body, "country").Select(f => f["properties"]!["route"]!.GetValue<string>()).ToHashSet());
        Assert.NotEmpty(Features(body, "leg"));
    }

    [Fact]
    public async Task Countries_are_points_at_longitude_latitude_with_roles_and_the_state_in_the_sector()
    {
        var (_, body) = await GetAsync("?routes=central-mediterranean&day=2023-04-27&sector=ANTI_SMUGGLING");
        Assert.Empty(Rfc7946.Violations(body));

        var tunisia = Features(body, "country").Single(f => f["id"]!.GetValue<string>() == "central-mediterranean/TN");
        var centroid = BundledSeed.Graph.Country("TN")!.Centroid!.Value;
        Assert.Equal("Point", tunisia["geometry"]!["type"]!.GetValue<string>());
        Assert.Equal([centroid.Lon, centroid.Lat], tunisia["geometry"]!["coordinates"]!.AsArray().Select(n => n!.GetValue<double>()));
        var properties = tunisia["properties"]!;
        Assert.Contains("ORIGIN", properties["roles"]!.GetValue<string>().Split(','));
        Assert.Equal("ANTI_SMUGGLING", properties["sector"]!.GetValue<string>());
        Assert.Equal("COVERED", properties["state"]!.GetValue<string>());

        // the day before the Khartoum Process (Tunisia a partner from its launch, 28 November 2014), the same cell is a gap
        var (_, before) = await GetAsync("?routes=central-mediterranean&day=2014-11-27&sector=ANTI_SMUGGLING");
        var earlier = Features(before, "country").Single(f => f["id"]!.GetValue<string>() == "central-mediterranean/TN");
        Assert.Equal("GAP", earlier["properties"]!["state"]!.GetValue<string>());

        // an arrival country has no cell in the matrix: its state is null, not a guess
        var italy = Features(body, "country").Single(f => f["id"]!.GetValue<string>() == "central-mediterranean/IT");
        Assert.Null(italy["properties"]!["state"]);
    }

    [Fact]
    public async Task Legs_are_line_strings_from_one_country_to_the_next()
    {
        var (_, body) = await GetAsync("?routes=central-mediterranean&day=2024-01-01");

        var leg = Features(body, "leg").Single(f => f["id"]!.GetValue<string>() == "central-mediterranean/TN-IT");
        Assert.Equal("LineString", leg["geometry"]!["type"]!.GetValue<string>());
        var (tn, it) = (BundledSeed.Graph.Country("TN")!.Centroid!.Value, BundledSeed.Graph.Country("IT")!.Centroid!.Value);
        Assert.Equal(
            [tn.Lon, tn.Lat, it.Lon, it.Lat],
            leg["geometry"]!["coordinates"]!.AsArray().SelectMany(p => p!.AsArray().Select(n => n!.GetValue<double>())));
        Assert.Equal("TN", leg["properties"]!["from"]!.GetValue<string>());
        Assert.Equal("IT", leg["properties"]!["to"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_a_sector_each_country_has_one_state_per_sector()
    {
        var (_, body) = await GetAsync("?routes=central-mediterranean&day=2023-04-27");

        var tunisia = Features(body, "country").Single(f => f["id"]!.GetValue<string>() == "central-mediterranean/TN")["properties"]!;
        Assert.Equal("COVERED", tunisia["ANTI_SMUGGLING"]!.GetValue<string>());
        Assert.All(Enum.GetNames<Core.Model.Sector>(), sector => Assert.True(tunisia.AsObject().ContainsKey(sector), sector));
    }

    [Fact]
    public async Task Feature_ids_are_stable_from_one_request_to_the_next_and_name_route_and_country()
    {
        var (_, first) = await GetAsync("?routes=central-mediterranean,western-balkan-route&day=2024-01-01");
        var (_, second) = await GetAsync("?routes=central-mediterranean,western-balkan-route&day=2025-06-01&sector=LEGAL_PATHWAYS");

        static List<string> Ids(JsonNode body) => [.. body["features"]!.AsArray().Select(f => f!["id"]!.GetValue<string>())];
        Assert.Equal(Ids(first), Ids(second));
        Assert.Contains("western-balkan-route/RS", Ids(first));
    }

    [Theory]
    [InlineData("?day=2023-13-01", "day")]
    [InlineData("?day=tomorrow", "day")]
    [InlineData("?sector=FISHING", "sector")]
    [InlineData("?sector=2", "sector")]
    public async Task A_malformed_parameter_is_a_400_that_names_it(string query, string parameter)
    {
        await api.ReadyClientAsync();
        var response = await api.CreateClient().GetAsync("/exports/routes.geojson" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(parameter, await response.Content.ReadAsStringAsync());
    }
}
