namespace RouteGraph.Core.Model;

/// <summary>What the signatories of a partnership undertake.</summary>
public sealed record Commitment(string Id, string Text, Sector? Sector, Recurrence? Recurrence) : PolicyNode(Id)
{
    public override NodeLabel Label => NodeLabel.Commitment;
    public override string DisplayName => Text;
}
