using System.Net;
using RouteGraph.Api.Tests.Infrastructure;

namespace RouteGraph.Api.Tests.Explorer;

/// <summary>/explore and its assets are served by the API itself, with a policy that keeps the page on its own origin.</summary>
public sealed class ExplorerPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_page_is_served_at_explore_with_a_same_origin_content_security_policy()
    {
        var response = await factory.CreateClient().GetAsync("/explore?route=central-mediterranean&lang=it");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("connect-src 'self'", policy);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("explore/explorer.js", page);
        Assert.DoesNotContain("//", page.Replace("<!doctype html>", "", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("/explore/explorer.js", "text/javascript")]
    [InlineData("/explore/explorer.css", "text/css")]
    [InlineData("/explore/countries-110m.json", "application/json")]
    public async Task Its_assets_are_embedded_in_the_api(string path, string mediaType)
    {
        var response = await factory.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1000);
    }

    [Fact]
    public async Task A_trailing_slash_is_sent_to_explore_keeping_the_view()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/explore/?route=central-mediterranean&day=2024-01-01");
        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal("/explore?route=central-mediterranean&day=2024-01-01", response.Headers.Location!.OriginalString);
    }
}
