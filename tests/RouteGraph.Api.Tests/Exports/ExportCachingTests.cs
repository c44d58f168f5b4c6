using System.Net;
using System.Net.Http.Headers;
using RouteGraph.Api.Tests.Infrastructure;

namespace RouteGraph.Api.Tests.Exports;

/// <summary>Exports are cached like GraphQL answers: by graph version, with ETags and 304s, and the same opt-out.</summary>
public sealed class ExportCachingTests(SeedApiFactory api) : IClassFixture<SeedApiFactory>
{
    [Theory]
    [InlineData("/exports/routes.geojson?routes=central-mediterranean&day=2022-02-02")]
    [InlineData("/exports/coverage.csv?route=central-mediterranean&day=2022-02-02")]
    public async Task A_repeat_is_a_hit_with_the_same_ETag_and_If_None_Match_gets_a_304(string path)
    {
        await api.ReadyClientAsync();
        var client = api.CreateClient();

        var first = await client.GetAsync(path);
        var second = await client.GetAsync(path);
        Assert.Equal("MISS", first.Headers.GetValues("X-Cache").Single());
        Assert.Equal("HIT", second.Headers.GetValues("X-Cache").Single());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(BundledSeed.Graph.Version, first.Headers.GetValues("X-Graph-Version").Single());
        Assert.Contains("must-revalidate", first.Headers.CacheControl!.ToString());

        var conditional = new HttpRequestMessage(HttpMethod.Get, path);
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var notModified = await client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        var fresh = new HttpRequestMessage(HttpMethod.Get, path);
        fresh.Headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
        Assert.Equal("BYPASS", (await client.SendAsync(fresh)).Headers.GetValues("X-Cache").Single());
    }

    [Fact]
    public async Task Another_day_is_another_entry_with_another_ETag()
    {
        await api.ReadyClientAsync();
        var client = api.CreateClient();
        var one = await client.GetAsync("/exports/coverage.csv?route=central-mediterranean&day=2023-04-26");
        var other = await client.GetAsync("/exports/coverage.csv?route=central-mediterranean&day=2023-04-27");
        Assert.NotEqual(one.Headers.ETag, other.Headers.ETag);
        Assert.NotEqual(await one.Content.ReadAsByteArrayAsync(), await other.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task With_CORS_origins_an_export_varies_on_Origin_and_allows_a_listed_front_end()
    {
        await using var cors = new SeedApiFactory { Settings = { ["RouteGraph:Cors:Origins:0"] = "https://maps.example.org" } };
        await cors.ReadyClientAsync();
        const string path = "/exports/routes.geojson?routes=central-mediterranean&day=2024-01-01";

        // A same-origin request (no Origin) must say so too: a CDN must not hand its answer to a cross-origin page.
        var plain = await cors.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Contains("Origin", plain.Headers.Vary);

        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Origin", "https://maps.example.org");
        var crossOrigin = await cors.CreateClient().SendAsync(request);
        Assert.Equal("https://maps.example.org", crossOrigin.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }
}
