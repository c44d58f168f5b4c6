using System.Text.Json;
using Microsoft.Playwright;
using RouteGraph.Api.Tests.Infrastructure;

namespace RouteGraph.Api.Tests.Explorer;

/// <summary>
/// The explorer in Debian's headless chromium, driven by Playwright, against the API on a real Kestrel over the bundled
/// graph-seed: what a policy analyst does with it, and that it asks nothing of any host but the API.
/// </summary>
public sealed class ExplorerBrowserTests(Browser browser, SeedKestrel server) : IClassFixture<Browser>, IClassFixture<SeedKestrel>
{
    const string Route = "central-mediterranean";

    async Task<BrowserPage> OpenAsync(string query)
    {
        var tab = await browser.OpenAsync();
        await tab.Page.GotoAsync(new Uri(server.Address, "/explore" + query).ToString());
        await ReadyAsync(tab.Page);
        return tab;
    }

    /// <summary>The page has drawn the view it was asked for: every answer arrived and nothing is loading.</summary>
    static async Task ReadyAsync(IPage page, string? day = null)
    {
        await page.WaitForFunctionAsync(
            "day => document.body.dataset.ready === 'true' && !document.body.hasAttribute('aria-busy') && (day === null || document.body.dataset.day === day)",
            day);
    }

    static Task<string?> StateOfAsync(IPage page, string iso2) => page.Locator($"#map .marker[data-iso2='{iso2}']").GetAttributeAsync("data-state");

    void NothingElseWasAsked(BrowserPage tab)
    {
        tab.AssertOnlyRequested(server.Address);
        Assert.DoesNotContain(tab.Console, line => line.StartsWith("pageerror", StringComparison.Ordinal)
            || line.StartsWith("error", StringComparison.Ordinal) || line.StartsWith("http", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task The_map_renders_the_routes_countries_and_legs_and_is_not_blank()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        await using var tab = await OpenAsync($"?route={Route}&sector=ANTI_SMUGGLING&day=2024-01-01&lang=en");
        var page = tab.Page;

        var expected = BundledSeed.Graph.RouteMembers(Route).Where(m => m.Country.Centroid is not null).Select(m => m.Country.Iso2).Order().ToList();
        var drawn = (await page.Locator("#map .marker").EvaluateAllAsync<string[]>("ms => ms.map(m => m.dataset.iso2)")).Order().ToList();
        Assert.Equal(expected, drawn);
        Assert.True(await page.Locator("#map .shape").CountAsync() > 150, "the world basemap is drawn");
        Assert.True(await page.Locator("#map .shape.on-route").CountAsync() > 10, "the route's countries are filled");
        Assert.True(await page.Locator("#map .leg").CountAsync() > 5, "the legs are drawn");
        Assert.Equal(3, await page.Locator(".legend li[data-state='COVERED'], .legend li[data-state='GAP'], .legend li[data-state='UNKNOWN']").CountAsync());

        // The screenshot of the map is a picture, not a blank box: many colours, none covering nearly all of it, and the
        // states' colours (Okabe-Ito blue and orange) among them.
        var png = await page.Locator("#map").ScreenshotAsync();
        var pixels = await page.EvaluateAsync<JsonElement>("""
            async (data) => {
              const image = new Image();
              image.src = 'data:image/png;base64,' + data;
              await image.decode();
              const canvas = document.createElement('canvas');
              [canvas.width, canvas.height] = [image.width, image.height];
              const context = canvas.getContext('2d');
              context.drawImage(image, 0, 0);
              const rgba = context.getImageData(0, 0, image.width, image.height).data;
              const counts = new Map();
              let blue = 0, orange = 0;
              for (let i = 0; i < rgba.length; i += 4) {
                const [r, g, b] = [rgba[i], rgba[i + 1], rgba[i + 2]];
                counts.set((r << 16) | (g << 8) | b, (counts.get((r << 16) | (g << 8) | b) ?? 0) + 1);
                if (Math.abs(r - 0x00) < 16 && Math.abs(g - 0x72) < 16 && Math.abs(b - 0xb2) < 16) blue++;
                if (Math.abs(r - 0xe6) < 16 && Math.abs(g - 0x9f) < 16 && Math.abs(b - 0x00) < 16) orange++;
              }
              return { total: rgba.length / 4, colours: counts.size, top: Math.max(...counts.values()), blue, orange };
            }
            """, Convert.ToBase64String(png));
        var total = pixels.GetProperty("total").GetInt32();
        Assert.True(total > 100_000, $"the map is {total} pixels");
        Assert.True(pixels.GetProperty("colours").GetInt32() > 50, $"{pixels.GetProperty("colours")} colours");
        Assert.True(pixels.GetProperty("top").GetInt32() < total * 0.8, "one colour covers most of the map");
        Assert.True(pixels.GetProperty("blue").GetInt32() > 20, "no COVERED marker is visible");
        Assert.True(pixels.GetProperty("orange").GetInt32() > 20, "no GAP marker is visible");

        if (Environment.GetEnvironmentVariable("ROUTEGRAPH_UPDATE_DOCS") == "1")
        {
            // docs/explorer.md shows the explorer as it is: refreshed with the docs' other generated parts.
            await page.SetViewportSizeAsync(1280, 1080);
            await page.Locator($"#map .marker[data-iso2='TN']").ClickAsync();
            await ReadyAsync(page);
            await page.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Root, "docs", "explorer.png"), FullPage = false });
        }

        NothingElseWasAsked(tab);
    }

    [SkippableFact]
    public async Task Moving_the_day_across_27_April_2023_turns_Tunisias_anti_smuggling_cell_from_gap_to_covered()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        // Tunisia is a Khartoum Process partner (DATA.md's corrections), and that dialogue addresses smuggling since
        // 2014-11-28: on the real data the cell is covered on both days. The analyst's question "what did the EU-Tunisia
        // operational partnership change?" is the explorer's scenario: leave the Khartoum Process out, then cross the day.
        await using var tab = await OpenAsync($"?route={Route}&sector=ANTI_SMUGGLING&day=2023-04-26&lang=en&without=khartoum-process");
        var page = tab.Page;
        Assert.Equal("GAP", await StateOfAsync(page, "TN"));

        // The slider's stops are the trend's change dates: the next one after 26 April is the 27th, when the EU-Tunisia
        // anti-smuggling partnership starts. The keyboard moves the slider, as a person without a mouse would.
        await page.Locator("#day-slider").FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await ReadyAsync(page, "2023-04-27");

        Assert.Equal("COVERED", await StateOfAsync(page, "TN"));
        Assert.Contains("day=2023-04-27", page.Url);
        Assert.Equal("2023-04-27", await page.Locator("#day").InputValueAsync());
        Assert.DoesNotContain("TN", await page.Locator(".gap-list li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.iso2)"));

        // and back: the previous-change button returns to the stop before, where the cell is a gap again
        await page.Locator("#day-previous").ClickAsync();
        await page.WaitForFunctionAsync("() => document.body.dataset.day < '2023-04-27' && !document.body.hasAttribute('aria-busy')");
        Assert.Equal("GAP", await StateOfAsync(page, "TN"));
        NothingElseWasAsked(tab);
    }

    [SkippableFact]
    public async Task Clicking_a_country_shows_its_partnerships_and_a_quote_from_its_source_document()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        await using var tab = await OpenAsync($"?route={Route}&sector=ANTI_SMUGGLING&day=2024-01-01&lang=en");
        var page = tab.Page;

        await page.Locator("#map .marker[data-iso2='TN']").ClickAsync();
        await ReadyAsync(page);
        Assert.Equal("Tunisia", (await page.Locator("#panel h2").InnerTextAsync()).Trim());
        Assert.Contains("country=TN", page.Url);
        Assert.Equal("COVERED", await page.Locator("#panel .sector-cell[data-sector='ANTI_SMUGGLING']").GetAttributeAsync("data-state"));
        Assert.True(await page.Locator("#panel .partnership[data-partnership='eu-tunisia-anti-smuggling-partnership']").CountAsync() > 0);

        // The quotes shown are the exact sentences the graph holds for Tunisia and its partnerships' sources.
        var graph = BundledSeed.Graph;
        var tunisia = graph.Country("TN")!;
        var held = graph.SourcesOf(tunisia).Concat(graph.PartnershipsWith(tunisia).SelectMany(p => graph.SourcesOf(p)))
            .Select(s => s.Quote).OfType<string>().ToHashSet();
        var shown = await page.Locator("#panel .quote").AllInnerTextsAsync();
        Assert.NotEmpty(shown);
        Assert.Contains(shown, quote => held.Contains(quote.Trim()));
        NothingElseWasAsked(tab);
    }

    [SkippableFact]
    public async Task A_country_opens_from_the_keyboard_and_Escape_closes_it()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        await using var tab = await OpenAsync($"?route={Route}&sector=ANTI_SMUGGLING&day=2024-01-01&lang=en");
        var page = tab.Page;

        await page.Locator("#map .marker[data-iso2='LY']").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await ReadyAsync(page);
        Assert.Equal("Libya", (await page.Locator("#panel h2").InnerTextAsync()).Trim());
        Assert.Equal("panel-title", await page.EvaluateAsync<string>("() => document.activeElement.id"));

        await page.Keyboard.PressAsync("Escape");
        await page.WaitForFunctionAsync("() => !location.search.includes('country=') && document.activeElement?.dataset?.iso2 === 'LY'");
        Assert.Equal(0, await page.Locator("#panel h2").CountAsync());
    }

    [SkippableFact]
    public async Task The_language_switch_changes_the_labels_and_the_names()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        await using var tab = await OpenAsync($"?route={Route}&sector=ANTI_SMUGGLING&day=2024-01-01&lang=en");
        var page = tab.Page;
        Assert.Equal("Gap", (await page.Locator(".legend li[data-state='GAP']").InnerTextAsync()).Trim());

        await page.Locator("button[data-lang='it']").ClickAsync();
        await page.WaitForFunctionAsync("() => document.documentElement.lang === 'it' && !document.body.hasAttribute('aria-busy')");
        Assert.Equal("Lacuna", (await page.Locator(".legend li[data-state='GAP']").InnerTextAsync()).Trim());
        Assert.Equal("Giorno", (await page.Locator("label[for='day-slider']").InnerTextAsync()).Trim());
        Assert.Equal("true", await page.Locator("button[data-lang='it']").GetAttributeAsync("aria-pressed"));
        Assert.Contains("lang=it", page.Url);
        // names come from the API in the chosen language
        var italian = BundledSeed.Graph.Node<Core.Model.Route>(Route)!.Names.It!;
        Assert.Equal(italian, (await page.Locator("#route option:checked").InnerTextAsync()).Trim());

        await page.Locator("button[data-lang='fr']").ClickAsync();
        await page.WaitForFunctionAsync("() => document.documentElement.lang === 'fr' && !document.body.hasAttribute('aria-busy')");
        Assert.Equal("Jour", (await page.Locator("label[for='day-slider']").InnerTextAsync()).Trim());
        Assert.Equal("Couvert", (await page.Locator(".legend li[data-state='COVERED']").InnerTextAsync()).Trim());
        NothingElseWasAsked(tab);
    }

    [SkippableFact]
    public async Task A_shared_url_restores_the_view()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        string shared;
        await using (var tab = await OpenAsync($"?route={Route}&sector=ANTI_SMUGGLING&day=2024-01-01&lang=en"))
        {
            // set a view by hand: another route, sector, day, language and country
            var page = tab.Page;
            await page.Locator("#route").SelectOptionAsync("western-balkan-route");
            await ReadyAsync(page);
            await page.Locator("#sector").SelectOptionAsync("RETURN_AND_READMISSION");
            await ReadyAsync(page);
            await page.Locator("#day").FillAsync("2022-06-15");
            await ReadyAsync(page, "2022-06-15");
            await page.Locator("button[data-lang='fr']").ClickAsync();
            await page.WaitForFunctionAsync("() => document.documentElement.lang === 'fr' && !document.body.hasAttribute('aria-busy')");
            await page.Locator("#map .marker[data-iso2='RS']").ClickAsync();
            await ReadyAsync(page);
            shared = page.Url;
        }

        await using var again = await browser.OpenAsync();
        await again.Page.GotoAsync(shared);
        await ReadyAsync(again.Page, "2022-06-15");
        var restored = again.Page;
        Assert.Equal("western-balkan-route", await restored.Locator("#route").InputValueAsync());
        Assert.Equal("RETURN_AND_READMISSION", await restored.Locator("#sector").InputValueAsync());
        Assert.Equal("2022-06-15", await restored.Locator("#day").InputValueAsync());
        Assert.Equal("fr", await restored.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.Equal("true", await restored.Locator("#map .marker[data-iso2='RS']").GetAttributeAsync("aria-pressed"));
        Assert.Equal(BundledSeed.Graph.Country("RS")!.Names.In("fr").Text, (await restored.Locator("#panel h2").InnerTextAsync()).Trim());
        NothingElseWasAsked(again);
    }

    [SkippableFact]
    public async Task Leaving_a_partnership_out_shows_which_cells_change()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        // June 2023: the Khartoum Process is the only partnership covering Eritrea in the sector; Tunisia has the
        // EU-Tunisia operational partnership (27 April) besides it, so leaving the process out changes Eritrea, not Tunisia.
        await using var tab = await OpenAsync($"?route={Route}&sector=ANTI_SMUGGLING&day=2023-06-01&lang=en");
        var page = tab.Page;
        Assert.Equal("COVERED", await StateOfAsync(page, "ER"));
        Assert.Equal("COVERED", await StateOfAsync(page, "TN"));

        await page.Locator("#without").SelectOptionAsync("khartoum-process");
        await page.WaitForFunctionAsync("() => location.search.includes('without=') && !document.body.hasAttribute('aria-busy')");

        Assert.Equal("GAP", await StateOfAsync(page, "ER"));
        Assert.Equal("COVERED", await StateOfAsync(page, "TN"));
        Assert.Contains("changed", await page.Locator("#map .marker[data-iso2='ER']").GetAttributeAsync("class"));
        Assert.DoesNotContain("changed", await page.Locator("#map .marker[data-iso2='TN']").GetAttributeAsync("class"));
        Assert.Equal(1, await page.Locator(".change-list li[data-iso2='ER'][data-sector='ANTI_SMUGGLING']").CountAsync());
        Assert.Contains("ER", await page.Locator(".gap-list li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.iso2)"));
        NothingElseWasAsked(tab);
    }

    [SkippableFact]
    public async Task It_asks_the_api_by_persisted_query_hash_over_GET()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        const string view = $"?route={Route}&sector=LEGAL_PATHWAYS&day=2021-03-03&lang=en";
        await using (await OpenAsync(view))
        {
            // the first visit may register the explorer's documents (one POST each, when the server does not know them yet)
        }

        await using var tab = await OpenAsync(view);
        var graphql = tab.Requests.Where(r => new Uri(r.Url).AbsolutePath == "/graphql").ToList();
        Assert.NotEmpty(graphql);
        Assert.All(graphql, r =>
        {
            Assert.Equal("GET", r.Method);
            var query = System.Web.HttpUtility.ParseQueryString(new Uri(r.Url).Query);
            Assert.Null(query["query"]); // the hash alone, no document
            Assert.Matches("^[0-9a-f]{64}$", JsonDocument.Parse(query["extensions"]!).RootElement.GetProperty("persistedQuery").GetProperty("sha256Hash").GetString());
        });
        NothingElseWasAsked(tab);
    }
}
