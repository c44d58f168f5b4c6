namespace RouteGraph.Core.Model;

/// <summary>A source document. Its date is as precise as the publisher gives it; its url is set only when known exactly.</summary>
public sealed record Document(
    string Id,
    string Title,
    string Publisher,
    PartialDate? Date,
    string? Url,
    string Language) : PolicyNode(Id)
{
    public override NodeLabel Label => NodeLabel.Document;
    public override string DisplayName => Title;
}
