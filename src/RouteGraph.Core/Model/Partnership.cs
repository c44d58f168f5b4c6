namespace RouteGraph.Core.Model;

/// <summary>
/// A partnership on migration: an EU partnership, a bilateral agreement or declaration, a regional
/// dialogue. When it was signed, suspended or ended is not held here but in its lifecycle events
/// (HAS_EVENT), from which its status on any day is derived.
/// </summary>
public sealed record Partnership(
    string Id,
    LocalisedNames Titles,
    PartnershipKind Kind,
    PartnershipLevel Level,
    bool? LegallyBinding,
    string? Summary,
    string? StatusNote,
    IReadOnlyList<string> Aliases) : PolicyNode(Id)
{
    public string Title => Titles.En;
    public override NodeLabel Label => NodeLabel.Partnership;
    public override string DisplayName => Title;
    public override IEnumerable<string> SearchTexts => [.. Titles.All, .. Aliases];
}
