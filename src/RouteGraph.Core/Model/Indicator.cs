namespace RouteGraph.Core.Model;

/// <summary>A measured figure about a route, such as smugglers' profits over a period.</summary>
public sealed record Indicator(
    string Id,
    string Metric,
    double? Value,
    string? Unit,
    bool Approximate,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd) : PolicyNode(Id)
{
    public override NodeLabel Label => NodeLabel.Indicator;
    public override string DisplayName => Metric;
}
