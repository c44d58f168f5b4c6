using System.Globalization;
using RouteGraph.Api.Graph;
using RouteGraph.Api.Http;
using RouteGraph.Core.Model;

namespace RouteGraph.Api.Exports;

/// <summary>
/// GET /exports/routes.geojson and GET /exports/coverage.csv: the route map and the coverage table in the formats map
/// tools and spreadsheets open unchanged. Parameters are checked here; the data comes from Core, the bytes from
/// <see cref="RouteMapGeoJson"/> and <see cref="CoverageCsv"/>, through <see cref="ExportCache"/>.
/// </summary>
public static class ExportEndpoints
{
    public const string RoutesGeoJsonPath = "/exports/routes.geojson";
    public const string CoverageCsvPath = "/exports/coverage.csv";

    public static IServiceCollection AddRouteGraphExports(this IServiceCollection services) => services.AddSingleton<ExportCache>();

    public static WebApplication MapRouteGraphExports(this WebApplication app)
    {
        app.MapGet(RoutesGeoJsonPath, RoutesGeoJsonAsync);
        app.MapGet(CoverageCsvPath, CoverageCsvAsync);
        return app;
    }

    /// <summary>?routes=a,b (every route when left out; unknown ids are left out), ?day=yyyy-MM-dd (today), ?sector=ANTI_SMUGGLING (all five).</summary>
    static async Task<IResult> RoutesGeoJsonAsync(HttpContext context, CurrentGraph current, ExportCache cache, TimeProvider clock)
    {
        if (current.Graph is not { } graph)
            return NotLoaded(context);
        var query = context.Request.Query;
        if (!TryDay(query["day"], clock, out var day, out var problem) || !TrySector(query["sector"], out var sector, out problem))
            return problem!;
        string[] routeIds = [.. query["routes"].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))];

        var canonical = $"routes={string.Join(',', routeIds)}\nday={day:yyyy-MM-dd}\nsector={sector}";
        return await cache.AnswerAsync(context, graph, "routes.geojson", canonical, RouteMapGeoJson.ContentType,
            () => RouteMapGeoJson.Write(RouteMapGeoJson.Build(graph, routeIds, day, sector)));
    }

    /// <summary>?route=central-mediterranean (required), ?day=yyyy-MM-dd (today).</summary>
    static async Task<IResult> CoverageCsvAsync(HttpContext context, CurrentGraph current, ExportCache cache, TimeProvider clock)
    {
        if (current.Graph is not { } graph)
            return NotLoaded(context);
        var query = context.Request.Query;
        if (!TryDay(query["day"], clock, out var day, out var problem))
            return problem!;
        if (query["route"].ToString() is not { Length: > 0 } routeId)
            return Results.Problem("Name the route: ?route=central-mediterranean.", statusCode: StatusCodes.Status400BadRequest);
        if (graph.Node<Route>(routeId) is null)
            return Results.Problem($"No route has the id '{routeId}'.", statusCode: StatusCodes.Status404NotFound);

        return await cache.AnswerAsync(context, graph, "coverage.csv", $"route={routeId}\nday={day:yyyy-MM-dd}", CoverageCsv.ContentType,
            () => CoverageCsv.Write(CoverageTable.For(graph, routeId, day) ?? []), fileName: $"coverage-{routeId}-{day:yyyy-MM-dd}.csv");
    }

    static IResult NotLoaded(HttpContext context)
    {
        context.Response.Headers.RetryAfter = "5";
        return Results.Problem("No graph is loaded yet; /health/ready says why.", statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>The day asked for, or today (the injected clock, as GraphQL answers a question without a day).</summary>
    static bool TryDay(string? text, TimeProvider clock, out DateOnly day, out IResult? problem)
    {
        problem = null;
        if (string.IsNullOrEmpty(text))
        {
            day = GraphQLHttpMiddleware.Today(clock);
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            return true;
        problem = Results.Problem($"day must be a date written yyyy-MM-dd (it was '{text}').", statusCode: StatusCodes.Status400BadRequest);
        return false;
    }

    static bool TrySector(string? text, out Sector? sector, out IResult? problem)
    {
        (sector, problem) = (null, null);
        if (string.IsNullOrEmpty(text))
            return true;
        if (Enum.TryParse<Sector>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(text, out _))
        {
            sector = parsed;
            return true;
        }

        problem = Results.Problem($"sector must be one of {string.Join(", ", Enum.GetNames<Sector>())} (it was '{text}').",
            statusCode: StatusCodes.Status400BadRequest);
        return false;
    }
}
