namespace RouteGraph.Core.Model;

/// <summary>
/// One dated event of a partnership's or programme's life (HAS_EVENT), with its own sources: the
/// document that records it and, for the seed documents, the exact sentence. An empty date means
/// the source gives none.
/// </summary>
public sealed record LifecycleEvent(string Id, LifecycleEventKind Kind, PartialDate? Date, string? Note) : PolicyNode(Id)
{
    public override NodeLabel Label => NodeLabel.LifecycleEvent;
    public override string DisplayName => Date is { } date ? $"{Kind} {date}" : $"{Kind} (date not known)";
}
