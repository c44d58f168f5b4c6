using global::GraphQL;
using global::GraphQL.Types;
using RouteGraph.Api.Exports;
using RouteGraph.Api.GraphQL.Types;
using CoreSector = RouteGraph.Core.Model.Sector;

namespace RouteGraph.Api.GraphQL;

/// <summary>The exports (GET /exports/...) as Query fields, for front ends that stay in GraphQL: the same data, the same writers.</summary>
public static class ExportFields
{
    public static void AddExportFields(this QueryType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageTableRowType>>>>("coverageTable")
            .Description("A route's coverage matrix on a day, one row per country and key sector, as GET /exports/coverage.csv writes it. "
                + "Empty for an unknown route.")
            .Argument<NonNullGraphType<IdGraphType>>("routeId", "The route.")
            .Argument<IsoDateGraphType>("day", "The day; today when left out.")
            .Resolve(c => ResolveContextExtensions.Analyse(() =>
                CoverageTable.For(c.Graph(), c.GetArgument<string>("routeId"), c.GetArgument<DateOnly?>("day") ?? c.Today()) ?? []));

        query.Field<NonNullGraphType<StringGraphType>>("routesGeoJson")
            .Description("The routes as an RFC 7946 GeoJSON FeatureCollection (a JSON text), as GET /exports/routes.geojson serves it: "
                + "countries as Points with their roles and coverage state, legs as LineStrings, [longitude, latitude].")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("routeIds", "The routes; all when left out. Unknown ids are left out.")
            .Argument<IsoDateGraphType>("day", "The day of the coverage states; today when left out.")
            .Argument<SectorEnum>("sector", "One sector's state (properties state, reason); every sector's when left out (one property each).")
            .Resolve(c => ResolveContextExtensions.Analyse(() => System.Text.Encoding.UTF8.GetString(RouteMapGeoJson.Write(RouteMapGeoJson.Build(
                c.Graph(), c.GetArgument<string[]?>("routeIds") ?? [], c.GetArgument<DateOnly?>("day") ?? c.Today(), c.GetArgument<CoreSector?>("sector"))))));
    }
}
