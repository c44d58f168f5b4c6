namespace RouteGraph.Core.Model;

/// <summary>A migratory route as the EU border agency's migratory map names it.</summary>
public sealed record Route(string Id, LocalisedNames Names, RouteMode Mode, string? Description, IReadOnlyList<string> Aliases)
    : PolicyNode(Id)
{
    public string Name => Names.En;
    public override NodeLabel Label => NodeLabel.Route;
    public override string DisplayName => Name;
    public override IEnumerable<string> SearchTexts => [.. Names.All, .. Aliases];
}
