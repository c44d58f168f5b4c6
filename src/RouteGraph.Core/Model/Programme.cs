namespace RouteGraph.Core.Model;

/// <summary>
/// A programme, possibly part of a partnership: activity in the countries it acts in (returns from
/// Libya), shown beside partnerships and never counted as one. Its dates are lifecycle events.
/// </summary>
public sealed record Programme(string Id, LocalisedNames Names, ProgrammeKind Kind, string? Summary) : PolicyNode(Id)
{
    public string Name => Names.En;
    public override NodeLabel Label => NodeLabel.Programme;
    public override string DisplayName => Name;
    public override IEnumerable<string> SearchTexts => Names.All;
}
