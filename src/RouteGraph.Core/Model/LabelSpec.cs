namespace RouteGraph.Core.Model;

/// <summary>A node label: its seed file and its properties (the id is implicit and always required).</summary>
public sealed record LabelSpec(NodeLabel Label, string File, IReadOnlyList<PropertySpec> Properties);
