namespace RouteGraph.Core.Model;

/// <summary>The part a country plays on a route; a country can hold several.</summary>
public enum RouteRole
{
    ORIGIN,
    TRANSIT,
    DEPARTURE,
    ARRIVAL,
}
