using RouteGraph.Core.Model;

namespace RouteGraph.Core.Graph;

/// <summary>Where a record came from: a seed file and line, or a store ("neo4j") with no line.</summary>
public sealed record SourceLocation(string File, int Line, int Column = 1);

/// <summary>
/// One problem found while reading or checking graph data, printed as <c>file:line:column: reason</c>.
/// </summary>
public sealed record GraphProblem(string File, int Line, int Column, string Reason)
{
    public GraphProblem(SourceLocation? at, string reason)
        : this(at?.File ?? "(graph)", at?.Line ?? 0, at?.Column ?? 0, reason)
    {
    }

    public override string ToString() => $"{File}:{Line}:{Column}: {Reason}";
}

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

/// <summary>A relationship as any store holds it; see <see cref="NodeRecord"/>.</summary>
public sealed record RelationshipRecord(
    RelationType Type,
    string FromId,
    string ToId,
    IReadOnlyDictionary<string, object?> Properties,
    SourceLocation? Location = null);

/// <summary>The outcome of loading: a graph, or every problem found and no graph.</summary>
public sealed record GraphLoadResult(PolicyGraph? Graph, IReadOnlyList<GraphProblem> Problems)
{
    public bool Succeeded => Graph is not null && Problems.Count == 0;
}
