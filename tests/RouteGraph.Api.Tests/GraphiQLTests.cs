using System.Net;
using System.Net.Http.Headers;
using RouteGraph.Api.Tests.Infrastructure;

namespace RouteGraph.Api.Tests;

/// <summary>The IDE at /graphql: served to browsers, its assets from the app itself, no CDN.</summary>
public sealed class GraphiQLTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    async Task<HttpResponseMessage> BrowseAsync(HttpClient client, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(BrowserAccept);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task A_browser_gets_GraphiQL_at_graphql()
    {
        var client = factory.CreateClient();
        var response = await BrowseAsync(client, "/graphql");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("graphiql/graphiql.js", page);
        Assert.Contains("graphiql/graphiql.css", page);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task A_browser_with_a_query_in_the_url_gets_the_answer_not_the_page()
    {
        var client = factory.CreateClient();
        var response = await BrowseAsync(client, "/graphql?query=%7B%20routes%20%7B%20id%20%7D%20%7D");
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("/graphiql/graphiql.js", "text/javascript")]
    [InlineData("/graphiql/graphiql.css", "text/css")]
    public async Task Its_assets_are_served_by_the_app(string path, string mediaType)
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100);
    }

    [Fact]
    public async Task The_page_loads_nothing_from_another_origin()
    {
        var client = factory.CreateClient();
        foreach (var path in new[] { "/graphql" })
        {
            var text = await (await BrowseAsync(client, path)).Content.ReadAsStringAsync();
            Assert.DoesNotContain("http://", text);
            Assert.DoesNotContain("https://", text);
            Assert.DoesNotContain("//cdn", text);
        }

        var css = await client.GetStringAsync("/graphiql/graphiql.css");
        Assert.DoesNotContain("@import", css);
        Assert.DoesNotMatch("url\\((['\"])?(https?:)?//", css);
    }

    [Fact]
    public async Task A_browser_at_graphql_with_a_trailing_slash_is_sent_to_graphql_where_the_assets_resolve()
    {
        // The page's asset paths are relative (graphiql/...): served at /graphql/ they would resolve to /graphql/graphiql/...,
        // which is not found, and the IDE would stay blank.
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await BrowseAsync(client, "/graphql/");
        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal("/graphql", response.Headers.Location!.OriginalString);

        var followed = await BrowseAsync(factory.CreateClient(), "/graphql/");
        Assert.Equal("text/html", followed.Content.Headers.ContentType!.MediaType);
        Assert.Equal("/graphql", followed.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task The_root_redirects_to_the_ide()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/graphql", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task With_cors_origins_the_page_varies_by_origin_too()
    {
        // Issue 11: /graphql answers said Vary: Accept, Origin; the page at the same URL said only Accept.
        await using var cors = new ApiFactory { Settings = { ["RouteGraph:Cors:Origins:0"] = "http://maps.example.test" } };
        var client = (await cors.ReadyClientAsync()).Http;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");

        var page = await client.SendAsync(request);

        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Origin", page.Headers.Vary);
        Assert.Contains("Accept", page.Headers.Vary);
    }
}
