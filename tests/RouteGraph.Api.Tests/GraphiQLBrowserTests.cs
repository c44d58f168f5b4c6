using RouteGraph.Api.Tests.Infrastructure;
using RouteGraph.Api.Tests.Redis.Infrastructure;

namespace RouteGraph.Api.Tests;

/// <summary>GraphiQL (bundled from npm at build time) really renders in a browser, offline, against a real Kestrel, and reads the schema.</summary>
public sealed class GraphiQLBrowserTests(Browser browser) : IClassFixture<Browser>
{
    [SkippableFact]
    public async Task GraphiQL_renders_in_headless_chromium_introspects_the_schema_and_asks_no_other_host()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        await using var api = await KestrelApi.StartAsync(new TestGraphSource(TestGraph.Create()));
        await api.ReadyClientAsync();
        await using var tab = await browser.OpenAsync();

        await tab.Page.GotoAsync(new Uri(api.Address, "/graphql").ToString());
        await tab.Page.Locator(".graphiql-container .graphiql-editor").First.WaitForAsync();

        // GraphiQL fetched the schema through the endpoint: the IDE's own request, logged by the API
        await Eventually.TrueAsync(() => api.Logs.Entries.Any(e => e.Properties.TryGetValue("OperationName", out var name)
            && (string?)name == "IntrospectionQuery" && (string?)e.Properties["Outcome"] == "ok"), "GraphiQL's introspection query");
        tab.AssertOnlyRequested(api.Address);
        Assert.DoesNotContain(tab.Console, line => line.StartsWith("pageerror", StringComparison.Ordinal));
    }
}
