using Microsoft.Extensions.FileProviders;
using RouteGraph.Api.Http;

namespace RouteGraph.Api.Explorer;

/// <summary>
/// The route explorer at /explore: a reference front end built on the public GraphQL API only (its sources are
/// src/RouteGraph.Explorer). The page and its assets (script, stylesheet, world basemap) are embedded in this
/// assembly at build time and served under /explore/, so it works offline; no CDN.
/// </summary>
public static class ExplorerPage
{
    public const string Path = "/explore";

    /// <summary>
    /// Only this origin's scripts, styles, data and GraphQL endpoint, so the page cannot reach any other host (the
    /// browser tests check that too); data: images for the map's exported snapshot, if a browser makes one.
    /// </summary>
    static readonly EmbeddedPage Page = new(
        new EmbeddedFileProvider(typeof(ExplorerPage).Assembly, "RouteGraph.Api.Explorer"),
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'");

    public static IFileProvider Assets => Page.Assets;

    /// <summary>Serves the assets under /explore/ and the page at /explore (its state is in the query string).</summary>
    public static WebApplication UseRouteGraphExplorer(this WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions { FileProvider = Assets, RequestPath = Path });
        app.MapGet(Path, Page.WriteAsync); // routing matches /explore/ here too
        return app;
    }
}
