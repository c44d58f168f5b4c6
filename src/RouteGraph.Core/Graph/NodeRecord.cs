using RouteGraph.Core.Model;

namespace RouteGraph.Core.Graph;

/// <summary>
/// A node as any store holds it: label, id and typed property values (string, long, double, bool,
/// DateOnly, string[]), named as in <see cref="GraphSchema"/>. The seed reader and the Neo4j loader
/// both produce these; <see cref="PolicyGraphAssembler"/> turns them into a <see cref="PolicyGraph"/>.
/// </summary>
public sealed record NodeRecord(
    NodeLabel Label,
    string Id,
    IReadOnlyDictionary<string, object?> Properties,
    SourceLocation? Location = null);
