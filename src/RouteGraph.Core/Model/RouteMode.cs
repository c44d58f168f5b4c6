namespace RouteGraph.Core.Model;

public enum RouteMode
{
    SEA,
    LAND,
    MIXED,
}
