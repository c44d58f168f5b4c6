using RouteGraph.Core.Model;

namespace RouteGraph.Core.Graph;

/// <summary>A source document of a fact, with the exact sentence quoted from it (when there is one).</summary>
public sealed record SourceRef(Document Document, string? Quote);
