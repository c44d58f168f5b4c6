using System.Collections.Immutable;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

/// <summary>A node with its display name and every search text, original and folded.</summary>
internal sealed record IndexedNode(PolicyNode Node, string FoldedName, ImmutableArray<(string Original, string Folded)> Texts);
