using global::GraphQL.Types;
using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class GeoPointType : ObjectGraphType<GeoPoint>
{
    public GeoPointType()
    {
        Name = "GeoPoint";
        Description = "A point on the map, in WGS 84 degrees.";
        Field<NonNullGraphType<FloatGraphType>>("lat").Description("Latitude in degrees, north positive.").Resolve(c => c.Source.Lat);
        Field<NonNullGraphType<FloatGraphType>>("lon").Description("Longitude in degrees, east positive.").Resolve(c => c.Source.Lon);
    }
}
