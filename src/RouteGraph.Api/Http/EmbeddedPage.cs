using Microsoft.Extensions.FileProviders;

namespace RouteGraph.Api.Http;

/// <summary>
/// An HTML page embedded in this assembly with its assets (bundled from npm at build time), served with a
/// same-origin Content-Security-Policy: the explorer and GraphiQL. Their asset and API paths are relative, so they
/// follow a path base; under a trailing slash they would miss, so that address is redirected to the slash-less one.
/// </summary>
public sealed class EmbeddedPage(IFileProvider assets, string contentSecurityPolicy)
{
    public IFileProvider Assets { get; } = assets;

    public async Task WriteAsync(HttpContext context)
    {
        if (context.Request.Path.Value is { Length: > 1 } path && path.EndsWith('/'))
        {
            context.Response.Redirect(context.Request.PathBase + path.TrimEnd('/') + context.Request.QueryString, permanent: true, preserveMethod: true);
            return;
        }

        var page = Assets.GetFileInfo("index.html");
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.ContentSecurityPolicy = contentSecurityPolicy;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.ContentLength = page.Length;
        await using var stream = page.CreateReadStream();
        await stream.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
