using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace RouteGraph.Api.Http;

/// <summary>
/// GraphiQL for browsers at /graphql. Its assets (GraphiQL, React, bundled from npm by src/RouteGraph.Explorer) are embedded in this assembly and
/// served under /graphiql/, so the IDE works offline and from any working directory; no CDN.
/// </summary>
public sealed class GraphiQLPage
{
    public const string AssetPath = "/graphiql";

    /// <summary>Only this origin's scripts and styles; inline styles for GraphiQL's editors; data: for its icons and fonts.</summary>
    static readonly EmbeddedPage Page = new(
        new EmbeddedFileProvider(typeof(GraphiQLPage).Assembly, "RouteGraph.Api.GraphiQL"),
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");

    public static IFileProvider Assets => Page.Assets;

    /// <summary>A browser asking for a page (text/html) with no query to run.</summary>
    public bool Wants(HttpRequest request) =>
        !request.Query.ContainsKey("query")
        && MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var ranges)
        && ranges.Any(r => r.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && (r.Quality ?? 1) > 0);

    public Task WriteAsync(HttpContext context) => Page.WriteAsync(context);
}
