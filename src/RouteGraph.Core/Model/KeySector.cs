namespace RouteGraph.Core.Model;

/// <summary>One of the five key sectors (Council of the EU) as a node of the graph.</summary>
public sealed record KeySector(string Id, Sector Code, int Rank, LocalisedNames Names) : PolicyNode(Id)
{
    public string Name => Names.En;
    public override NodeLabel Label => NodeLabel.Sector;
    public override string DisplayName => Name;
    public override IEnumerable<string> SearchTexts => Names.All;
}
