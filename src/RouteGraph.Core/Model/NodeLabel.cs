namespace RouteGraph.Core.Model;

/// <summary>The node labels of the policy graph. Their names are the Neo4j labels.</summary>
public enum NodeLabel
{
    Country,
    Region,
    Route,
    Partnership,
    Sector,
    PolicyArea,
    Programme,
    Organisation,
    Commitment,
    Indicator,
    LifecycleEvent,
    Document,
}
