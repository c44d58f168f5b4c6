using System.Text.Encodings.Web;
using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using RouteGraph.Core.Analytics;
using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;

namespace RouteGraph.Api.Exports;

/// <summary>
/// Routes as an RFC 7946 GeoJSON FeatureCollection for map tools (QGIS, kepler.gl): each route's countries as Points
/// with their roles and coverage state on the day, its legs as LineStrings, positions as [longitude, latitude] (WGS 84,
/// no crs member). Feature ids are stable across versions and requests: <c>route/ISO2</c> and <c>route/FROM-TO</c>.
/// Written by NetTopologySuite's System.Text.Json GeoJSON converters; the data (members, legs, coverage) is Core's.
/// </summary>
public static class RouteMapGeoJson
{
    public const string ContentType = "application/geo+json";

    static readonly GeometryFactory Geometries = new(new PrecisionModel(), 4326);

    static readonly JsonSerializerOptions Json = new()
    {
        // Côte d'Ivoire as written, not \u00F4 and \u0027: the file is JSON for map tools and people, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // The feature's "id" attribute becomes the Feature's id member, as RFC 7946 section 3.2 places it.
        Converters = { new GeoJsonConverterFactory(Geometries, writeGeometryBBox: false, idPropertyName: "id") },
    };

    /// <summary>The routes asked for (every route when none are given; unknown ids are left out) on a day, in one sector or all.</summary>
    public static FeatureCollection Build(PolicyGraph graph, IReadOnlyList<string> routeIds, DateOnly day, Sector? sector)
    {
        var routes = routeIds.Count == 0 ? [.. graph.Routes] : routeIds.Distinct().Select(graph.Node<Route>).OfType<Route>().ToList();
        var features = new FeatureCollection();
        foreach (var route in routes)
        {
            var table = CoverageTable.For(graph, route.Id, day) ?? [];
            foreach (var member in graph.RouteMembers(route.Id))
            {
                if (member.Country.Centroid is not { } at)
                    continue;
                var cells = table.Where(r => r.Iso2 == member.Country.Iso2).ToList();
                var attributes = new AttributesTable
                {
                    { "id", $"{route.Id}/{member.Country.Iso2}" },
                    { "kind", "country" },
                    { "route", route.Id },
                    { "iso2", member.Country.Iso2 },
                    { "name", member.Country.Name },
                    // A string, not an array: QGIS's attribute table and kepler.gl's filters both read it as is.
                    { "roles", string.Join(",", member.Roles) },
                    { "day", day.ToString("yyyy-MM-dd") },
                };
                if (sector is { } only)
                {
                    var cell = cells.FirstOrDefault(c => c.Sector == only);
                    attributes.Add("sector", only.ToString());
                    attributes.Add("state", cell?.State.ToString()); // null: not in the matrix (an EU member state, an arrival country)
                    attributes.Add("reason", cell?.Reason?.ToString());
                }
                else
                {
                    foreach (var each in Enum.GetValues<Sector>())
                        attributes.Add(each.ToString(), cells.FirstOrDefault(c => c.Sector == each)?.State.ToString());
                }

                features.Add(new Feature(Geometries.CreatePoint(new Coordinate(at.Lon, at.Lat)), attributes));
            }

            var view = GraphViews.For(graph, [route.Id]);
            var places = view.Nodes.Where(n => n is { Lat: not null, Lon: not null }).ToDictionary(n => n.Id);
            foreach (var leg in view.Edges.Where(e => e.Type == RelationType.LEG && e.RouteId == route.Id))
            {
                if (!places.TryGetValue(leg.Source, out var from) || !places.TryGetValue(leg.Target, out var to))
                    continue;
                features.Add(new Feature(
                    Geometries.CreateLineString([new Coordinate(from.Lon!.Value, from.Lat!.Value), new Coordinate(to.Lon!.Value, to.Lat!.Value)]),
                    new AttributesTable
                    {
                        { "id", $"{route.Id}/{leg.Source}-{leg.Target}" },
                        { "kind", "leg" },
                        { "route", route.Id },
                        { "from", leg.Source },
                        { "to", leg.Target },
                    }));
            }
        }

        return features;
    }

    public static byte[] Write(FeatureCollection features) => JsonSerializer.SerializeToUtf8Bytes(features, Json);
}
