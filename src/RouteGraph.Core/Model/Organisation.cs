namespace RouteGraph.Core.Model;

/// <summary>An EU institution or agency, a ministry, an international organisation or a forum.</summary>
public sealed record Organisation(string Id, LocalisedNames Names, OrganisationKind Kind, IReadOnlyList<string> Aliases) : PolicyNode(Id)
{
    public string Name => Names.En;
    public override NodeLabel Label => NodeLabel.Organisation;
    public override string DisplayName => Name;
    public override IEnumerable<string> SearchTexts => [.. Names.All, .. Aliases];
}
