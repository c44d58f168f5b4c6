namespace RouteGraph.Core.Model;

/// <summary>A policy area partnerships draw on as leverage (education, visas, trade...).</summary>
public sealed record PolicyArea(string Id, LocalisedNames Names) : PolicyNode(Id)
{
    public string Name => Names.En;
    public override NodeLabel Label => NodeLabel.PolicyArea;
    public override string DisplayName => Name;
    public override IEnumerable<string> SearchTexts => Names.All;
}
