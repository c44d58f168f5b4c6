using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace RouteGraph.Api.Tests.Infrastructure;

/// <summary>A page in its own browser context, with every URL it requested and every console message it wrote.</summary>
public sealed class BrowserPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    readonly ConcurrentQueue<(string Method, string Url)> _requests = new();
    readonly ConcurrentQueue<string> _console = new();

    public IPage Page { get; } = page;

    /// <summary>Every request the page made, in order: method and URL.</summary>
    public IReadOnlyCollection<(string Method, string Url)> Requests => _requests;

    /// <summary>Console errors and uncaught exceptions, for assertion messages.</summary>
    public IReadOnlyCollection<string> Console => _console;

    internal void Record(string method, string url) => _requests.Enqueue((method, url));

    internal void RecordConsole(string type, string text) => _console.Enqueue($"{type}: {text}");

    /// <summary>Every request went to the given origin (data: and blob: URLs never leave the page).</summary>
    public void AssertOnlyRequested(Uri origin)
    {
        var elsewhere = _requests.Select(r => r.Url)
            .Where(url => !url.StartsWith("data:", StringComparison.Ordinal) && !url.StartsWith("blob:", StringComparison.Ordinal))
            .Where(url => !new Uri(url).GetLeftPart(UriPartial.Authority).Equals(origin.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.True(elsewhere.Count == 0, "requests to other hosts: " + string.Join(", ", elsewhere));
        Assert.NotEmpty(_requests);
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
