using System.Collections.Immutable;
using RouteGraph.Core.Graph;

namespace RouteGraph.Core.Analytics;

/// <summary>Every node with its search texts folded once, built the first time a graph is searched.</summary>
internal sealed class SearchIndex(PolicyGraph graph)
{
    public ImmutableArray<IndexedNode> Nodes { get; } =
    [
        .. graph.Nodes
            .OrderBy(n => n.Id, StringComparer.Ordinal)
            .Select(n => new IndexedNode(
                n,
                TextFold.Fold(n.DisplayName),
                [.. n.SearchTexts
                    .Where(t => !string.IsNullOrWhiteSpace(t))
                    .Select(t => (t, TextFold.Fold(t)))
                    .Where(t => t.Item2.Length > 0)
                    .DistinctBy(t => t.Item2)])),
    ];
}
