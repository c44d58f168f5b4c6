using Microsoft.Playwright;

namespace RouteGraph.Api.Tests.Infrastructure;

/// <summary>
/// Debian's chromium driven by Playwright, one browser per test class. Playwright never downloads a browser of its
/// own here (those downloads cannot reach their hosts): it launches the machine's chromium as its executable.
/// When the machine has no chromium, <see cref="SkipReason"/> says so and the tests skip with that reason.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    IPlaywright? _playwright;

    public IBrowser? Instance { get; private set; }

    public string? SkipReason { get; private set; }

    public async Task InitializeAsync()
    {
        if (Chromium.Path is null)
        {
            SkipReason = "chromium is not installed (apt-get install -y chromium); the README test command installs it.";
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Instance = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium.Path,
            Headless = true,
            // The machine's network is closed: without these, chromium keeps trying to reach Google's hosts.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
            ],
        });
    }

    /// <summary>A fresh context (no cookies, no cache) and page that records every URL it requests.</summary>
    public async Task<BrowserPage> OpenAsync(int width = 1280, int height = 800)
    {
        Skip.If(Instance is null, SkipReason);
        var context = await Instance!.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, Locale = "en-GB" });
        var page = await context.NewPageAsync();
        var result = new BrowserPage(context, page);
        page.Request += (_, request) => result.Record(request.Method, request.Url);
        page.Console += (_, message) => result.RecordConsole(message.Type, message.Text);
        page.PageError += (_, error) => result.RecordConsole("pageerror", error);
        // Which resource failed, which the console's "Failed to load resource" does not say.
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
                result.RecordConsole("http", $"{response.Status} {response.Request.Method} {response.Url}");
        };
        return result;
    }

    public async Task DisposeAsync()
    {
        if (Instance is not null)
            await Instance.DisposeAsync();
        _playwright?.Dispose();
    }
}
