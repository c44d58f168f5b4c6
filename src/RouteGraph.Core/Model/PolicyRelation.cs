namespace RouteGraph.Core.Model;

/// <summary>
/// A relationship of the policy graph. Only the properties its type carries are set:
/// <c>Role</c> and <c>Note</c> on ON_ROUTE, <c>RouteId</c> and <c>Mode</c> on LEG, <c>Quote</c> on SOURCED_FROM.
/// <c>SourceId</c> names the Document a relationship is taken from (every type but SOURCED_FROM).
/// </summary>
public sealed record PolicyRelation(
    RelationType Type,
    string FromId,
    string ToId,
    RouteRole? Role = null,
    string? RouteId = null,
    RouteMode? Mode = null,
    string? Quote = null,
    string? SourceId = null,
    string? Note = null);
