namespace RouteGraph.Core.Model;

/// <summary>A relationship type: its seed file, the labels it may connect and its properties.</summary>
public sealed record RelationSpec(
    RelationType Type,
    string File,
    IReadOnlyList<NodeLabel> From,
    IReadOnlyList<NodeLabel> To,
    IReadOnlyList<PropertySpec> Properties);
