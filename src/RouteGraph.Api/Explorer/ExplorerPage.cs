using Microsoft.Extensions.FileProviders;

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
    const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public static IFileProvider Assets { get; } = new EmbeddedFileProvider(typeof(ExplorerPage).Assembly, "RouteGraph.Api.Explorer");

    /// <summary>Serves the assets under /explore/ and the page at /explore (its state is in the query string).</summary>
    public static WebApplication UseRouteGraphExplorer(this WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions { FileProvider = Assets, RequestPath = Path });
        app.MapGet(Path, WriteAsync); // routing matches /explore/ here too
        return app;
    }

    static async Task WriteAsync(HttpContext context)
    {
        // The page's asset and API paths are relative (they follow a path base): at /explore/ they would miss.
        if (context.Request.Path.Value?.EndsWith('/') == true)
        {
            context.Response.Redirect(context.Request.PathBase + Path + context.Request.QueryString, permanent: true, preserveMethod: true);
            return;
        }

        var page = Assets.GetFileInfo("index.html");
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.ContentLength = page.Length;
        await using var stream = page.CreateReadStream();
        await stream.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
