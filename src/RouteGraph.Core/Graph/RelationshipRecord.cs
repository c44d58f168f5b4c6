using RouteGraph.Core.Model;

namespace RouteGraph.Core.Graph;

/// <summary>A relationship as any store holds it; see <see cref="NodeRecord"/>.</summary>
public sealed record RelationshipRecord(
    RelationType Type,
    string FromId,
    string ToId,
    IReadOnlyDictionary<string, object?> Properties,
    SourceLocation? Location = null);
