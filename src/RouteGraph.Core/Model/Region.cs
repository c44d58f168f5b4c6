namespace RouteGraph.Core.Model;

/// <summary>A group of countries a partnership can name as one partner (Western Balkans, Sahel).</summary>
public sealed record Region(string Id, LocalisedNames Names, IReadOnlyList<string> Aliases) : PolicyNode(Id)
{
    public string Name => Names.En;
    public override NodeLabel Label => NodeLabel.Region;
    public override string DisplayName => Name;
    public override IEnumerable<string> SearchTexts => [.. Names.All, .. Aliases];
}
