namespace RouteGraph.Core.Model;

/// <summary>A point on the map (WGS 84 degrees).</summary>
public readonly record struct GeoPoint(double Lat, double Lon);
