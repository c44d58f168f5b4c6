namespace RouteGraph.Core.Model;

public sealed record Country(
    string Id,
    string Iso3,
    LocalisedNames Names,
    IReadOnlyList<string> Aliases,
    GeoPoint? Centroid,
    bool EuMember) : PolicyNode(Id)
{
    public string Iso2 => Id;
    public string Name => Names.En;
    public override NodeLabel Label => NodeLabel.Country;
    public override string DisplayName => Name;
    public override IEnumerable<string> SearchTexts => [.. Names.All, Iso2, Iso3, .. Aliases];
}
