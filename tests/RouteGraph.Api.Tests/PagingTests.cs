using RouteGraph.Api.Tests.Infrastructure;

namespace RouteGraph.Api.Tests;

/// <summary>Cursor connections: first, after, totalCount, pageInfo.</summary>
public sealed class PagingTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    const string Page = "query ($first: Int, $after: String) { countries(first: $first, after: $after) { totalCount "
        + "edges { cursor node { id } } nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }";

    [Fact]
    public async Task Walking_the_pages_visits_every_country_once_in_order()
    {
        var client = await factory.ReadyClientAsync();
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var countries = (await client.DataAsync(Page, new { first = 3, after }))["countries"]!;
            pages++;
            Assert.Equal(10, countries["totalCount"]!.GetValue<int>());
            var edges = countries["edges"]!.AsArray();
            seen.AddRange(edges.Select(e => e!["node"]!["id"]!.GetValue<string>()));
            Assert.Equal(edges.Select(e => e!["node"]!["id"]!.GetValue<string>()), countries["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
            var info = countries["pageInfo"]!;
            Assert.Equal(after is not null, info["hasPreviousPage"]!.GetValue<bool>());
            Assert.Equal(edges[0]!["cursor"]!.GetValue<string>(), info["startCursor"]!.GetValue<string>());
            Assert.Equal(edges[^1]!["cursor"]!.GetValue<string>(), info["endCursor"]!.GetValue<string>());
            if (!info["hasNextPage"]!.GetValue<bool>())
                break;
            after = info["endCursor"]!.GetValue<string>();
        }

        Assert.Equal(4, pages);
        var all = (await client.DataAsync("{ countries(first: 200) { nodes { id } } }"))["countries"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>());
        Assert.Equal(all, seen);
    }

    [Fact]
    public async Task First_zero_gives_the_count_and_no_items()
    {
        var client = await factory.ReadyClientAsync();
        var countries = (await client.DataAsync(Page, new { first = 0 }))["countries"]!;
        Assert.Equal(10, countries["totalCount"]!.GetValue<int>());
        Assert.Empty(countries["edges"]!.AsArray());
        Assert.True(countries["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Null(countries["pageInfo"]!["endCursor"]);
    }

    [Fact]
    public async Task After_the_last_item_is_an_empty_page()
    {
        var client = await factory.ReadyClientAsync();
        var last = (await client.DataAsync(Page, new { first = 200 }))["countries"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var countries = (await client.DataAsync(Page, new { after = last }))["countries"]!;
        Assert.Empty(countries["nodes"]!.AsArray());
        Assert.False(countries["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(countries["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_default_page_holds_fifty()
    {
        var many = Enumerable.Range(0, 60).Select(i => new Core.Model.Country($"{(char)('A' + i / 26)}{(char)('A' + i % 26)}",
            "XXX", new Core.Model.LocalisedNames($"Test country {i:00}", null, null), [], null, false));
        var graph = Core.Graph.PolicyGraph.Create("many", many, []);
        await using var big = new ApiFactory { Source = new TestGraphSource(graph) };
        var client = await big.ReadyClientAsync();
        var countries = (await client.DataAsync("{ countries { totalCount nodes { id } pageInfo { hasNextPage } } }"))["countries"]!;
        Assert.Equal(60, countries["totalCount"]!.GetValue<int>());
        Assert.Equal(50, countries["nodes"]!.AsArray().Count);
        Assert.True(countries["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Partnerships_page_the_same_way()
    {
        var client = await factory.ReadyClientAsync();
        var first = (await client.DataAsync("{ partnerships(first: 2) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }"))["partnerships"]!;
        Assert.Equal(5, first["totalCount"]!.GetValue<int>());
        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var next = (await client.DataAsync("query ($a: String) { partnerships(first: 2, after: $a) { edges { node { id } } } }",
            new { a = first["pageInfo"]!["endCursor"]!.GetValue<string>() }))["partnerships"]!;
        Assert.Equal("eu-western-balkans-anti-smuggling", next["edges"]![0]!["node"]!["id"]!.GetValue<string>());
    }
}
